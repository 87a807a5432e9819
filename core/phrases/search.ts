/**
 * Phrase search over an index built by `createPhraseIndex`. Needs no pinyin dictionary: the keys
 * are precomputed, so the content script can import this module alone and search synchronously
 * on every keystroke.
 *
 * How it stays fast (10,000 phrases, p99 ≤ 1 ms): each key kind of each field is packed into one
 * string per index (segments separated by '\n', which a query never contains), so a query is a
 * handful of native `indexOf` scans; after a hit the scan jumps to the next phrase; scores live in
 * typed arrays reused between queries; a bounded top-k avoids sorting everything; the typo pass
 * only runs when exact matches cannot fill the page.
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
  return {
    norm: column(keys.map((k) => k.s), all),
    ini: column(keys.map((k) => k.i), all),
    py: column(keys.map((k) => k.p), all, keys.map((k) => k.l)),
    py2: column(withAlt.map((i) => keys[i]!.p2!), withAlt, withAlt.map((i) => keys[i]!.l2!)),
  };
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

  /** Literal scan (folded text or initials): offsets are units of the field. */
  scanPlain(col: Column, field: Field, kind: Kind): void {
    const { str, start, phrase } = col;
    const q = this.q;
    let from = 0;
    for (;;) {
      const o = str.indexOf(q, from);
      if (o < 0) return;
      const seg = segmentOf(start, o);
      const s0 = start[seg]!;
      const end = start[seg + 1]! - 1;
      this.record(phrase[seg]!, field, kind, o - s0, o - s0 + q.length, end - s0);
      from = end + 1;
    }
  }

  /** Pinyin scan: a hit must begin at a syllable; it may end inside one (`fah` → 发货). */
  scanPinyin(col: Column, field: Field, kind: Kind): void {
    const { str, start, phrase, isStart } = col;
    const q = this.q;
    let from = 0;
    for (;;) {
      const o = str.indexOf(q, from);
      if (o < 0) return;
      if (!isStart![o]) {
        from = o + 1;
        continue;
      }
      const seg = segmentOf(start, o);
      const s0 = start[seg]!;
      const end = start[seg + 1]! - 1;
      this.record(phrase[seg]!, field, kind, o - s0, o - s0 + q.length, end - s0);
      from = end + 1;
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
    for (let from = 0; ; ) {
      const o = str.indexOf(heads, from);
      if (o < 0) break;
      const seg = segmentOf(start, o);
      from = done.has(seg) || tryAt(o, seg) ? start[seg + 1]! : o + 1;
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

  /** Mixed input (`fa货`, `发h`): anchored on the query's non-letter run, then a small matcher. */
  scanMixed(col: Column, pick: (pos: number) => FieldKeys, field: Field): void {
    const anchor = longestNonLetterRun(this.q);
    const { str, start, phrase } = col;
    for (let from = 0; ; ) {
      const o = str.indexOf(anchor, from);
      if (o < 0) return;
      const seg = segmentOf(start, o);
      const pos = phrase[seg]!;
      const keys = pick(pos);
      const m = matchMixed(keys, this.q);
      if (m) this.record(pos, field, Kind.Mixed, m[0], m[1], keys.s.length);
      from = start[seg + 1]!;
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

/** Start offsets in `p` of each unit's reading (length units + 1). */
function readingOffsets(l: string): Int32Array {
  const out = new Int32Array(l.length + 1);
  for (let u = 0; u < l.length; u++) out[u + 1] = out[u]! + l.charCodeAt(u) - 48;
  return out;
}

/**
 * Matches `q` against a field unit by unit: a non-letter must equal the unit, letters may spell
 * the unit's full reading, its initial, or (at the end of the query) a prefix of it.
 * Returns the unit range `[start, end)` of the first match, or null.
 */
export function matchMixed(keys: FieldKeys, q: string): [number, number] | null {
  const off = readingOffsets(keys.l);
  const off2 = keys.l2 ? readingOffsets(keys.l2) : undefined;
  const len = keys.s.length;

  const readingMatch = (p: string, a: number, b: number, qi: number, u: number): number => {
    const rl = b - a;
    if (rl === 0 || p.charCodeAt(a) === 32) return -1;
    if (sameRun(q, qi, p, a, Math.min(rl, q.length - qi), b)) {
      if (q.length - qi <= rl) return nextUnit(u); // whole rest of the query spelled inside this reading
      const r = from(qi + rl, nextUnit(u));
      if (r >= 0) return r;
    }
    if (rl > 1 && p.charCodeAt(a) === q.charCodeAt(qi)) return from(qi + 1, nextUnit(u));
    return -1;
  };
  const nextUnit = (u: number): number => {
    let v = u + 1;
    while (v < len && keys.l.charCodeAt(v) === 48) v++;
    return v;
  };
  const from = (qi: number, u: number): number => {
    if (qi === q.length) return u;
    if (u >= len) return -1;
    const c = q.charCodeAt(qi);
    if (!isAsciiLetter(c)) return keys.s.charCodeAt(u) === c ? from(qi + 1, u + 1) : -1;
    const r = readingMatch(keys.p, off[u]!, off[u + 1]!, qi, u);
    if (r >= 0 || !off2 || !keys.p2) return r;
    return readingMatch(keys.p2, off2[u]!, off2[u + 1]!, qi, u);
  };

  const first = q.charCodeAt(0);
  for (let u = 0; u < len; u++) {
    const s = keys.s.charCodeAt(u);
    if (!isAsciiLetter(first) && s !== first) continue;
    const end = from(0, u);
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
 * of 4+ letters, ranked below every exact match. Best first: exact code > code prefix > title >
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
  const titleKeys = (pos: number) => index.phrases[pos]!.title;
  const textKeys = (pos: number) => index.phrases[pos]!.text;
  if (asciiOnly) {
    // Kept a-z/0-9 appear as themselves in pinyin and initials, so no literal scan is needed.
    for (const [cols, field] of [
      [h.title, Field.Title],
      [h.text, Field.Text],
    ] as const) {
      run.scanPlain(cols.ini, field, Kind.Initials);
      run.scanPinyin(cols.py, field, Kind.Pinyin);
      if (cols.py2.str) run.scanPinyin(cols.py2, field, Kind.PinyinAlt);
    }
  } else {
    run.scanPlain(h.title.norm, Field.Title, Kind.Literal);
    run.scanPlain(h.text.norm, Field.Text, Kind.Literal);
    if (hasLetter) {
      run.scanMixed(h.title.norm, titleKeys, Field.Title);
      run.scanMixed(h.text.norm, textKeys, Field.Text);
    }
  }
  run.scanGroups(asciiOnly);
  if (asciiOnly && hasLetter && q.length >= TYPO_MIN_LENGTH && run.count < limit) {
    run.scanTypo(h.title.py, Field.Title);
    run.scanTypo(h.text.py, Field.Text);
  }

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
