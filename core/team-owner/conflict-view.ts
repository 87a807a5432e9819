import { sameValue } from '../sync';
import { fieldText } from './texts';

/** Bookkeeping the owner does not choose between (who and when are shown apart). */
const HIDDEN = new Set(['id', 'type', 'schemaVersion', 'createdAt', 'updatedAt', 'updatedBy', 'scope']);

/** One version of a conflicted record, as the owner's screen shows it. */
export interface ConflictVersionView {
  /** The revision to pass back when the owner keeps this version. */
  rev: string;
  updatedBy: string;
  updatedAt: number | null;
  deleted: boolean;
  /** Field → its value as plain text ('' = empty). */
  values: Record<string, string>;
}

/** A record CouchDB holds in several versions that could not be merged. */
export interface ConflictView {
  /** The document id (`type:id`). */
  id: string;
  type: string;
  recordId: string;
  /** What the owner recognises it by: a title, a name or a key. */
  label: string;
  /** Every field shown, the differing ones first. */
  fields: string[];
  /** Fields whose values are not the same in every version (highlighted). */
  differing: string[];
  /** The current winner first. */
  versions: ConflictVersionView[];
}

/** The document versions as `resolveConflicts` gives them to the owner. */
export interface ConflictVersions {
  id: string;
  versions: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

/**
 * The side-by-side view of one conflict: each version's fields as text, and which fields differ.
 * Pure: the versions are whatever came from another machine, so every value is turned into bounded
 * plain text here and never rendered as markup.
 */
export function describeConflict({ id, versions }: ConflictVersions): ConflictView {
  const split = id.indexOf(':');
  const type = split > 0 ? id.slice(0, split) : '';
  const recordId = split > 0 ? id.slice(split + 1) : id;
  const keys = new Set<string>();
  for (const version of versions) for (const key of Object.keys(version)) if (!key.startsWith('_') && !HIDDEN.has(key)) keys.add(key);
  const differing = [...keys].filter((key) => versions.some((v) => !sameValue(v[key], versions[0]?.[key]))).sort();
  const same = [...keys].filter((key) => !differing.includes(key)).sort();
  const fields = [...differing, ...same];
  const first = versions[0] ?? {};
  const label = fieldText(first.title ?? first.name ?? first.key ?? recordId).slice(0, 120);
  return {
    id,
    type,
    recordId,
    label,
    fields,
    differing,
    versions: versions.map((v) => ({
      rev: typeof v._rev === 'string' ? v._rev : '',
      updatedBy: typeof v.updatedBy === 'string' ? v.updatedBy.slice(0, 80) : '',
      updatedAt: typeof v.updatedAt === 'number' && Number.isFinite(v.updatedAt) ? v.updatedAt : null,
      deleted: v._deleted === true || v.deleted === true,
      values: Object.fromEntries(fields.map((key) => [key, fieldText(v[key])])),
    })),
  };
}
