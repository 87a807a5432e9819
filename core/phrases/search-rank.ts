/**
 * How search hits are scored and ranked: match kinds and fields, their tiers, and the bounded
 * top-k that orders the page (usage, last use, coverage, index order break ties).
 */
import type { MatchField, SearchOptions } from './search-types';
import type { Hydrated } from './search-columns';

export const enum Kind {
  Literal,
  Initials,
  Mixed,
  Pinyin,
  PinyinAlt,
  Typo,
  CodeExact,
  CodePrefix,
}

export const enum Field {
  Code,
  Title,
  Text,
  Group,
  Tag,
}

export const FIELD_NAMES: readonly MatchField[] = ['code', 'title', 'text', 'group', 'tag'];

/** Tiers far enough apart that no bonus crosses them: exact code > code prefix > title > text > tag > group. */
const FIELD_BASE = [900, 700, 500, 300, 400];
const KIND_BONUS = [40, 20, 30, 30, 25, 0, 100, 0];
const START_BONUS = 10;
/** Typo matches rank below every exact match. */
const TYPO_BASE = 100;
export const TYPO_MIN_LENGTH = 4;

/**
 * A match of a synonym-widened query: below every direct match (the lowest, a group match, is
 * 320), above typos (≤ 160), in the same order of fields and kinds as direct matches.
 */
export function synonymScore(direct: number): number {
  return 160 + direct / 10;
}

export function scoreOf(field: Field, kind: Kind, atStart: boolean): number {
  if (kind === Kind.Typo) return TYPO_BASE + (field === Field.Title ? 50 : 0) + (atStart ? START_BONUS : 0);
  return FIELD_BASE[field]! + KIND_BONUS[kind]! + (atStart ? START_BONUS : 0);
}

export function selectTop(h: Hydrated, count: number, limit: number, options: SearchOptions): number[] {
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
