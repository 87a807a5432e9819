import { gapPoints, jainIndex } from './measures';
import { DEFAULT_RUNS, simulateMany, seedsFor, type RoutingAnalysisOptions } from './monte-carlo';
import { candidateChanges, type RoutingChange } from './remedies';
import type { Scenario } from './schema';

export interface Recommendation {
  change: RoutingChange;
  /** The scenario after the change (for the what-if editor). */
  scenario: Scenario;
  /** Predicted mean shares after the change. */
  predicted: { id: string; share: number }[];
  /** Jain's index on the predicted shares (1 = everyone equal). */
  jainCount: number;
  /** Share points between the most- and least-served agents after the change. */
  gapPoints: number;
}

/** A change must lift Jain's index by at least this much to be recommended (below it is noise). */
const MIN_GAIN = 0.002;

/**
 * Changes from the remedies of DOMAIN §5, each re-simulated on the same seeds as the scenario;
 * those that bring the shares closer to equal, best first (highest Jain's index, then smallest gap).
 */
export function recommendRouting(scenario: Scenario, options: RoutingAnalysisOptions = {}): Recommendation[] {
  const seeds = seedsFor(scenario, options.runs ?? DEFAULT_RUNS);
  const base = simulateMany(scenario, seeds);
  const shares = base.agents.map((a) => a.share.mean);
  const baseJain = jainIndex(shares);
  const seen = new Set<string>();
  const out: Recommendation[] = [];
  const predict = (next: Scenario) => simulateMany(next, seeds).agents.map((a) => a.share.mean);
  const baseline = { shares, busyShares: base.agents.map((a) => a.busyShare.mean) };
  for (const candidate of candidateChanges(scenario, baseline, predict)) {
    const key = JSON.stringify(candidate.scenario);
    if (seen.has(key)) continue;
    seen.add(key);
    const predicted = simulateMany(candidate.scenario, seeds).agents.map((a) => ({ id: a.id, share: a.share.mean }));
    const values = predicted.map((p) => p.share);
    const jainCount = jainIndex(values);
    if (jainCount < baseJain + MIN_GAIN) continue;
    out.push({ ...candidate, predicted, jainCount, gapPoints: Math.round(gapPoints(values) * 10) / 10 });
  }
  return out.sort((a, b) => b.jainCount - a.jainCount || a.gapPoints - b.gapPoints);
}
