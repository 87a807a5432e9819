/**
 * The library view as the background keeps it for pages, whole and ready to search, in one value
 * of the cache database (`library-view` in `<db>-cache`), stamped with the library's revision
 * (bumped in every write of a phrase or group, see platform/idb-backend.ts). A page loading
 * 10,000 phrases reads this one value instead of 10,000 records and 10,000 key entries.
 *
 * Shaped for a cheap structured clone: the records as one JSON string, the search keys as the
 * packed columns (a few long strings and typed arrays) rather than 20,000 small objects. The
 * per-phrase keys are cut from the columns only when something asks for them (highlighting a
 * hit, patching the index after a change).
 */
import type { GroupRecord, PhraseRecord } from '../phrases';
import { adoptFieldColumns, fieldColumnsOf, joinedParts, type FieldColumns } from '../phrases/search-columns';
import { tagsOfPhrases } from '../phrases/search-tags';
import { PHRASE_INDEX_VERSION, type FieldKeys, type IndexedPhrase, type PhraseIndex } from '../phrases/search-types';
import { librarySettings, livePhraseTest, type LibraryLoad, type LibraryRecords, type LibraryView } from './library-view';
import { savedPackedIndex, type SavedPackedIndex } from './packed-index';
import type { PhraseKeys } from './search-keys';

export const LIBRARY_BLOB_FORMAT = 1;

/** Per-unit pinyin lengths of one field (`l`, and `l2` for the phrases in the `py2` column), joined. */
interface LengthColumns {
  l: string;
  lStart: Int32Array;
  l2: string;
  l2Start: Int32Array;
}

/**
 * Records field by field, each field's values as their own JSON string: no field name repeated
 * 10,000 times, and the fields without Chinese (ids, times, …) stay one-byte strings — half the
 * bytes to read and parse of one JSON string of the records.
 */
interface RecordColumns {
  n: number;
  /** Field name → JSON of the values, one per record (null where `absent` lists the record). */
  fields: Record<string, string>;
  /** Field name → positions of the records that lack the field. */
  absent: Record<string, number[]>;
}

function recordColumns(records: readonly object[]): RecordColumns {
  const names = new Set<string>();
  for (const r of records) for (const name of Object.keys(r)) names.add(name);
  const fields: Record<string, string> = {};
  const absent: Record<string, number[]> = {};
  for (const name of names) {
    const missing: number[] = [];
    const values = records.map((r, k) => {
      const value = (r as Record<string, unknown>)[name];
      if (value === undefined) missing.push(k);
      return value ?? null;
    });
    fields[name] = JSON.stringify(values);
    if (missing.length > 0) absent[name] = missing;
  }
  return { n: records.length, fields, absent };
}

/** The records again; null when the columns do not fit together. */
function recordsOfColumns<T>(columns: RecordColumns | undefined): T[] | null {
  if (typeof columns?.n !== 'number' || typeof columns.fields !== 'object' || typeof columns.absent !== 'object') return null;
  const names = Object.keys(columns.fields);
  const values = names.map((name) => JSON.parse(columns.fields[name]!) as unknown[]);
  if (values.some((v) => !Array.isArray(v) || v.length !== columns.n)) return null;
  const lacking = names.map((name) => (columns.absent[name] ? new Set(columns.absent[name]) : null));
  const out = new Array<T>(columns.n);
  for (let k = 0; k < columns.n; k++) {
    const record: Record<string, unknown> = {};
    for (let j = 0; j < names.length; j++) if (!lacking[j]?.has(k)) record[names[j]!] = values[j]![k];
    out[k] = record as T;
  }
  return out;
}

/** What the structured part holds besides the columns. */
interface BlobRecords {
  /** In view order (the index's order). */
  phrases: PhraseRecord[];
  groups: GroupRecord[];
  /** `[id, updatedAt]` of deleted phrases and groups. */
  tombstones: [string, number][];
  /** Per phrase position: folded code and key stamp (see search-keys.ts). */
  codes: string[];
  stamps: string[];
  /** Per phrase position: its group's position in `indexGroups`, -1 for none. */
  groupOf: number[];
  indexGroups: { name: string; keys: FieldKeys }[];
}

export interface LibraryBlob {
  format: typeof LIBRARY_BLOB_FORMAT;
  indexVersion: typeof PHRASE_INDEX_VERSION;
  /** The library revision the blob was made at: a page trusts it only at that very revision. */
  revision: number;
  /** JSON of `BlobRecords` but its phrases: strings clone far faster than 10,000 objects. */
  records: string;
  /** The phrases, in view order, field by field. */
  phrases: RecordColumns;
  columns: { title: FieldColumns; text: FieldColumns };
  lengths: { title: LengthColumns; text: LengthColumns };
  /**
   * The index's starts with its content stamp (the same typed arrays as in `columns`, so stored
   * once): when the blob is stale, a page building the view from records adopts them if its index
   * has the same stamp (packed-index.ts).
   */
  packed: SavedPackedIndex | null;
}

/** The blob of a view the background built, made at `revision`; null when its index carries no key stamps. */
export function libraryBlobOf(view: LibraryView, tombstones: [string, number][], revision: number): LibraryBlob | null {
  const index = view.phraseIndex;
  const stamps: string[] = [];
  for (const entry of index.phrases) {
    const stamp = (entry as { stamp?: unknown }).stamp;
    if (typeof stamp !== 'string') return null;
    stamps.push(stamp);
  }
  const records: BlobRecords = {
    phrases: view.phrases,
    groups: view.groups,
    tombstones,
    codes: index.phrases.map((p) => p.code),
    stamps,
    groupOf: index.phrases.map((p) => p.group),
    indexGroups: index.groups,
  };
  const columns = fieldColumnsOf(index);
  return {
    format: LIBRARY_BLOB_FORMAT,
    indexVersion: PHRASE_INDEX_VERSION,
    revision,
    records: JSON.stringify({ ...records, phrases: undefined }),
    phrases: recordColumns(view.phrases),
    columns,
    lengths: { title: lengthColumns(index, columns.title, (p) => p.title), text: lengthColumns(index, columns.text, (p) => p.text) },
    packed: savedPackedIndex(index),
  };
}

function lengthColumns(index: PhraseIndex, cols: FieldColumns, pick: (p: IndexedPhrase) => FieldKeys): LengthColumns {
  const l = joinedParts(index.phrases.map((p) => pick(p).l));
  const l2 = joinedParts(Array.from(cols.py2.phrase, (pos) => pick(index.phrases[pos]!).l2 ?? ''));
  return { l: l.str, lStart: l.start, l2: l2.str, l2Start: l2.start };
}

/** The blob's revision, or null when `value` is not a blob of this format and index version. */
export function blobRevision(value: unknown): number | null {
  const blob = value as Partial<LibraryBlob> | null | undefined;
  if (blob?.format !== LIBRARY_BLOB_FORMAT || blob.indexVersion !== PHRASE_INDEX_VERSION || typeof blob.revision !== 'number') return null;
  return blob.revision;
}

/**
 * The library of a blob, with the view built and its index searchable, plus the records a view
 * needs that the blob does not hold (settings and usage, read beside it, and their tombstones). Null when the blob is
 * not of this format or its parts do not fit together: the page then builds the view from records.
 */
export function loadOfBlob(
  value: unknown,
  settings: Omit<LibraryRecords, 'phrases' | 'groups'>,
  settingsTombstones: ReadonlyMap<string, number> = new Map(),
): (LibraryLoad & { view: LibraryView }) | null {
  if (blobRevision(value) === null) return null;
  const blob = value as LibraryBlob;
  let data: BlobRecords;
  try {
    const phrases = recordsOfColumns<PhraseRecord>(blob.phrases);
    if (!phrases) return null;
    data = { ...(JSON.parse(blob.records) as BlobRecords), phrases };
  } catch {
    return null;
  }
  const n = data.phrases?.length;
  if (typeof n !== 'number' || data.codes?.length !== n || data.stamps?.length !== n || data.groupOf?.length !== n || !Array.isArray(data.indexGroups)) return null;
  const title = blob.columns?.title;
  const text = blob.columns?.text;
  if (!fits(title, blob.lengths?.title, n) || !fits(text, blob.lengths?.text, n)) return null;

  const cut = { title: keysCutter(title, blob.lengths.title, n), text: keysCutter(text, blob.lengths.text, n) };
  const entries: (IndexedPhrase & PhraseKeys)[] = new Array(n);
  const keys = new Map<string, PhraseKeys>();
  for (let k = 0; k < n; k++) {
    const entry = new KeptEntry(data.phrases[k]!.id, data.codes[k]!, data.stamps[k]!, data.groupOf[k]!, k, cut);
    entries[k] = entry;
    keys.set(entry.id, entry);
  }
  const phraseIndex: PhraseIndex = { version: PHRASE_INDEX_VERSION, phrases: entries, groups: data.indexGroups, tags: tagsOfPhrases(data.phrases) };
  if (!adoptFieldColumns(phraseIndex, { title, text })) return null;
  const view: LibraryView = { phrases: data.phrases, groups: data.groups, phraseIndex, ...librarySettings(settings, livePhraseTest(data.phrases)) };
  return {
    records: { ...settings, phrases: data.phrases, groups: data.groups },
    keys: { phrases: keys, groups: new Map(data.indexGroups.map((g) => [g.name, g.keys])) },
    tombstones: new Map([...data.tombstones, ...settingsTombstones]),
    view,
  };
}

function fits(cols: FieldColumns | undefined, lengths: LengthColumns | undefined, n: number): cols is FieldColumns {
  return (
    !!cols &&
    !!lengths &&
    typeof lengths.l === 'string' &&
    typeof lengths.l2 === 'string' &&
    lengths.lStart instanceof Int32Array &&
    lengths.lStart.length === n + 1 &&
    lengths.l2Start instanceof Int32Array &&
    cols.py2?.phrase instanceof Int32Array &&
    lengths.l2Start.length === cols.py2.phrase.length + 1
  );
}

/** Cuts one phrase's keys of a field out of its columns. */
function keysCutter(cols: FieldColumns, lengths: LengthColumns, n: number): (pos: number) => FieldKeys {
  const alt = new Int32Array(n).fill(-1);
  cols.py2.phrase.forEach((pos, seg) => (alt[pos] = seg));
  const cut = (str: string, start: Int32Array, k: number) => str.slice(start[k]!, start[k + 1]! - 1);
  return (pos) => {
    const keys: FieldKeys = {
      s: cut(cols.norm.str, cols.norm.start, pos),
      i: cut(cols.ini.str, cols.ini.start, pos),
      p: cut(cols.py.str, cols.py.start, pos),
      l: cut(lengths.l, lengths.lStart, pos),
    };
    const seg = alt[pos]!;
    if (seg >= 0) {
      keys.p2 = cut(cols.py2.str, cols.py2.start, seg);
      keys.l2 = cut(lengths.l2, lengths.l2Start, seg);
    }
    return keys;
  };
}

/**
 * An index entry whose field keys are cut on first use: a search reads them only for its hits.
 * A class, so that 10,000 of them cost one small object each (getters on the prototype); code that
 * copies an entry names its fields (`indexEntry` in search-keys.ts) rather than spreading it.
 */
class KeptEntry implements IndexedPhrase, PhraseKeys {
  #title: FieldKeys | undefined;
  #text: FieldKeys | undefined;
  constructor(
    readonly id: string,
    readonly code: string,
    readonly stamp: string,
    readonly group: number,
    private readonly pos: number,
    private readonly cut: { title: (pos: number) => FieldKeys; text: (pos: number) => FieldKeys },
  ) {}
  get title(): FieldKeys {
    return (this.#title ??= this.cut.title(this.pos));
  }
  get text(): FieldKeys {
    return (this.#text ??= this.cut.text(this.pos));
  }
  /** As a plain entry (JSON, logs). */
  toJSON(): IndexedPhrase & PhraseKeys {
    return { id: this.id, code: this.code, stamp: this.stamp, group: this.group, title: this.title, text: this.text };
  }
}
