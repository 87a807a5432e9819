import { PHRASE_STAGES, type PhraseStage } from '../phrases';
import type { PhraseUsageRecord, UsageEntry } from './model';

export const STALE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;
export const TOP_PER_STAGE = 5;

export type StageKey = PhraseStage | 'none';

export interface UsageReport {
  /** Phrases never inserted on this machine, in the order given. */
  neverUsed: string[];
  /** Phrases used before, but not in the last 30 days, in the order given. */
  staleSince30Days: string[];
  /** The most inserted phrases of each stage (`none` = no stage), most used first, at most 5 each. */
  topByStage: Record<StageKey, { id: string; count: number }[]>;
  /** Insertions of the given phrases, all together. */
  totalInsertions: number;
}

/** `{ phraseId: { count, lastUsedAt } }` from the stored usage records (what the snapshot carries). */
export function usageMap(records: readonly PhraseUsageRecord[]): Record<string, UsageEntry> {
  const out: Record<string, UsageEntry> = {};
  for (const r of records) out[r.phraseId] = { count: r.count, lastUsedAt: r.lastUsedAt };
  return out;
}

/** What an owner reviews: unused phrases, stale ones, the favourites of each stage. Pure. */
export function usageReport(
  phrases: readonly { id: string; stage?: PhraseStage | null }[],
  usage: Readonly<Record<string, UsageEntry | undefined>>,
  now: number,
): UsageReport {
  const neverUsed: string[] = [];
  const staleSince30Days: string[] = [];
  const byStage = new Map<StageKey, { id: string; count: number; lastUsedAt: number }[]>();
  let totalInsertions = 0;
  for (const phrase of phrases) {
    const entry = Object.hasOwn(usage, phrase.id) ? usage[phrase.id] : undefined;
    if (!entry || entry.count <= 0) {
      neverUsed.push(phrase.id);
      continue;
    }
    totalInsertions += entry.count;
    if (now - entry.lastUsedAt > STALE_AFTER_MS) staleSince30Days.push(phrase.id);
    const key: StageKey = phrase.stage ?? 'none';
    const list = byStage.get(key) ?? [];
    list.push({ id: phrase.id, count: entry.count, lastUsedAt: entry.lastUsedAt });
    byStage.set(key, list);
  }
  const topByStage = {} as UsageReport['topByStage'];
  for (const key of [...PHRASE_STAGES, 'none'] as const) {
    topByStage[key] = (byStage.get(key) ?? [])
      .sort((a, b) => b.count - a.count || b.lastUsedAt - a.lastUsedAt)
      .slice(0, TOP_PER_STAGE)
      .map(({ id, count }) => ({ id, count }));
  }
  return { neverUsed, staleSince30Days, topByStage, totalInsertions };
}
