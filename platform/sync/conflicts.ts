import { commonAncestor, mergeVersions, recordFieldsOf, type SyncDoc } from '../../core/sync';
import type { DocWithRevisions, TeamDatabase } from './team-pouch';

/** A document whose versions could not be merged: the owner chooses one (by its `_rev`). */
export interface ConflictForOwner {
  id: string;
  /** Every version, the current winner first. */
  versions: SyncDoc[];
  /** The fields both sides changed differently. */
  fields: string[];
}

export type Resolution = { kind: 'none' } | { kind: 'merged'; rev: string } | { kind: 'owner-chooses'; conflict: ConflictForOwner };

/**
 * Settles the conflicts of one document. CouchDB keeps every version (`_conflicts`) and picks a
 * winner by a rule that knows nothing of our fields; here each losing version is merged into the
 * winner field by field against the version both started from. When it merges, the merged record
 * becomes the new winner and the losing versions are closed (deleted leaves), so the next sync
 * carries the same outcome to every client. When it can't, nothing is written: the owner chooses.
 */
export async function resolveConflicts(db: TeamDatabase, id: string): Promise<Resolution> {
  const winner = await db.get(id, { conflicts: true, revs: true });
  const losers = winner._conflicts ?? [];
  if (losers.length === 0) return { kind: 'none' };
  let merged = recordFieldsOf(winner);
  const failedFields = new Set<string>();
  const versions: SyncDoc[] = [withoutRevisions(winner)];
  for (const rev of losers) {
    const loser = await db.get(id, { rev, revs: true });
    versions.push(withoutRevisions(loser));
    const base = await baseOf(db, id, winner, loser);
    const result = mergeVersions(base, merged, recordFieldsOf(loser));
    if (result.kind === 'conflict') result.fields.forEach((f) => failedFields.add(f));
    else merged = result.merged;
  }
  if (failedFields.size > 0) return { kind: 'owner-chooses', conflict: { id, versions, fields: [...failedFields].sort() } };
  const rev = await settle(db, winner, merged, losers);
  return { kind: 'merged', rev };
}

/**
 * The owner's choice: the chosen version's content becomes the winner and every other version is
 * closed. The chosen content is written as a new revision on the winning branch, so it wins on
 * every client whatever CouchDB's own rule would have picked.
 */
export async function chooseVersion(db: TeamDatabase, id: string, chosenRev: string): Promise<string> {
  const winner = await db.get(id, { conflicts: true });
  const chosen = await db.get(id, { rev: chosenRev });
  return settle(db, winner, recordFieldsOf(chosen), winner._conflicts ?? []);
}

/** Documents of a database that have conflicting versions, by `_id`. */
export async function conflictedIds(db: TeamDatabase): Promise<string[]> {
  const all = await db.allDocs({ include_docs: true, conflicts: true });
  return all.rows.filter((row) => (row.doc?._conflicts?.length ?? 0) > 0).map((row) => row.id);
}

/** Writes the settled content on the winner and closes the other leaves, in one request. */
async function settle(db: TeamDatabase, winner: SyncDoc, fields: Record<string, unknown>, losers: readonly string[]): Promise<string> {
  const next: SyncDoc = { ...fields, _id: winner._id, _rev: winner._rev };
  if (fields.deleted === true) next._deleted = true;
  const closings: SyncDoc[] = losers.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true }));
  const results = await db.bulkDocs([next, ...closings]);
  const failed = results.find((r) => r.error);
  if (failed) throw new Error(`${winner._id}: could not settle the conflict (${failed.reason ?? failed.error})`);
  const rev = results[0]?.rev;
  if (!rev) throw new Error(`${winner._id}: the settled version got no revision`);
  return rev;
}

/** The version both edits started from, when this database still holds it (compaction drops it). */
async function baseOf(db: TeamDatabase, id: string, a: DocWithRevisions, b: DocWithRevisions): Promise<Record<string, unknown> | undefined> {
  if (!a._revisions || !b._revisions) return undefined;
  const rev = commonAncestor(a._revisions, b._revisions);
  if (!rev) return undefined;
  try {
    return recordFieldsOf(await db.get(id, { rev }));
  } catch {
    return undefined; // compacted away: any difference goes to the owner
  }
}

function withoutRevisions(doc: DocWithRevisions): SyncDoc {
  const { _revisions: _r, ...rest } = doc;
  return rest;
}
