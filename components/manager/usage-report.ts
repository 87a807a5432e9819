import { STAGES, type ManagedPhrase, type PhraseUsage, type Stage } from './manager-api';

const DAY = 24 * 60 * 60 * 1000;

export interface UsageReport {
  neverUsed: ManagedPhrase[];
  /** Used before, but not within `staleDays`. */
  stale: ManagedPhrase[];
  /** Most used first, per stage (`none` for phrases without one); phrases never used are left out. */
  topByStage: { stage: Stage | 'none'; top: { phrase: ManagedPhrase; count: number }[] }[];
}

/** Never used, not used lately and the most used phrases per stage, from the local usage counts. */
export function usageReport(
  phrases: readonly ManagedPhrase[],
  usage: Readonly<Record<string, PhraseUsage | undefined>>,
  now: number,
  { staleDays = 30, top = 5 }: { staleDays?: number; top?: number } = {},
): UsageReport {
  const neverUsed: ManagedPhrase[] = [];
  const stale: ManagedPhrase[] = [];
  const byStage = new Map<Stage | 'none', { phrase: ManagedPhrase; count: number }[]>();
  for (const phrase of phrases) {
    const u = usage[phrase.id];
    if (!u || u.count <= 0) {
      neverUsed.push(phrase);
      continue;
    }
    if (now - u.lastUsedAt > staleDays * DAY) stale.push(phrase);
    const stage = phrase.stage ?? 'none';
    const list = byStage.get(stage) ?? [];
    list.push({ phrase, count: u.count });
    byStage.set(stage, list);
  }
  stale.sort((a, b) => (usage[a.id]?.lastUsedAt ?? 0) - (usage[b.id]?.lastUsedAt ?? 0));
  const topByStage = [...STAGES, 'none' as const].flatMap((stage) => {
    const list = byStage.get(stage);
    if (!list) return [];
    return [{ stage, top: list.sort((a, b) => b.count - a.count).slice(0, top) }];
  });
  return { neverUsed, stale, topByStage };
}
