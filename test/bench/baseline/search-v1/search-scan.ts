/**
 * One query's run over the packed columns: each scan finds the first hit per phrase and records
 * the best score, field, kind and range per phrase in the hydrated scratch arrays.
 */
import { gramOf, segmentOf, type Column, type Hydrated } from './search-columns';
import { longestNonLetterRun, matchField, matchMixed, verifyOneEdit } from './search-match';
import { Field, Kind, scoreOf } from './search-rank';
import type { FieldKeys } from '../../../../core/phrases/search-types';

export class Run {
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
