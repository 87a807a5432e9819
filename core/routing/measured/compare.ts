import { say, type Lang } from '../../i18n';
import type { RoutingEstimate } from '../monte-carlo';
import type { MeasuredDay } from './day';

/** An agent's measured share: mean buyers per measured day, over the team's sum of those means. */
export interface MeasuredShare {
  id: string;
  name: string;
  days: number;
  perDay: number;
  share: number;
}

/** Points (of 100) between reality and the model beyond which we say reality departs. */
export const DEPARTURE_POINTS = 5;

/**
 * Each agent's share of the buyers actually received. Means per day, so that an agent whose files
 * cover more days does not look as if it got more.
 */
export function measuredShares(days: readonly MeasuredDay[]): MeasuredShare[] {
  const byAgent = new Map<string, { name: string; days: number; total: number }>();
  for (const day of days) {
    const entry = byAgent.get(day.agentId) ?? { name: day.agentName, days: 0, total: 0 };
    entry.days += 1;
    entry.total += day.total;
    entry.name = day.agentName;
    byAgent.set(day.agentId, entry);
  }
  const rows = [...byAgent].map(([id, e]) => ({ id, name: e.name, days: e.days, perDay: e.total / e.days }));
  const sum = rows.reduce((s, r) => s + r.perDay, 0);
  return rows.map((r) => ({ ...r, share: sum > 0 ? r.perDay / sum : 0 }));
}

export interface RealityRow {
  id: string;
  name: string;
  /** Shares 0–1. */
  actual: number;
  simulated: number;
  /** The simulation's 95% range of the share. */
  low: number;
  high: number;
  /** actual − simulated, in points (of 100). */
  gapPoints: number;
  /** Reality is more than `threshold` points away from the model. */
  departs: boolean;
}

export interface RealityComparison {
  rows: RealityRow[];
  /** The rows that depart, largest gap first. */
  departures: RealityRow[];
  threshold: number;
}

/** Per agent: the share it actually got against the share the simulation predicts, and where they part. */
export function compareWithReality(measured: readonly MeasuredShare[], estimate: RoutingEstimate, options: { threshold?: number } = {}): RealityComparison {
  const threshold = options.threshold ?? DEPARTURE_POINTS;
  const simulated = new Map(estimate.agents.map((a) => [a.id, a.share]));
  const rows = measured.map((m): RealityRow => {
    const share = simulated.get(m.id);
    const mean = share?.mean ?? 0;
    const gapPoints = Math.round((m.share - mean) * 1000) / 10;
    return { id: m.id, name: m.name, actual: m.share, simulated: mean, low: share?.low ?? 0, high: share?.high ?? 0, gapPoints, departs: Math.abs(gapPoints) > threshold };
  });
  const departures = rows.filter((r) => r.departs).sort((a, b) => Math.abs(b.gapPoints) - Math.abs(a.gapPoints));
  return { rows, departures, threshold };
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** One agent's line: what happened, what the model says, and whether reality departs. */
export function describeReality(row: RealityRow, lang: Lang): string {
  const gap = Math.abs(row.gapPoints);
  if (!row.departs) {
    return say(lang, `${row.name}：实际 ${pct(row.actual)}，模拟 ${pct(row.simulated)}，与模型相符`, `${row.name}: actual ${pct(row.actual)}, simulated ${pct(row.simulated)}, as the model predicts`);
  }
  return row.gapPoints > 0
    ? say(
        lang,
        `${row.name}：实际 ${pct(row.actual)}，模拟 ${pct(row.simulated)}，实际多了 ${gap} 个百分点——现实偏离模型（可能有未记录的规则、权重或在线时间）`,
        `${row.name}: actual ${pct(row.actual)}, simulated ${pct(row.simulated)}, ${gap} points more in reality — reality departs from the model (a rule, weight or online time it does not know?)`,
      )
    : say(
        lang,
        `${row.name}：实际 ${pct(row.actual)}，模拟 ${pct(row.simulated)}，实际少了 ${gap} 个百分点——现实偏离模型（可能有未记录的规则、权重或在线时间）`,
        `${row.name}: actual ${pct(row.actual)}, simulated ${pct(row.simulated)}, ${gap} points less in reality — reality departs from the model (a rule, weight or online time it does not know?)`,
      );
}

/** The comparison's headline. */
export function describeComparison(comparison: RealityComparison, lang: Lang): string {
  const n = comparison.departures.length;
  if (n === 0) return say(lang, `每位客服的实际份额都在模拟的 ${comparison.threshold} 个百分点以内。`, `Every agent's actual share is within ${comparison.threshold} points of the simulation.`);
  return say(lang, `${n} 位客服的实际份额与模拟相差超过 ${comparison.threshold} 个百分点。`, `${n} agent(s) differ from the simulation by more than ${comparison.threshold} points.`);
}
