/**
 * Matching one query against one field's keys: one-edit verification for typos, and the
 * unit-by-unit matcher for mixed input (`fa货`, `发h`) and group names.
 */
import { isAsciiLetter } from '../../../../core/phrases/normalize';
import { Kind } from './search-rank';
import type { FieldKeys } from '../../../../core/phrases/search-types';

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
// thousands of phrases that contain a common character).
let mOff: Int32Array = new Int32Array(256);
let mOff2: Int32Array = new Int32Array(256);
let mKeys: FieldKeys;
let mQ = '';
let mAlt = false;

function fillOffsets(buf: Int32Array, l: string): Int32Array {
  if (buf.length <= l.length) buf = new Int32Array(l.length * 2 + 1);
  buf[0] = 0;
  for (let u = 0; u < l.length; u++) buf[u + 1] = buf[u]! + l.charCodeAt(u) - 48;
  return buf;
}

function nextUnit(u: number): number {
  let v = u + 1;
  while (v < mKeys.l.length && mKeys.l.charCodeAt(v) === 48) v++;
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
  if (u >= mKeys.s.length) return -1;
  const c = mQ.charCodeAt(qi);
  if (!isAsciiLetter(c)) return mKeys.s.charCodeAt(u) === c ? matchFrom(qi + 1, u + 1) : -1;
  const r = readingMatch(mKeys.p, mOff[u]!, mOff[u + 1]!, qi, u);
  if (r >= 0 || !mAlt) return r;
  return readingMatch(mKeys.p2!, mOff2[u]!, mOff2[u + 1]!, qi, u);
}

/**
 * Matches `q` against a field unit by unit: a non-letter must equal the unit, letters may spell
 * the unit's full reading, its initial, or (at the end of the query) a prefix of it.
 * Returns the unit range `[start, end)` of the first match starting in `[from, to]`, or null.
 */
export function matchMixed(keys: FieldKeys, q: string, from = 0, to = keys.s.length - 1): [number, number] | null {
  mKeys = keys;
  mQ = q;
  mOff = fillOffsets(mOff, keys.l);
  mAlt = keys.p2 !== undefined && keys.l2 !== undefined;
  if (mAlt) mOff2 = fillOffsets(mOff2, keys.l2!);
  const first = q.charCodeAt(0);
  const letterFirst = isAsciiLetter(first);
  for (let u = Math.max(0, from); u <= to && u < keys.s.length; u++) {
    if (!letterFirst && keys.s.charCodeAt(u) !== first) continue;
    const end = matchFrom(0, u);
    if (end >= 0) return [u, end];
  }
  return null;
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
