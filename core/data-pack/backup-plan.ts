import type { Change, StoredRecord, StoreView } from '../store';

/**
 * What importing one record does to this machine's data:
 * - `added`: new here (or deleted here before the file's version was made);
 * - `changed`: replaces a local record the file has a newer version of;
 * - `removed`: the file deletes a record that is live here;
 * - `unchanged`: same words, nothing to write;
 * - `newerHere`: the local record was edited after the file's version: kept unless the seller
 *   takes the file's (starter phrases have the same ids on every machine, so a pack from another
 *   agent must not silently undo an edit made here).
 */
export type RecordOutcome = 'added' | 'changed' | 'removed' | 'unchanged' | 'newerHere';

export interface TypeCounts {
  type: string;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  newerHere: number;
}

/** A local record newer than the file's: the preview lists it, the seller chooses. */
export interface NewerHere {
  id: string;
  type: string;
  /** Title or name (bounded), else the id. */
  label: string;
  localUpdatedAt: number;
  importedUpdatedAt: number;
}

export interface BackupPreview {
  /** Records in the file. */
  total: number;
  /** One line per record type the file holds, in the order the file first names them. */
  types: TypeCounts[];
  /** Every local record newer than the file's (the import keeps them unless told otherwise). */
  newerHere: NewerHere[];
}

/** Same words apart from bookkeeping (version stamp, times, author): writing it would change nothing. */
function sameWords(a: StoredRecord, b: StoredRecord): boolean {
  const canonical = (r: StoredRecord) => {
    const { schemaVersion: _v, createdAt: _c, updatedAt: _u, updatedBy: _b, ...rest } = r;
    return JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]));
  };
  return canonical(a) === canonical(b);
}

export function recordOutcome(imported: StoredRecord, local: StoredRecord | undefined): RecordOutcome {
  if (!local) return imported.deleted ? 'unchanged' : 'added';
  if (Boolean(local.deleted) === Boolean(imported.deleted) && sameWords(local, imported)) return 'unchanged';
  if (local.deleted && imported.deleted) return 'unchanged';
  if (local.updatedAt > imported.updatedAt) return 'newerHere';
  if (imported.deleted) return 'removed';
  return local.deleted ? 'added' : 'changed';
}

function labelOf(record: StoredRecord): string {
  const name = typeof record.title === 'string' ? record.title : typeof record.name === 'string' ? record.name : record.id;
  return name.slice(0, 60);
}

/**
 * The preview of an import and the changes that apply it. Records of the file are written as
 * they are (a backup gives back what it saved; `updatedAt` never moves backwards); a local record newer
 * than the file's is kept unless its id is in `takeTheirs`, then the file's words are saved as a
 * new edit (stamped now, so the choice itself is the newest version).
 */
export function planBackupImport(records: readonly StoredRecord[], view: StoreView, takeTheirs: ReadonlySet<string> = new Set()): { preview: BackupPreview; changes: Change[] } {
  const types = new Map<string, TypeCounts>();
  const newerHere: NewerHere[] = [];
  const changes: Change[] = [];
  for (const record of records) {
    const local = view.get(record.id);
    const outcome = recordOutcome(record, local);
    let counts = types.get(record.type);
    if (!counts) types.set(record.type, (counts = { type: record.type, added: 0, changed: 0, removed: 0, unchanged: 0, newerHere: 0 }));
    counts[outcome]++;
    if (outcome === 'unchanged') continue;
    if (outcome === 'newerHere') {
      newerHere.push({ id: record.id, type: record.type, label: labelOf(record), localUpdatedAt: local!.updatedAt, importedUpdatedAt: record.updatedAt });
      if (takeTheirs.has(record.id)) {
        const { schemaVersion: _v, updatedAt: _u, updatedBy: _b, ...input } = record;
        changes.push({ put: input });
      }
      continue;
    }
    changes.push({ restore: record, asOf: 'record' });
  }
  return { preview: { total: records.length, types: [...types.values()], newerHere }, changes };
}
