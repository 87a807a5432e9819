/**
 * One query's run over the packed columns: each scan finds the first hit per phrase and records
 * the best score, field, kind and range per phrase in the hydrated scratch arrays.
 */
import { candidatesOf, GRAM_SYMBOLS, gramOf, gramPrefixOf, segmentAt, segmentBuckets, segmentOf, type Column, type FieldColumns, type Hydrated } from './search-columns';
import { isAsciiLetter } from './normalize';
import { anchoredEnd, anchoredQuery, anchoredStart, MATCH, matchAnchored } from './search-anchored';
import { mixedColumns } from './search-mixed-columns';
import { tagKeysOf } from './search-tag-keys';
import { longestNonLetterRun, matchField, matchMixed, matchMixedAt, verifyOneEdit, type AltAt } from './search-match';
import { Field, Kind, scoreOf, synonymScore } from './search-rank';
import type { FieldKeys } from './search-types';

export class Run {
  count = 0;
  /** The query being scanned for: as typed, then each synonym variant. */
  q: string;
  /** Scanning a synonym variant: scores go below every direct match. */
  synonym = false;
  /** Tag position of the next `record` (scanTags). */
  private tag = -1;
  constructor(
    readonly h: Hydrated,
    q: string,
  ) {
    this.q = q;
  }

  /** Scans for the query as typed again (after its synonym variants). */
  restore(q: string): void {
    this.q = q;
    this.synonym = false;
  }

  /** Scans for a synonym variant of the query from now on. */
  widenTo(variant: string): void {
    this.q = variant;
    this.synonym = true;
  }

  private scored(field: Field, kind: Kind, atStart: boolean): number {
    const direct = scoreOf(field, kind, atStart);
    return this.synonym ? synonymScore(direct) : direct;
  }

  record(pos: number, field: Field, kind: Kind, a: number, b: number, fieldLen: number): void {
    const h = this.h;
    const score = this.scored(field, kind, a === 0);
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
    h.bestSyn[pos] = this.synonym ? 1 : 0;
    h.bestTag[pos] = this.tag;
  }

  /**
   * Finds the first hit per phrase of the query in a column and records it. Offsets recorded are
   * the column's own (units of the field, or letters of its pinyin). In pinyin columns a hit must
   * begin at a syllable; it may end inside one (`fah` → 发货).
   */
  scan(col: Column, field: Field, kind: Kind): void {
    const { str, start, phrase, isStart, postStart, postList } = col;
    const q = this.q;
    const buckets = segmentBuckets(col);
    const hit = (o: number): number => {
      const seg = segmentAt(start, buckets, o);
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
    if (postStart && postList && q.length === 2) {
      // Every 3-gram starting with the query: 38 ascending runs instead of an `indexOf` over the
      // whole column, whose misses (mid-syllable `hu` in `shu`) cost more than the hits.
      const first = gramPrefixOf(q, 0);
      for (let g = first; g < first + GRAM_SYMBOLS; g++) this.recordRun(col, postStart[g]!, postStart[g + 1]!, field, kind);
      // the column's last two characters begin no 3-gram
      const tail = str.length - 2;
      if (tail >= 0 && str.startsWith(q, tail) && (!isStart || isStart[tail])) hit(tail);
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
   * Finds the first hit per phrase of the query, as written, in a folded-text column: through the
   * offsets of its rarest character (the same hits, in the same order, as an `indexOf` scan).
   */
  scanLiteral(col: Column, field: Field): void {
    const { str, start, phrase } = col;
    const q = this.q;
    const { offsets, shift } = candidatesOf(col, q);
    const buckets = segmentBuckets(col);
    let from = 0;
    for (let k = 0; k < offsets.length; k++) {
      const o = offsets[k]! - shift;
      if (o < from || (q.length > 1 && !str.startsWith(q, o))) continue;
      const seg = segmentAt(start, buckets, o);
      const s0 = start[seg]!;
      const end = start[seg + 1]! - 1;
      this.record(phrase[seg]!, field, Kind.Literal, o - s0, o - s0 + q.length, end - s0);
      from = end + 1;
    }
  }

  /**
   * Records the hits `postList[k..stop)` of a 2-letter query (ascending offsets), the first per
   * phrase: the hot loop of short queries, which may hit most phrases, so written out flat.
   */
  private recordRun(col: Column, k: number, stop: number, field: Field, kind: Kind): void {
    const { start, phrase, postList } = col;
    const buckets = segmentBuckets(col);
    const { best, bestField, bestKind, bestA, bestB, bestCov, bestSyn, bestTag, touched } = this.h;
    const atStart = this.scored(field, kind, true);
    const inside = this.scored(field, kind, false);
    const synonym = this.synonym ? 1 : 0;
    let from = 0;
    for (; k < stop; k++) {
      const o = postList![k]!;
      if (o < from) continue;
      const seg = segmentAt(start, buckets, o);
      const s0 = start[seg]!;
      from = start[seg + 1]!;
      const pos = phrase[seg]!;
      const a = o - s0;
      const score = a === 0 ? atStart : inside;
      const len = from - 1 - s0;
      const cov = len > 0 ? 2 / len : 0;
      const prev = best[pos]!;
      if (prev < 0) touched[this.count++] = pos;
      // same score: the same column, so offsets compare; keep the leftmost hit, as a scan in order would
      else if (score < prev || (score === prev && (cov < bestCov[pos]! || (cov === bestCov[pos]! && a >= bestA[pos]!)))) continue;
      best[pos] = score;
      bestField[pos] = field;
      bestKind[pos] = kind;
      bestA[pos] = a;
      bestB[pos] = a + 2;
      bestCov[pos] = cov;
      bestSyn[pos] = synonym;
      bestTag[pos] = -1;
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
   * `[u - lettersBefore, u]`: the matcher only tries that window. Before that, a check on the
   * initials column drops most candidates: every letter piece starts with its unit's initial, so
   * the unit after the anchor must have the next letter as initial, and the unit before it an
   * initial found in the letters before (退货 is no candidate for `fa货`). The common shape
   * (letters, one run of characters, letters) skips both: `matchAnchored` answers from reading
   * ids where that is exact, which is everywhere but fields with characters outside the BMP and
   * runs that occur twice within reach of the letters.
   */
  scanMixed(cols: FieldColumns, pick: (pos: number) => FieldKeys, field: Field): void {
    const q = this.q;
    const anchor = longestNonLetterRun(q);
    const before = q.indexOf(anchor);
    const after = before + anchor.length;
    let runStart = before;
    while (runStart > 0 && isAsciiLetter(q.charCodeAt(runStart - 1))) runStart--;
    const lettersBefore = q.slice(runStart, before);
    const nextLetter = after < q.length ? q.charCodeAt(after) : -1;
    const { str, start, phrase } = cols.norm;
    // Both have the folded text's segments and offsets; '\n' between fields fails every test.
    const ini = cols.ini.str;
    const packed = mixedColumns(cols, pick);
    const alt = packed.alt;
    const { py, py2 } = cols;
    const altAt: AltAt = { p2: py2.str, p2Base: 0, l2: packed.l2 };
    // Letters that may begin the unit just before the anchor (and the one after), as byte tables.
    const beforeSet = new Uint8Array(128);
    for (let k = 0; k < lettersBefore.length; k++) beforeSet[lettersBefore.charCodeAt(k)] = 1;
    beforeSet[32] = 1; // no initial (a surrogate's 2nd half): the matcher decides
    const nextSet = new Uint8Array(128);
    if (nextLetter >= 0) nextSet[nextLetter] = nextSet[32] = 1;
    const plausible = (o: number): boolean => {
      if (nextLetter >= 0) {
        const n = o + anchor.length;
        if (nextSet[ini.charCodeAt(n) & 127] !== 1 && nextSet[alt.charCodeAt(n) & 127] !== 1) return false;
      }
      if (lettersBefore) {
        if (beforeSet[ini.charCodeAt(o - 1) & 127] !== 1 && beforeSet[alt.charCodeAt(o - 1) & 127] !== 1) return false;
      }
      return true;
    };
    // Letters, one run of characters, letters: matched around the run (search-anchored.ts).
    const rc = packed.readings;
    const aq = rc ? anchoredQuery(q) : null;
    const nb = aq ? aq.before.length : 0;
    const buckets = segmentBuckets(cols.norm);
    // Occurrences are visited in order within a field, so the one before and the one after tell
    // whether another lies within reach of the letters before the run.
    let prev = -1;
    // The run's occurrences, ascending, through the offsets of its rarest character.
    const { offsets, shift } = candidatesOf(cols.norm, anchor);
    let k = 0;
    const occurrence = (at: number): number => {
      for (; k < offsets.length; k++) {
        const o = offsets[k]! - shift;
        if (o >= at && (anchor.length === 1 || str.startsWith(anchor, o))) return o;
      }
      return -1;
    };
    let o = occurrence(0);
    while (o >= 0) {
      k++;
      const next = nb > 0 ? occurrence(o + 1) : -2;
      let from = o + 1;
      const seg = segmentAt(start, buckets, o);
      // A letter may cover two units in a wide field: the checks below assume one, so only the full matcher there.
      const wide = rc !== null && rc.wide[seg] === 1;
      const s0 = start[seg]!;
      const u = o - s0;
      const alone = nb === 0 || (prev < s0 + Math.max(1, u - nb + 1) && (next < 0 || next > o + nb));
      if (aq && alone && !wide) {
        const end = start[seg + 1]! - 1;
        if (matchAnchored(aq, rc!, s0, end - s0, u, packed.altSeg[seg]! >= 0) === MATCH) {
          this.record(phrase[seg]!, field, Kind.Mixed, anchoredStart, anchoredEnd, end - s0);
          from = end + 1;
        }
      } else if (wide || plausible(o)) {
        const end = start[seg + 1]! - 1;
        const pos = phrase[seg]!;
        // Read in the columns: no phrase object touched (they lie all over the heap).
        const seg2 = packed.altSeg[seg]!;
        let other: AltAt | null = null;
        if (seg2 >= 0) {
          altAt.p2Base = py2.start[seg2]!;
          other = altAt;
        }
        const m = packed.l
          ? matchMixedAt(str, packed.l, s0, end - s0, py.str, py.start[seg]!, other, q, u - before, u)
          : matchMixed(pick(pos), q, u - before, u);
        if (m) {
          this.record(pos, field, Kind.Mixed, m[0], m[1], end - s0);
          from = end + 1;
        }
      }
      prev = o;
      o = next === -2 || (next >= 0 && next < from) ? occurrence(from) : next;
    }
  }

  /**
   * Tags match as written (folded), anywhere in the tag: `差评` finds every phrase tagged 差评; with
   * letters, by their pinyin too, like group names (`cp`, `chaping`, `cha评`).
   */
  scanTags(letters: boolean): void {
    const { index, tagNames } = this.h;
    const tags = index.tags ?? [];
    const q = this.q;
    const keys = /[a-z]/.test(q) ? tagKeysOf(this.h) : null;
    for (let t = 0; t < tags.length; t++) {
      const name = tagNames[t]!;
      const tagKeys = keys?.[t];
      let kind = Kind.Literal;
      let a = name.indexOf(q);
      let b = a + q.length;
      if (a < 0 && tagKeys) {
        const m = matchField(tagKeys, q, letters);
        if (m) ({ kind, a, b } = m);
      }
      if (a < 0) continue;
      this.tag = t;
      for (const pos of tags[t]!.members) this.record(pos, Field.Tag, kind, a, b, name.length);
    }
    this.tag = -1;
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
