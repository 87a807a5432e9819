/**
 * Field-by-field merge of two versions of one record that were edited apart (two agents, or the
 * owner on two PCs), against the version both started from. When they changed different fields
 * both changes are kept; when they changed the same field differently nothing is picked silently:
 * the owner is shown both versions and chooses.
 */

type Fields = Readonly<Record<string, unknown>>;

/** Bookkeeping fields: they differ on every edit, so they never make a conflict by themselves. */
const BOOKKEEPING = new Set(['updatedAt', 'updatedBy', 'schemaVersion']);

export type MergeResult =
  /** Both sides hold the same content: nothing to merge. */
  | { kind: 'same'; merged: Record<string, unknown> }
  /** Different fields changed: every change is in `merged`. */
  | { kind: 'merged'; merged: Record<string, unknown> }
  /** The same field changed on both sides (or the common version is unknown): the owner chooses. */
  | { kind: 'conflict'; fields: string[] };

/**
 * Merges `mine` and `theirs`, both edited from `base`. `base` undefined (the common version was
 * compacted away or never seen) means any difference is a conflict. Deleting is a change of the
 * `deleted` field like any other, so a delete beside an edit of another field is a conflict only
 * when it should be: a delete against an edit is reported, never resolved quietly.
 */
export function mergeVersions(base: Fields | undefined, mine: Fields, theirs: Fields): MergeResult {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)].filter((k) => !BOOKKEEPING.has(k)));
  const merged: Record<string, unknown> = {};
  const conflicts: string[] = [];
  let differs = false;
  for (const key of keys) {
    const a = mine[key];
    const b = theirs[key];
    if (sameValue(a, b)) {
      if (a !== undefined) merged[key] = a;
      continue;
    }
    differs = true;
    if (base && sameValue(base[key], a)) setDefined(merged, key, b);
    else if (base && sameValue(base[key], b)) setDefined(merged, key, a);
    else conflicts.push(key);
  }
  if (conflicts.length > 0) return { kind: 'conflict', fields: conflicts.sort() };
  // Deleted on one side while the other edited: the edit would vanish with the record.
  if (differs && (mine.deleted === true) !== (theirs.deleted === true)) return { kind: 'conflict', fields: ['deleted'] };
  const later = laterOf(mine, theirs);
  for (const key of BOOKKEEPING) setDefined(merged, key, later[key]);
  return { kind: differs ? 'merged' : 'same', merged };
}

/** The version edited last (by `updatedAt`); on a tie, `mine`. */
function laterOf(mine: Fields, theirs: Fields): Fields {
  const at = (f: Fields) => (typeof f.updatedAt === 'number' ? f.updatedAt : 0);
  return at(theirs) > at(mine) ? theirs : mine;
}

function setDefined(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** Deep equality for JSON values (records are JSON: strings, numbers, booleans, null, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  const otherKeys = Object.keys(right).filter((k) => right[k] !== undefined);
  return keys.length === otherKeys.length && keys.every((k) => sameValue(left[k], right[k]));
}

/** A revision's path from the root, as CouchDB gives it (`_revisions`: newest first, numbered from `start`). */
export interface RevisionPath {
  start: number;
  ids: string[];
}

/**
 * The newest revision two leaves share (the version both edits started from), as `N-hash`, or
 * undefined when they share none (two documents created apart with the same id).
 */
export function commonAncestor(a: RevisionPath, b: RevisionPath): string | undefined {
  const revsOf = (path: RevisionPath) => path.ids.map((id, i) => `${path.start - i}-${id}`);
  const other = new Set(revsOf(b));
  return revsOf(a).find((rev) => other.has(rev));
}
