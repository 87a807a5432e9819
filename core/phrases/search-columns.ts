/**
 * The index packed for scanning ("hydrated"), once per index: each key kind of each field as one
 * string (segments separated by '\n', which a query never contains), with 3-gram postings for the
 * initials and pinyin columns, and scratch arrays reused between queries.
 */
import { foldText, isAsciiAlnum } from './normalize';
import type { FieldKeys, PhraseIndex } from './search-types';

export interface Column {
  str: string;
  /** Segment k spans [start[k], start[k+1] - 1); one extra entry at the end. */
  start: Int32Array;
  /** Segment → phrase position. */
  phrase: Int32Array;
  /** Pinyin columns: 1 where a syllable (or a kept a-z/0-9 char) starts. */
  isStart?: Uint8Array;
  /**
   * Initials and pinyin columns: offsets where a hit may start, grouped by the 3 characters
   * there (`postList[postStart[g]..postStart[g+1])`, ascending), so a query of 3+ letters checks
   * a short list instead of scanning the column (an `indexOf` miss over a megabyte costs ~0.5 ms).
   */
  postStart?: Int32Array;
  postList?: Int32Array;
}

/** These columns hold only a-z, 0-9, space and '\n': 38 symbols, 3-grams fit in 38³ slots. */
const SYMBOLS = 38;
function symbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 22;
  return c === 32 ? 36 : 37;
}
export const gramOf = (str: string, o: number): number =>
  (symbol(str.charCodeAt(o)) * SYMBOLS + symbol(str.charCodeAt(o + 1))) * SYMBOLS + symbol(str.charCodeAt(o + 2));

/**
 * First gram of the 3-grams that begin with the 2 characters of `str` at `o`: those grams are
 * contiguous (`[first, first + SYMBOLS)`), so a 2-letter query reads 38 short ascending runs.
 */
export const gramPrefixOf = (str: string, o: number): number => (symbol(str.charCodeAt(o)) * SYMBOLS + symbol(str.charCodeAt(o + 1))) * SYMBOLS;
export const GRAM_SYMBOLS = SYMBOLS;

/** Two passes over typed arrays: building it leaves no garbage for the GC to pause on later. */
function addPostings(col: Column, canStart: (offset: number) => boolean): void {
  const { str } = col;
  const postStart = new Int32Array(SYMBOLS ** 3 + 1);
  const last = str.length - 2;
  for (let o = 0; o < last; o++) if (canStart(o)) postStart[gramOf(str, o) + 1]!++;
  for (let g = 1; g < postStart.length; g++) postStart[g]! += postStart[g - 1]!;
  const fill = postStart.slice(0, -1);
  const postList = new Int32Array(postStart[postStart.length - 1]!);
  for (let o = 0; o < last; o++) if (canStart(o)) postList[fill[gramOf(str, o)]!++] = o;
  col.postStart = postStart;
  col.postList = postList;
}

export interface FieldColumns {
  norm: Column;
  ini: Column;
  py: Column;
  py2: Column;
}

export interface Hydrated {
  index: PhraseIndex;
  codes: { code: string; pos: number }[];
  title: FieldColumns;
  text: FieldColumns;
  groupMembers: number[][];
  /** The index's tags, folded for matching (`index.tags` holds their members). */
  tagNames: string[];
  // Scratch, reused between queries (JS is single-threaded).
  best: Float64Array;
  bestField: Uint8Array;
  bestKind: Uint8Array;
  bestA: Int32Array;
  bestB: Int32Array;
  bestCov: Float64Array;
  touched: Int32Array;
  /** 1 when the best match came through a synonym. */
  bestSyn: Uint8Array;
  /** For a tag match: the tag's position in `index.tags`. */
  bestTag: Int32Array;
}

const hydrated = new WeakMap<PhraseIndex, Hydrated>();

/** Strings joined by newlines, with where each one starts (and, last, the end). */
export function joinedParts(parts: string[]): { str: string; start: Int32Array } {
  const start = new Int32Array(parts.length + 1);
  let offset = 0;
  for (let k = 0; k < parts.length; k++) {
    start[k] = offset;
    offset += parts[k]!.length + 1;
  }
  start[parts.length] = offset;
  return { str: parts.join('\n'), start };
}

function column(parts: string[], phrase: number[]): Column {
  return { ...joinedParts(parts), phrase: Int32Array.from(phrase) };
}

/** Marks where a syllable (or a kept a-z/0-9 char) starts in a pinyin column, from the per-unit lengths. */
function markStarts(col: Column, parts: string[], lens: string[]): void {
  const isStart = new Uint8Array(col.start[parts.length]!);
  for (let k = 0; k < parts.length; k++) {
    const l = lens[k]!;
    const p = parts[k]!;
    let at = col.start[k]!;
    for (let u = 0; u < l.length; u++) {
      const len = l.charCodeAt(u) - 48;
      if (len > 0 && p.charCodeAt(at - col.start[k]!) !== 32) isStart[at] = 1;
      at += len;
    }
  }
  col.isStart = isStart;
}

/** Where hits may start in a column: what packing spends its time on, so what is kept and adopted. */
interface Starts {
  isStart?: Uint8Array;
  postStart: Int32Array;
  postList: Int32Array;
}
export interface FieldStarts {
  ini: Starts;
  py: Starts;
  py2: Starts;
}
export interface PackedColumns {
  title: FieldStarts;
  text: FieldStarts;
}

/** The columns of one field: the strings (quick to join), then the starts (packed now, or adopted). */
function fieldColumns(index: PhraseIndex, pick: (i: number) => FieldKeys, starts?: FieldStarts): FieldColumns | null {
  const n = index.phrases.length;
  const all = Array.from({ length: n }, (_, i) => i);
  const keys = all.map(pick);
  const withAlt = all.filter((i) => keys[i]!.p2 !== undefined);
  const py = keys.map((k) => k.p);
  const py2 = withAlt.map((i) => keys[i]!.p2!);
  const cols: FieldColumns = {
    norm: column(keys.map((k) => k.s), all),
    ini: column(keys.map((k) => k.i), all),
    py: column(py, all),
    py2: column(py2, withAlt),
  };
  if (starts) return adoptStarts(cols, starts) ? cols : null;
  markStarts(cols.py, py, keys.map((k) => k.l));
  markStarts(cols.py2, py2, withAlt.map((i) => keys[i]!.l2!));
  const ini = cols.ini.str;
  addPostings(cols.ini, (o) => isAsciiAlnum(ini.charCodeAt(o)));
  for (const col of [cols.py, cols.py2]) addPostings(col, (o) => col.isStart![o] === 1);
  return cols;
}

/** Takes kept starts if their sizes fit the columns (anything else: pack instead). */
function adoptStarts(cols: FieldColumns, starts: FieldStarts): boolean {
  const fits = (col: Column, kept: Starts | undefined, withIsStart: boolean) =>
    kept?.postStart instanceof Int32Array &&
    kept.postStart.length === SYMBOLS ** 3 + 1 &&
    kept.postList instanceof Int32Array &&
    kept.postList.length === kept.postStart[SYMBOLS ** 3] &&
    (!withIsStart || (kept.isStart instanceof Uint8Array && kept.isStart.length === col.start[col.start.length - 1]));
  if (!fits(cols.ini, starts?.ini, false) || !fits(cols.py, starts.py, true) || !fits(cols.py2, starts.py2, true)) return false;
  for (const name of ['ini', 'py', 'py2'] as const) {
    const { isStart, postStart, postList } = starts[name];
    Object.assign(cols[name], name === 'ini' ? { postStart, postList } : { isStart, postStart, postList });
  }
  return true;
}

export function hydrate(index: PhraseIndex): Hydrated {
  return hydrated.get(index) ?? hydrateWith(index, fieldColumns(index, (i) => index.phrases[i]!.title)!, fieldColumns(index, (i) => index.phrases[i]!.text)!);
}

/** The starts of an index's columns (packed now if they were not yet), to be kept and adopted later. */
export function packedColumnsOf(index: PhraseIndex): PackedColumns {
  const { title, text } = hydrate(index);
  const startsOf = (cols: FieldColumns): FieldStarts => ({
    ini: { postStart: cols.ini.postStart!, postList: cols.ini.postList! },
    py: { isStart: cols.py.isStart!, postStart: cols.py.postStart!, postList: cols.py.postList! },
    py2: { isStart: cols.py2.isStart!, postStart: cols.py2.postStart!, postList: cols.py2.postList! },
  });
  return { title: startsOf(title), text: startsOf(text) };
}

/**
 * Packs the index with starts kept from an earlier packing of this very index (the caller vouches
 * for that, e.g. by a stamp) instead of finding them again. False, and nothing adopted, when they
 * do not fit its columns.
 */
export function adoptColumns(index: PhraseIndex, packed: PackedColumns): boolean {
  if (hydrated.has(index)) return true;
  const title = fieldColumns(index, (i) => index.phrases[i]!.title, packed?.title);
  const text = title && fieldColumns(index, (i) => index.phrases[i]!.text, packed?.text);
  if (!title || !text) return false;
  hydrateWith(index, title, text);
  return true;
}

/** The packed columns of an index (packed now if they were not yet), whole: what a page can adopt as is. */
export function fieldColumnsOf(index: PhraseIndex): { title: FieldColumns; text: FieldColumns } {
  const { title, text } = hydrate(index);
  return { title, text };
}

/**
 * Makes `index` searchable with whole columns packed earlier from this very index (the caller
 * vouches for that, e.g. by the library's revision). False, and nothing adopted, when their
 * sizes do not fit the index.
 */
export function adoptFieldColumns(index: PhraseIndex, columns: { title: FieldColumns; text: FieldColumns }): boolean {
  if (hydrated.has(index)) return true;
  const n = index.phrases.length;
  const grams = SYMBOLS ** 3 + 1;
  const fits = (col: Column | undefined, segments: number, starts: 'none' | 'ini' | 'py') =>
    typeof col?.str === 'string' &&
    col.start instanceof Int32Array &&
    col.start.length === segments + 1 &&
    col.phrase instanceof Int32Array &&
    col.phrase.length === segments &&
    (starts === 'none' || (col.postStart instanceof Int32Array && col.postStart.length === grams && col.postList instanceof Int32Array)) &&
    (starts !== 'py' || (col.isStart instanceof Uint8Array && col.isStart.length === col.start[segments]));
  const fieldFits = (f: FieldColumns | undefined) =>
    !!f && fits(f.norm, n, 'none') && fits(f.ini, n, 'ini') && fits(f.py, n, 'py') && fits(f.py2, f.py2?.phrase?.length ?? -1, 'py');
  if (!fieldFits(columns?.title) || !fieldFits(columns.text)) return false;
  hydrateWith(index, columns.title, columns.text);
  return true;
}

function hydrateWith(index: PhraseIndex, title: FieldColumns, text: FieldColumns): Hydrated {
  const n = index.phrases.length;
  const codes: Hydrated['codes'] = [];
  const groupMembers: number[][] = index.groups.map(() => []);
  index.phrases.forEach((p, pos) => {
    if (p.code) codes.push({ code: p.code, pos });
    if (p.group >= 0) groupMembers[p.group]?.push(pos);
  });
  codes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.pos - b.pos));
  const h: Hydrated = {
    index,
    codes,
    title,
    text,
    groupMembers,
    tagNames: (index.tags ?? []).map((t) => foldText(t.name)),
    best: new Float64Array(n).fill(-1),
    bestField: new Uint8Array(n),
    bestKind: new Uint8Array(n),
    bestA: new Int32Array(n),
    bestB: new Int32Array(n),
    bestCov: new Float64Array(n),
    touched: new Int32Array(n),
    bestSyn: new Uint8Array(n),
    bestTag: new Int32Array(n),
  };
  hydrated.set(index, h);
  return h;
}

/**
 * Where each character of a folded-text column occurs (ascending offsets per UTF-16 unit): a
 * query with characters reads the offsets of its rarest one instead of an `indexOf` over the
 * whole column, which costs ~0.05 ms per 100,000 units whatever it finds. Made once per column,
 * on the first query that needs it (a counting sort: two passes, ~4 bytes per unit kept).
 */
export interface CharPostings {
  runs: Map<number, Int32Array>;
}
const charPostingsCache = new WeakMap<Column, CharPostings>();
const NO_OFFSETS: Int32Array = new Int32Array(0);

export function charPostingsOf(col: Column): CharPostings {
  let made = charPostingsCache.get(col);
  if (!made) {
    const { str } = col;
    const count = new Int32Array(65537);
    for (let o = 0; o < str.length; o++) count[str.charCodeAt(o) + 1]!++;
    count[11] = 0; // '\n' separates fields: no query holds one, so it gets no run
    for (let c = 1; c < count.length; c++) count[c]! += count[c - 1]!;
    const list = new Int32Array(count[65536]!);
    const fill = count.slice(0, 65536);
    for (let o = 0; o < str.length; o++) {
      const c = str.charCodeAt(o);
      if (c !== 10) list[fill[c]!++] = o;
    }
    const runs = new Map<number, Int32Array>();
    for (let c = 0; c < 65536; c++) if (count[c + 1]! > count[c]!) runs.set(c, list.subarray(count[c]!, count[c + 1]!));
    made = { runs };
    charPostingsCache.set(col, made);
  }
  return made;
}

/**
 * Where `q` may start in the column, ascending: the offsets of its rarest unit, shifted back to
 * the query's start (`shift`); each still needs a `startsWith` check when `q` is longer than one unit.
 */
export function candidatesOf(col: Column, q: string): { offsets: Int32Array; shift: number } {
  const { runs } = charPostingsOf(col);
  let best = NO_OFFSETS;
  let shift = 0;
  for (let k = 0; k < q.length; k++) {
    const run = runs.get(q.charCodeAt(k));
    if (!run) return { offsets: NO_OFFSETS, shift: 0 };
    if (k === 0 || run.length < best.length) {
      best = run;
      shift = k;
    }
  }
  return { offsets: best, shift };
}

/**
 * Per 16 offsets of a column, the segment the first one lies in: a hit's segment is then a step
 * or two away (`segmentAt`) instead of a search over every segment start. ~0.25 bytes per unit,
 * made on a column's first scan.
 */
const BUCKET_SHIFT = 4;
const bucketCache = new WeakMap<Column, Int32Array>();

export function segmentBuckets(col: Column): Int32Array {
  let buckets = bucketCache.get(col);
  if (!buckets) {
    const { start } = col;
    const last = start.length - 2;
    buckets = new Int32Array((start[last + 1]! >> BUCKET_SHIFT) + 1);
    for (let b = 0, seg = 0; b < buckets.length; b++) {
      const o = b << BUCKET_SHIFT;
      while (seg < last && start[seg + 1]! <= o) seg++;
      buckets[b] = seg;
    }
    bucketCache.set(col, buckets);
  }
  return buckets;
}

/** The segment holding `offset` (below the column's end), from its `segmentBuckets`. */
export function segmentAt(start: Int32Array, buckets: Int32Array, offset: number): number {
  let seg = buckets[offset >> BUCKET_SHIFT]!;
  while (start[seg + 1]! <= offset) seg++;
  return seg;
}

export function segmentOf(start: Int32Array, offset: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
