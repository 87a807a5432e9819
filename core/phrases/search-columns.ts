/**
 * The index packed for scanning ("hydrated"), once per index: each key kind of each field as one
 * string (segments separated by '\n', which a query never contains), with 3-gram postings for the
 * initials and pinyin columns, and scratch arrays reused between queries.
 */
import { isAsciiAlnum } from './normalize';
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
  // Scratch, reused between queries (JS is single-threaded).
  best: Float64Array;
  bestField: Uint8Array;
  bestKind: Uint8Array;
  bestA: Int32Array;
  bestB: Int32Array;
  bestCov: Float64Array;
  touched: Int32Array;
}

const hydrated = new WeakMap<PhraseIndex, Hydrated>();

function column(parts: string[], phrase: number[], lens?: string[]): Column {
  const start = new Int32Array(parts.length + 1);
  let offset = 0;
  for (let k = 0; k < parts.length; k++) {
    start[k] = offset;
    offset += parts[k]!.length + 1;
  }
  start[parts.length] = offset;
  const col: Column = { str: parts.join('\n'), start, phrase: Int32Array.from(phrase) };
  if (lens) {
    const isStart = new Uint8Array(offset);
    for (let k = 0; k < parts.length; k++) {
      const l = lens[k]!;
      const p = parts[k]!;
      let at = start[k]!;
      for (let u = 0; u < l.length; u++) {
        const len = l.charCodeAt(u) - 48;
        if (len > 0 && p.charCodeAt(at - start[k]!) !== 32) isStart[at] = 1;
        at += len;
      }
    }
    col.isStart = isStart;
  }
  return col;
}

function fieldColumns(index: PhraseIndex, pick: (i: number) => FieldKeys): FieldColumns {
  const n = index.phrases.length;
  const all = Array.from({ length: n }, (_, i) => i);
  const keys = all.map(pick);
  const withAlt = all.filter((i) => keys[i]!.p2 !== undefined);
  const cols: FieldColumns = {
    norm: column(keys.map((k) => k.s), all),
    ini: column(keys.map((k) => k.i), all),
    py: column(keys.map((k) => k.p), all, keys.map((k) => k.l)),
    py2: column(withAlt.map((i) => keys[i]!.p2!), withAlt, withAlt.map((i) => keys[i]!.l2!)),
  };
  const ini = cols.ini.str;
  addPostings(cols.ini, (o) => isAsciiAlnum(ini.charCodeAt(o)));
  for (const py of [cols.py, cols.py2]) addPostings(py, (o) => py.isStart![o] === 1);
  return cols;
}

export function hydrate(index: PhraseIndex): Hydrated {
  return hydrated.get(index) ?? hydrateWith(index, fieldColumns(index, (i) => index.phrases[i]!.title), fieldColumns(index, (i) => index.phrases[i]!.text));
}

/** The packed columns of an index: what takes time to build, and what can be kept and adopted later. */
export interface PackedColumns {
  title: FieldColumns;
  text: FieldColumns;
}

export function packedColumnsOf(index: PhraseIndex): PackedColumns {
  const { title, text } = hydrate(index);
  return { title, text };
}

/**
 * Takes columns packed earlier for this very index (the caller vouches for that, e.g. by a stamp)
 * instead of packing them again. False, and nothing adopted, when they do not fit its size.
 */
export function adoptColumns(index: PhraseIndex, packed: PackedColumns): boolean {
  if (hydrated.has(index)) return true;
  const n = index.phrases.length;
  const fits = (cols: FieldColumns | undefined) =>
    !!cols &&
    [cols.norm, cols.ini, cols.py].every((c) => isColumn(c) && c.start.length === n + 1 && c.phrase.length === n) &&
    isColumn(cols.py2) &&
    cols.py.isStart instanceof Uint8Array &&
    cols.py2.isStart instanceof Uint8Array &&
    [cols.ini, cols.py, cols.py2].every((c) => c.postStart instanceof Int32Array && c.postList instanceof Int32Array);
  if (!fits(packed?.title) || !fits(packed?.text)) return false;
  hydrateWith(index, packed.title, packed.text);
  return true;
}

function isColumn(c: Column | undefined): c is Column {
  return typeof c?.str === 'string' && c.start instanceof Int32Array && c.phrase instanceof Int32Array;
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
    best: new Float64Array(n).fill(-1),
    bestField: new Uint8Array(n),
    bestKind: new Uint8Array(n),
    bestA: new Int32Array(n),
    bestB: new Int32Array(n),
    bestCov: new Float64Array(n),
    touched: new Int32Array(n),
  };
  hydrated.set(index, h);
  return h;
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
