import { recordFieldsOf, type SyncDoc } from '../../core/sync';
import type { TeamDatabase } from './team-pouch';

/**
 * Undo of a delete that may have replicated already: a new live revision written on top of the
 * tombstone, its fields taken from the tombstone (which keeps them, see `toSyncDoc`). Being a child
 * of the tombstone, it wins over it on every copy the next sync reaches, so the record comes back
 * everywhere instead of only here. For the store's PouchDB backend to call on an undo.
 */
export async function restoreFromTombstone(db: TeamDatabase, id: string, stamp: { updatedAt: number; updatedBy: string }): Promise<string> {
  const listed = await db.allDocs({ keys: [id] });
  const row = listed.rows[0];
  if (!row || !row.value) throw new Error(`${id}: nothing to restore, this database never held it`);
  if (!row.value.deleted) throw new Error(`${id}: it is not deleted, nothing to restore`);
  const tombstone = await db.get(id, { rev: row.value.rev });
  const fields = recordFieldsOf(tombstone);
  if (typeof fields.type !== 'string' || typeof fields.id !== 'string') throw new Error(`${id}: its tombstone holds no record fields (deleted by another tool), nothing to restore from`);
  delete fields.deleted;
  const restored: SyncDoc = { ...fields, updatedAt: stamp.updatedAt, updatedBy: stamp.updatedBy, _id: id, _rev: row.value.rev };
  const result = await db.put(restored);
  return result.rev;
}
