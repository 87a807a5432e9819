import { deriveSeed } from './prng';
import type { Scenario } from './schema';
import { DEFAULT_SEED, simulateRouting, type RoutingOutcome } from './simulate';

/** A figure over many runs: its mean and the range holding the middle 95% of runs. */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

export interface AgentEstimate {
  id: string;
  assigned: Estimate;
  share: Estimate;
  perOnlineHour: Estimate;
  busyShare: Estimate;
  onlineHours: number;
  /** Mean buyers per hour of the day, per day. */
  byHour: number[];
  /** Mean share of each hour's online time spent busy. */
  busyByHour: number[];
}

export interface RoutingEstimate {
  runs: number;
  agents: AgentEstimate[];
  total: Estimate;
  unassigned: Estimate;
  jainCount: Estimate;
  jainLoad: Estimate;
}

/** How explain and recommend simulate each variant. */
export interface RoutingAnalysisOptions {
  /** Seeds averaged for each variant (the same seeds for all, so variants differ only by the change). */
  runs?: number;
}

export const DEFAULT_RUNS = 8;

/** The seeds of `count` runs started from the scenario's seed. */
export function seedsFor(scenario: Scenario, count: number): number[] {
  const base = scenario.seed ?? DEFAULT_SEED;
  return Array.from({ length: Math.max(1, Math.floor(count)) }, (_, i) => deriveSeed(base, i));
}

/**
 * Monte Carlo over seeds: `seeds` is a number of runs (seeds derived from the scenario's seed) or
 * the seeds themselves. Each figure comes with the interval the middle 95% of runs fall in.
 */
export function simulateMany(scenario: Scenario, seeds: number | readonly number[]): RoutingEstimate {
  const list = typeof seeds === 'number' ? seedsFor(scenario, seeds) : seeds.length > 0 ? seeds : seedsFor(scenario, 1);
  const runs: RoutingOutcome[] = list.map((seed) => simulateRouting({ ...scenario, seed }));
  const over = (pick: (run: RoutingOutcome) => number) => estimate(runs.map(pick));
  const meanOf = (pick: (run: RoutingOutcome) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    runs: runs.length,
    agents: scenario.agents.map((agent, a) => ({
      id: agent.id,
      assigned: over((r) => r.agents[a]!.assigned),
      share: over((r) => r.agents[a]!.share),
      perOnlineHour: over((r) => r.agents[a]!.perOnlineHour),
      busyShare: over((r) => r.agents[a]!.busyShare),
      onlineHours: runs[0]!.agents[a]!.onlineHours,
      byHour: Array.from({ length: 24 }, (_, h) => meanOf((r) => r.agents[a]!.byHour[h]!)),
      busyByHour: Array.from({ length: 24 }, (_, h) => meanOf((r) => r.agents[a]!.busyByHour[h]!)),
    })),
    total: over((r) => r.total),
    unassigned: over((r) => r.unassigned),
    jainCount: over((r) => r.jainCount),
    jainLoad: over((r) => r.jainLoad),
  };
}

/** Mean and 2.5th–97.5th percentiles (linear between ranks). */
export function estimate(values: readonly number[]): Estimate {
  if (values.length === 0) return { mean: 0, low: 0, high: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const rank = q * (sorted.length - 1);
    const below = Math.floor(rank);
    const above = Math.min(sorted.length - 1, below + 1);
    return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
  };
  return { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, low: at(0.025), high: at(0.975) };
}
