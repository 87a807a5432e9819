/**
 * Phrase search over an index built by `createPhraseIndex`. Needs no pinyin dictionary: the keys
 * are precomputed, so the content script can import this module alone and search synchronously
 * on every keystroke.
 *
 * How it stays fast (10,000 phrases, p99 ≤ 1 ms): each key kind of each field is packed into one
 * string per index (segments separated by '\n', which a query never contains); queries of 3+
 * letters look up short lists of start offsets keyed by their first 3 letters, shorter ones use
 * native `indexOf`; after a hit the scan jumps to the next phrase; tiers are searched best first
 * and lower tiers skipped once the page is full; scores live in typed arrays reused between
 * queries; a bounded top-k avoids sorting everything.
 */
import { isAsciiAlnum, isAsciiLetter, normalizeQuery } from './normalize';
import type {
  FieldKeys,
  MatchField,
  PhraseIndex,
  PhraseSearchResult,
  SearchOptions,
} from './search-types';

// ---- scoring -------------------------------------------------------------------------------

const enum Kind {
  Literal,
  Initials,
  Mixed,
  Pinyin,
  PinyinAlt,
  Typo,
  CodeExact,
  CodePrefix,
}

const enum Field {
  Code,
  Title,
  Text,
  Group,
}

const FIELD_NAMES: readonly MatchField[] = ['code', 'title', 'text', 'group'];

/** Tiers far enough apart that no bonus crosses them: exact code > code prefix > title > text > group. */
const FIELD_BASE = [900, 700, 500, 300];
const KIND_BONUS = [40, 20, 30, 30, 25, 0, 100, 0];
const START_BONUS = 10;
/** Typo matches rank below every exact match. */
const TYPO_BASE = 100;
const TYPO_MIN_LENGTH = 4;

function scoreOf(field: Field, kind: Kind, atStart: boolean): number {
  if (kind === Kind.Typo) return TYPO_BASE + (field === Field.Title ? 50 : 0) + (atStart ? START_BONUS : 0);
  return FIELD_BASE[field]! + KIND_BONUS[kind]! + (atStart ? START_BONUS : 0);
}

// ---- hydrated index ------------------------------------------------------------------------

interface Column {
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
const gramOf = (str: string, o: number): number =>
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

interface FieldColumns {
  norm: Column;
  ini: Column;
  py: Column;
  py2: Column;
}

interface Hydrated {
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

function hydrate(index: PhraseIndex): Hydrated {
  const cached = hydrated.get(index);
  if (cached) return cached;
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
    title: fieldColumns(index, (i) => index.phrases[i]!.title),
    text: fieldColumns(index, (i) => index.phrases[i]!.text),
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

/**
 * Optional warm-up: packs the index's columns now instead of on the first keystroke.
 * Indexes are treated as immutable; build a new one when phrases change.
 */
export function prepareIndex(index: PhraseIndex): void {
  hydrate(index);
}

// ---- one query ------------------------------------------------------------------------------

class Run {
  count = 0;
  constructor(
    readonly h: Hydrated,
    readonly q: string,
  ) {}

  record(pos: number, field: Field, kind: Kind, a: number, b: number, fieldLen: number): void {
    const h = this.h;
    const score = scoreOf(field, kind, a === 0);
    const cov = fieldLen > 0 ? (b - a) / fieldLen : 0;
    const prev = h.best[pos]!;
    if (prev < 0) h.touched[this.count++] = pos;
    else if (score < prev || (score === prev && cov <= h.bestCov[pos]!)) return;
    h.best[pos] = score;
    h.bestField[pos] = field;
    h.bestKind[pos] = kind;
    h.bestA[pos] = a;
    h.bestB[pos] = b;
    h.bestCov[pos] = cov;
  }

  /**
   * Finds the first hit per phrase of the query in a column and records it. Offsets recorded are
   * the column's own (units of the field, or letters of its pinyin). In pinyin columns a hit must
   * begin at a syllable; it may end inside one (`fah` → 发货).
   */
  scan(col: Column, field: Field, kind: Kind): void {
    const { str, start, phrase, isStart, postStart, postList } = col;
    const q = this.q;
    const hit = (o: number): number => {
      const seg = segmentOf(start, o);
      const s0 = start[seg]!;
      const end = start[seg + 1]! - 1;
      this.record(phrase[seg]!, field, kind, o - s0, o - s0 + q.length, end - s0);
      return end + 1;
    };
    if (postStart && postList && q.length >= 3) {
      const g = gramOf(q, 0);
      let from = 0;
      for (let k = postStart[g]!, stop = postStart[g + 1]!; k < stop; k++) {
        const o = postList[k]!;
        if (o < from || !str.startsWith(q, o)) continue;
        from = hit(o);
      }
      return;
    }
    let from = 0;
    for (;;) {
      const o = str.indexOf(q, from);
      if (o < 0) return;
      if (isStart && !isStart[o]) from = o + 1;
      else from = hit(o);
    }
  }

  /**
   * One wrong, missing or extra letter. Pigeonhole: one half of the query is intact, so the
   * candidates come from native scans of both halves and are verified in O(query length).
   */
  scanTypo(col: Column, field: Field): void {
    const { str, start, phrase, isStart } = col;
    const q = this.q;
    const half = q.length >> 1;
    const heads = q.slice(0, half);
    const tail = q.slice(half);
    const done = new Set<number>();
    const tryAt = (s: number, seg: number): boolean => {
      const s0 = start[seg]!;
      const end = start[seg + 1]! - 1;
      if (s < s0 || s >= end || !isStart![s]) return false;
      const stop = verifyOneEdit(q, str, s, end);
      if (stop < 0) return false;
      this.record(phrase[seg]!, field, Kind.Typo, s - s0, stop - s0, end - s0);
      done.add(seg);
      return true;
    };
    const { postStart, postList } = col;
    if (postStart && postList && heads.length >= 3) {
      // the intact head starts at a syllable: the postings list has exactly those offsets
      const g = gramOf(heads, 0);
      for (let k = postStart[g]!, stop = postStart[g + 1]!; k < stop; k++) {
        const o = postList[k]!;
        if (!str.startsWith(heads, o)) continue;
        const seg = segmentOf(start, o);
        if (!done.has(seg)) tryAt(o, seg);
      }
    } else {
      for (let from = 0; ; ) {
        const o = str.indexOf(heads, from);
        if (o < 0) break;
        const seg = segmentOf(start, o);
        from = done.has(seg) || tryAt(o, seg) ? start[seg + 1]! : o + 1;
      }
    }
    for (let from = 0; ; ) {
      const o = str.indexOf(tail, from);
      if (o < 0) break;
      const seg = segmentOf(start, o);
      const hit = done.has(seg) || tryAt(o - half, seg) || tryAt(o - half - 1, seg) || tryAt(o - half + 1, seg);
      from = hit ? start[seg + 1]! : o + 1;
    }
  }

  scanCodes(): void {
    const { codes } = this.h;
    const q = this.q;
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codes[mid]!.code < q) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < codes.length && codes[k]!.code.startsWith(q); k++) {
      const { code, pos } = codes[k]!;
      const exact = code.length === q.length;
      this.record(pos, Field.Code, exact ? Kind.CodeExact : Kind.CodePrefix, 0, q.length, code.length);
    }
  }

  /**
   * Mixed input (`fa货`, `发h`): anchored on the query's longest non-letter run. Each query char
   * takes at least one unit, so a match containing the anchor at unit `u` starts in
   * `[u - lettersBefore, u]`: the matcher only tries that window.
   */
  scanMixed(col: Column, pick: (pos: number) => FieldKeys, field: Field): void {
    const q = this.q;
    const anchor = longestNonLetterRun(q);
    const before = q.indexOf(anchor);
    const { str, start, phrase } = col;
    for (let from = 0; ; ) {
      const o = str.indexOf(anchor, from);
      if (o < 0) return;
      const seg = segmentOf(start, o);
      const s0 = start[seg]!;
      const m = matchMixed(pick(phrase[seg]!), q, o - s0 - before, o - s0);
      if (m) {
        this.record(phrase[seg]!, field, Kind.Mixed, m[0], m[1], start[seg + 1]! - 1 - s0);
        from = start[seg + 1]!;
      } else from = o + 1;
    }
  }

  scanGroups(letters: boolean): void {
    const { index, groupMembers } = this.h;
    index.groups.forEach((g, gi) => {
      const m = matchField(g.keys, this.q, letters);
      if (!m) return;
      for (const pos of groupMembers[gi]!) this.record(pos, Field.Group, m.kind, m.a, m.b, g.keys.s.length);
    });
  }
}

function segmentOf(start: Int32Array, offset: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sameRun(q: string, qi: number, str: string, si: number, len: number, end: number): boolean {
  if (si + len > end) return false;
  for (let k = 0; k < len; k++) if (q.charCodeAt(qi + k) !== str.charCodeAt(si + k)) return false;
  return true;
}

/** End offset of a window starting at `s` within one edit of `q`, or -1. */
function verifyOneEdit(q: string, str: string, s: number, end: number): number {
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

function longestNonLetterRun(q: string): string {
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
function matchField(keys: FieldKeys, q: string, letters: boolean): { kind: Kind; a: number; b: number } | null {
  const lit = keys.s.indexOf(q);
  if (lit >= 0) return { kind: Kind.Literal, a: lit, b: lit + q.length };
  if (letters) {
    const ini = keys.i.indexOf(q);
    if (ini >= 0) return { kind: Kind.Initials, a: ini, b: ini + q.length };
  }
  const m = /[a-z]/.test(q) ? matchMixed(keys, q) : null;
  return m ? { kind: Kind.Mixed, a: m[0], b: m[1] } : null;
}

/** Unit range covered by pinyin offsets [a, b) of a field. */
function pinyinToUnits(l: string, a: number, b: number): [number, number] {
  let acc = 0;
  let start = -1;
  let u = 0;
  for (; u < l.length; u++) {
    const len = l.charCodeAt(u) - 48;
    if (start < 0 && len > 0 && a < acc + len) start = u;
    acc += len;
    if (acc >= b && len > 0) break;
  }
  let end = u + 1;
  while (end < l.length && l.charCodeAt(end) === 48) end++;
  return [Math.max(start, 0), Math.min(end, l.length)];
}

function rangesOf(h: Hydrated, pos: number): [number, number][] {
  const field = h.bestField[pos] as Field;
  const kind = h.bestKind[pos] as Kind;
  const a = h.bestA[pos]!;
  const b = h.bestB[pos]!;
  if (field === Field.Code) return [[a, b]];
  const phrase = h.index.phrases[pos]!;
  const keys = field === Field.Title ? phrase.title : field === Field.Text ? phrase.text : h.index.groups[phrase.group]!.keys;
  if (kind === Kind.Pinyin || kind === Kind.Typo) return [pinyinToUnits(keys.l, a, b)];
  if (kind === Kind.PinyinAlt) return [pinyinToUnits(keys.l2 ?? keys.l, a, b)];
  return [[a, b]];
}

// ---- public ---------------------------------------------------------------------------------

/**
 * Searches the index: characters, full pinyin (`fahuo`), initials (`fh`), codes, mixed input
 * (`fa货`), full-width and upper-case letters, spaces ignored; one typo allowed in pinyin queries
 * of 4+ letters against titles, ranked below every exact match. A one-letter query searches
 * codes, titles and groups only (a single Chinese character searches texts too). Best first: exact code > code prefix > title >
 * text > group; ties by usage count, then last use, then how much of the field matched, then
 * index order.
 */
export function searchPhrases(
  index: PhraseIndex,
  query: string,
  limit = 20,
  options: SearchOptions = {},
): PhraseSearchResult[] {
  const q = normalizeQuery(query);
  if (!q || limit <= 0 || index.phrases.length === 0) return [];
  const h = hydrate(index);
  const run = new Run(h, q);

  let asciiOnly = true;
  let hasLetter = false;
  for (let k = 0; k < q.length; k++) {
    const c = q.charCodeAt(k);
    if (!isAsciiAlnum(c)) asciiOnly = false;
    if (isAsciiLetter(c)) hasLetter = true;
  }

  run.scanCodes();
  // Tiers never overlap (code > title > text > group > typo), so once the higher tiers fill the
  // page, the lower ones cannot change it and are skipped.
  const fieldPass = (cols: FieldColumns, field: Field, keysOf: (pos: number) => FieldKeys) => {
    if (asciiOnly) {
      // Kept a-z/0-9 appear as themselves in pinyin and initials, so no literal scan is needed.
      run.scan(cols.ini, field, Kind.Initials);
      if (q.length === 1) return; // a syllable starting with that letter is an initials hit already
      run.scan(cols.py, field, Kind.Pinyin);
      if (cols.py2.str) run.scan(cols.py2, field, Kind.PinyinAlt);
    } else {
      run.scan(cols.norm, field, Kind.Literal);
      if (hasLetter) run.scanMixed(cols.norm, keysOf, field);
    }
  };
  if (run.count < limit) fieldPass(h.title, Field.Title, (pos) => index.phrases[pos]!.title);
  // A single letter or digit says nothing about a long text; it still finds codes, titles, groups.
  if (run.count < limit && !(asciiOnly && q.length === 1)) fieldPass(h.text, Field.Text, (pos) => index.phrases[pos]!.text);
  if (run.count < limit) run.scanGroups(asciiOnly);
  if (asciiOnly && hasLetter && q.length >= TYPO_MIN_LENGTH && run.count < limit) run.scanTypo(h.title.py, Field.Title);

  const top = selectTop(h, run.count, limit, options);
  const results = top.map((pos) => ({
    id: index.phrases[pos]!.id,
    score: h.best[pos]!,
    field: FIELD_NAMES[h.bestField[pos]!]!,
    ranges: rangesOf(h, pos),
    typo: h.bestKind[pos] === Kind.Typo,
  }));
  for (let k = 0; k < run.count; k++) h.best[h.touched[k]!] = -1;
  return results;
}

function selectTop(h: Hydrated, count: number, limit: number, options: SearchOptions): number[] {
  const usage = options.usage;
  const ids = h.index.phrases;
  const better = (x: number, y: number): boolean => {
    const d = h.best[x]! - h.best[y]!;
    if (d !== 0) return d > 0;
    if (usage) {
      const ux = usage[ids[x]!.id];
      const uy = usage[ids[y]!.id];
      const c = (ux?.count ?? 0) - (uy?.count ?? 0);
      if (c !== 0) return c > 0;
      const t = (ux?.lastUsedAt ?? 0) - (uy?.lastUsedAt ?? 0);
      if (t !== 0) return t > 0;
    }
    const cov = h.bestCov[x]! - h.bestCov[y]!;
    if (cov !== 0) return cov > 0;
    return x < y;
  };
  // Insertion into a sorted array of at most `limit`: most candidates lose to the last one.
  const top: number[] = [];
  for (let k = 0; k < count; k++) {
    const pos = h.touched[k]!;
    if (top.length === limit && !better(pos, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && better(pos, top[at - 1]!)) at--;
    if (top.length === limit) top.pop();
    top.splice(at, 0, pos);
  }
  return top;
}
