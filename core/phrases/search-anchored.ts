/**
 * The fast matcher for the common shape of mixed input: letters, one run of characters, letters
 * (`fa货`, `shuo明`, `发h`). It finds what `matchMixedAt` finds for the same occurrence of the run,
 * without trying every start: the letters before the run are matched backwards from it (every
 * way at once, as bits), the letters after it forwards in the matcher's own order. Each unit's
 * reading is a small id in a typed array (made once per packed field), so a candidate costs a few
 * array reads instead of walking the field's pinyin. Where sameness is not plain (a character
 * outside the BMP in the field, another occurrence of the run within reach) the caller asks
 * `matchMixedAt` instead.
 */
import { isAsciiAlnum, isAsciiLetter } from './normalize';

/** Letters before the run are tracked as bits of an int32. */
const MAX_BEFORE = 30;
/** Longest reading looked up by id (zhuang is 6). */
const MAX_READING = 7;

/** Reading ids: 0 none (punctuation, '\n'), 1 a zero-length unit (a surrogate's 2nd half), then one per reading. */
const NONE = 0;
const ZERO = 1;
const readingIds = new Map<number, number>();
const readings: string[] = ['', ''];
/** Per id: its reading's length and first letter. */
let readingLen = new Uint8Array(1024);
let readingFirst = new Uint8Array(1024);

/** A reading's letters (a-z, 0-9) as a base-37 number: ids are looked up without making strings. */
function codeOf(str: string, a: number, n: number): number {
  let code = 0;
  for (let k = 0; k < n; k++) {
    const c = str.charCodeAt(a + k);
    code = code * 37 + (c >= 97 ? c - 96 : c - 21);
  }
  return code;
}

function idOf(str: string, a: number, n: number): number {
  if (n === 0) return ZERO;
  if (!isAsciiAlnum(str.charCodeAt(a))) return NONE;
  const code = codeOf(str, a, n);
  let id = readingIds.get(code);
  if (id === undefined) {
    id = readings.length;
    readings.push(str.slice(a, a + n));
    readingIds.set(code, id);
    if (id >= readingLen.length) {
      const len = new Uint8Array(id * 2);
      const first = new Uint8Array(id * 2);
      len.set(readingLen);
      first.set(readingFirst);
      readingLen = len;
      readingFirst = first;
    }
    readingLen[id] = Math.min(n, 255);
    readingFirst[id] = str.charCodeAt(a);
  }
  return id;
}

/** The reading an id stands for: ' ' for none, '' for a zero-length unit. */
export function readingText(id: number): string {
  return id === NONE ? ' ' : (readings[id] ?? ' ');
}

/** Per unit of a packed field, the id of its reading and of its other reading (the same where it has none). */
export interface ReadingColumns {
  id: Uint16Array;
  id2: Uint16Array;
  /**
   * Per segment, 1 when a unit of it has a reading of length 0 (the 2nd half of a character
   * outside the BMP): there a letter may cover two units, and only the full matcher is exact.
   */
  wide: Uint8Array;
}

/**
 * Reading ids for a packed field: `l`/`l2` are the length digits at the folded text's offsets
 * (`\n` between fields), `py`/`py2` the pinyin columns, `altSeg` each segment's segment in `py2`.
 */
export function readingColumns(
  norm: { str: string; start: Int32Array },
  l: string,
  l2: string,
  py: { str: string; start: Int32Array },
  py2: { str: string; start: Int32Array },
  altSeg: Int32Array,
): ReadingColumns | null {
  const n = norm.str.length;
  const id = new Uint16Array(n);
  const id2 = new Uint16Array(n);
  const segments = norm.start.length - 1;
  const wide = new Uint8Array(segments);
  for (let seg = 0; seg < segments; seg++) {
    const from = norm.start[seg]!;
    const to = norm.start[seg + 1]! - 1;
    let at = py.start[seg]!;
    for (let o = from; o < to; o++) {
      const len = l.charCodeAt(o) - 48;
      if (len === 0) wide[seg] = 1;
      id[o] = idOf(py.str, at, len);
      at += len;
    }
    const seg2 = altSeg[seg]!;
    if (seg2 < 0) {
      id2.set(id.subarray(from, to), from);
      continue;
    }
    let at2 = py2.start[seg2]!;
    for (let o = from; o < to; o++) {
      const len = l2.charCodeAt(o) - 48;
      id2[o] = idOf(py2.str, at2, len);
      at2 += len;
    }
  }
  return readings.length < 65536 ? { id, id2, wide } : null;
}

/** A query as letters before, one run of non-letters, letters after. */
export interface AnchoredQuery {
  before: string;
  anchor: string;
  after: string;
  /** `ids[j * MAX_READING + n]`: the reading id `before[j, j + n)` spells, -1 for none. */
  ids: Int32Array;
  /** Per letter (char code < 128), the bits j where `before[j]` is that letter. */
  letterBits: Int32Array;
}

/** The query's shape, or null when the fast matcher does not apply to it. */
export function anchoredQuery(q: string): AnchoredQuery | null {
  let first = -1;
  let last = -1;
  for (let k = 0; k < q.length; k++) {
    const c = q.charCodeAt(k);
    if (isAsciiLetter(c)) continue;
    // A digit may be spelled by a reading (kept 0-9): leave those queries to the full matcher.
    if (isAsciiAlnum(c) || (last >= 0 && last !== k - 1)) return null;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0 || first > MAX_BEFORE) return null;
  const before = q.slice(0, first);
  const ids = new Int32Array(Math.max(1, before.length * MAX_READING)).fill(-1);
  for (let j = 0; j < before.length; j++) {
    for (let n = 2; n < MAX_READING && j + n <= before.length; n++) {
      const id = readingIds.get(codeOf(before, j, n));
      if (id !== undefined) ids[j * MAX_READING + n] = id;
    }
  }
  const letterBits = new Int32Array(128);
  for (let j = 0; j < before.length; j++) letterBits[before.charCodeAt(j)]! |= 1 << j;
  return { before, anchor: q.slice(first, last + 1), after: q.slice(last + 1), ids, letterBits };
}

export const NO_MATCH = 0;
export const MATCH = 1;

/** The unit range of the last MATCH (module-level: a candidate costs no allocation). */
export let anchoredStart = 0;
export let anchoredEnd = 0;

let reach = new Int32Array(64);

/**
 * The match of `aq` whose run is the occurrence at unit `u` of the field at `base` (`len` units)
 * in reading columns `rc`, given that the field is not `wide` and no other occurrence of the run
 * lies within `before.length` units of it (then each letter piece takes one unit and every match
 * the matcher could find from this occurrence's starts runs through it): MATCH with
 * `anchoredStart`/`anchoredEnd` set, or NO_MATCH.
 */
export function matchAnchored(aq: AnchoredQuery, rc: ReadingColumns, base: number, len: number, u: number, alt: boolean): number {
  const nb = aq.before.length;
  const na = aq.anchor.length;
  const nl = aq.after.length;
  const lo = u > nb ? u - nb : 0;
  const { id, id2 } = rc;

  // Backwards from the run: bit j of reach[w - lo] says the letters from j on spell units [w, u).
  let start = u;
  if (nb > 0) {
    start = -1;
    if (reach.length <= nb) reach = new Int32Array(nb * 2);
    reach[u - lo] = 1 << nb;
    for (let w = u - 1; w >= lo; w--) {
      const next = reach[w + 1 - lo]!;
      if (next === 0) break;
      const r = id[base + w]!;
      const r2 = id2[base + w]!;
      let mask = spellsBack(aq, r, next);
      if (alt && r2 !== r) mask |= spellsBack(aq, r2, next);
      reach[w - lo] = mask;
      if (mask & 1) start = w; // the matcher tries starts left to right: the lowest one wins
    }
    if (start < 0) return NO_MATCH;
  }

  let end = u + na;
  if (nl > 0) {
    fAfter = aq.after;
    fId = id;
    fId2 = alt ? id2 : null;
    fBase = base;
    fLen = len;
    end = forward(0, u + na);
    if (end < 0) return NO_MATCH;
  }
  anchoredStart = start;
  anchoredEnd = end;
  return MATCH;
}

/** Bits j such that reading `r` spells `before[j..]` up to a suffix whose bit is set in `next`. */
function spellsBack(aq: AnchoredQuery, r: number, next: number): number {
  if (r === NONE) return 0;
  const starts = aq.letterBits[readingFirst[r]!]!; // where the letters hold its first letter
  // its initial alone
  const initial = starts & (next >>> 1);
  // or its whole reading (a prefix cannot end before the run: the run is no letter)
  const rl = readingLen[r]!;
  if (rl < 2 || rl >= MAX_READING) return initial;
  let whole = starts & (next >>> rl) & ~initial;
  let mask = initial;
  while (whole !== 0) {
    const j = 31 - Math.clz32(whole);
    whole &= ~(1 << j);
    if (aq.ids[j * MAX_READING + rl] === r) mask |= 1 << j;
  }
  return mask;
}

// The letters after the run, matched in `matchFrom`'s order (whole reading, then initial; the
// contextual reading, then the other), so the end found is the one it finds.
let fAfter = '';
let fId: Uint16Array = new Uint16Array(0);
let fId2: Uint16Array | null = null;
let fBase = 0;
let fLen = 0;

function forward(j: number, w: number): number {
  if (j === fAfter.length) return w;
  if (w >= fLen) return -1;
  const r = readingForward(fId[fBase + w]!, j, w);
  if (r >= 0 || fId2 === null) return r;
  return readingForward(fId2[fBase + w]!, j, w);
}

function readingForward(r: number, j: number, w: number): number {
  if (r === NONE) return -1;
  const reading = readings[r]!;
  const rl = reading.length;
  const rest = fAfter.length - j;
  const n = rest < rl ? rest : rl;
  let same = true;
  for (let k = 0; k < n && same; k++) same = fAfter.charCodeAt(j + k) === reading.charCodeAt(k);
  if (same) {
    if (rest <= rl) return w + 1; // the rest of the query is spelled inside this reading
    const r2 = forward(j + rl, w + 1);
    if (r2 >= 0) return r2;
  }
  if (rl > 1 && reading.charCodeAt(0) === fAfter.charCodeAt(j)) return forward(j + 1, w + 1);
  return -1;
}
