/**
 * Matching one query against one field's keys: one-edit verification for typos, and the
 * unit-by-unit matcher for mixed input (`fa货`, `发h`) and group names.
 */
import { isAsciiLetter } from './normalize';
import { Kind } from './search-rank';
import type { FieldKeys } from './search-types';

export function sameRun(q: string, qi: number, str: string, si: number, len: number, end: number): boolean {
  if (si + len > end) return false;
  for (let k = 0; k < len; k++) if (q.charCodeAt(qi + k) !== str.charCodeAt(si + k)) return false;
  return true;
}

/** End offset of a window starting at `s` within one edit of `q`, or -1. */
export function verifyOneEdit(q: string, str: string, s: number, end: number): number {
  const m = q.length;
  let j = 0;
  while (j < m && s + j < end && q.charCodeAt(j) === str.charCodeAt(s + j)) j++;
  if (j === m) return s + m;
  const here = str.charCodeAt(s + j);
  // wrong letter (never "correcting" into a separator)
  if (s + j < end && here !== 32 && sameRun(q, j + 1, str, s + j + 1, m - j - 1, end)) return s + m;
  // extra letter in the query
  if (j > 0 && sameRun(q, j + 1, str, s + j, m - j - 1, end)) return s + m - 1;
  // missing letter in the query
  if (here !== 32 && sameRun(q, j, str, s + j + 1, m - j, end)) return s + m + 1;
  return -1;
}

export function longestNonLetterRun(q: string): string {
  let best = '';
  let cur = '';
  for (let k = 0; k < q.length; k++) {
    if (isAsciiLetter(q.charCodeAt(k))) {
      if (cur.length > best.length) best = cur;
      cur = '';
    } else cur += q[k];
  }
  return cur.length > best.length ? cur : best;
}

// Matcher state, module-level so a candidate costs no allocation (mixed queries may try
// thousands of phrases that contain a common character). The field is read where it lies: in its
// own keys (base 0) or inside the packed columns (base = the segment's start), so the scan need
// not touch the phrase objects.
let mOff: Int32Array = new Int32Array(256);
let mOff2: Int32Array = new Int32Array(256);
let mS = '';
let mL = '';
let mP = '';
let mP2 = '';
/** Where the field starts in `mS` and `mL` (the same offsets: one length digit per unit). */
let mBase = 0;
let mLen = 0;
let mQ = '';
let mAlt = false;

/** Offsets into the pinyin string of each unit's reading, from `pBase`, for units `[0, len]`. */
function fillOffsets(buf: Int32Array, l: string, base: number, len: number, pBase: number): Int32Array {
  if (buf.length <= len) buf = new Int32Array(len * 2 + 1);
  buf[0] = pBase;
  for (let u = 0; u < len; u++) buf[u + 1] = buf[u]! + l.charCodeAt(base + u) - 48;
  return buf;
}

function nextUnit(u: number): number {
  let v = u + 1;
  while (v < mLen && mL.charCodeAt(mBase + v) === 48) v++;
  return v;
}

function readingMatch(p: string, a: number, b: number, qi: number, u: number): number {
  const rl = b - a;
  if (rl === 0 || p.charCodeAt(a) === 32) return -1;
  const rest = mQ.length - qi;
  if (sameRun(mQ, qi, p, a, Math.min(rl, rest), b)) {
    if (rest <= rl) return nextUnit(u); // the rest of the query is spelled inside this reading
    const r = matchFrom(qi + rl, nextUnit(u));
    if (r >= 0) return r;
  }
  if (rl > 1 && p.charCodeAt(a) === mQ.charCodeAt(qi)) return matchFrom(qi + 1, nextUnit(u));
  return -1;
}

function matchFrom(qi: number, u: number): number {
  if (qi === mQ.length) return u;
  if (u >= mLen) return -1;
  const c = mQ.charCodeAt(qi);
  if (!isAsciiLetter(c)) return mS.charCodeAt(mBase + u) === c ? matchFrom(qi + 1, u + 1) : -1;
  const r = readingMatch(mP, mOff[u]!, mOff[u + 1]!, qi, u);
  if (r >= 0 || !mAlt) return r;
  return readingMatch(mP2, mOff2[u]!, mOff2[u + 1]!, qi, u);
}

function firstMatch(q: string, from: number, to: number): [number, number] | null {
  mQ = q;
  const first = q.charCodeAt(0);
  const letterFirst = isAsciiLetter(first);
  for (let u = Math.max(0, from); u <= to && u < mLen; u++) {
    if (!letterFirst && mS.charCodeAt(mBase + u) !== first) continue;
    const end = matchFrom(0, u);
    if (end >= 0) return [u, end];
  }
  return null;
}

/**
 * Matches `q` against a field unit by unit: a non-letter must equal the unit, letters may spell
 * the unit's full reading, its initial, or (at the end of the query) a prefix of it.
 * Returns the unit range `[start, end)` of the first match starting in `[from, to]`, or null.
 */
export function matchMixed(keys: FieldKeys, q: string, from = 0, to = keys.s.length - 1): [number, number] | null {
  mS = keys.s;
  mL = keys.l;
  mP = keys.p;
  mBase = 0;
  mLen = keys.s.length;
  mOff = fillOffsets(mOff, keys.l, 0, mLen, 0);
  mAlt = keys.p2 !== undefined && keys.l2 !== undefined;
  if (mAlt) {
    mP2 = keys.p2!;
    mOff2 = fillOffsets(mOff2, keys.l2!, 0, mLen, 0);
  }
  return firstMatch(q, from, to);
}

/** Where a field's other reading lies in the packed columns (see `matchMixedAt`). */
export interface AltAt {
  /** The other readings' pinyin column, and where this field's starts in it. */
  p2: string;
  p2Base: number;
  /** Length digits of the other reading, at the same offsets as the folded text. */
  l2: string;
}

/**
 * `matchMixed` on a field read in the packed columns: its folded text at `base` in `s`, its
 * length digits at `base` in `l`, its pinyin at `pBase` in `p`, and its other reading when it has
 * one. Only the units a match starting by `to` can reach are looked at.
 */
export function matchMixedAt(
  s: string,
  l: string,
  base: number,
  len: number,
  p: string,
  pBase: number,
  alt: AltAt | null,
  q: string,
  from: number,
  to: number,
): [number, number] | null {
  mS = s;
  mL = l;
  mP = p;
  mBase = base;
  mLen = len;
  // a letter may cover a surrogate pair (2 units): at most 2 units per query char
  const reach = Math.min(len, to + 2 * q.length + 1);
  mOff = fillOffsets(mOff, l, base, reach, pBase);
  mAlt = alt !== null;
  if (alt) {
    mP2 = alt.p2;
    mOff2 = fillOffsets(mOff2, alt.l2, base, reach, alt.p2Base);
  }
  return firstMatch(q, from, to);
}

/** Best match of `q` in a single field (used for group names, which are few). */
export function matchField(keys: FieldKeys, q: string, letters: boolean): { kind: Kind; a: number; b: number } | null {
  const lit = keys.s.indexOf(q);
  if (lit >= 0) return { kind: Kind.Literal, a: lit, b: lit + q.length };
  if (letters) {
    const ini = keys.i.indexOf(q);
    if (ini >= 0) return { kind: Kind.Initials, a: ini, b: ini + q.length };
  }
  const m = /[a-z]/.test(q) ? matchMixed(keys, q) : null;
  return m ? { kind: Kind.Mixed, a: m[0], b: m[1] } : null;
}
