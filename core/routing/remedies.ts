import { onlineHours, trimTo, unionOf } from './schedule';
import type { OnlineInterval, Scenario } from './schema';

/** A concrete change an owner can make in the routing settings (DOMAIN §5 remedies), as data. */
export type RoutingChange =
  /** Give agents of similar weight the same online time (the union of their hours). */
  | { kind: 'equalise-online'; agents: { id: string; fromHours: number }[]; toHours: number; online: OnlineInterval[] }
  /** Shorten the online time of the agent who gets the most (cut from the end of the day). */
  | { kind: 'shorten-online'; agent: string; fromHours: number; toHours: number; online: OnlineInterval[] }
  /** New weights. */
  | { kind: 'adjust-weights'; weights: { id: string; from: number; to: number }[] }
  /** Stop binding these order states to the group (they go to everyone). */
  | { kind: 'unbind-group'; group: string; orderStates: string[] }
  /** Put an agent into a bound group. */
  | { kind: 'move-to-group'; agent: string; from?: string; to: string }
  /** The agent replies faster (fewer buyers wait, so it is busy less often). */
  | { kind: 'faster-reply'; agent: string; fromSeconds: number; toSeconds: number };

/** What the remedies look at besides the scenario: each agent's predicted share and busy time. */
export interface Baseline {
  shares: readonly number[];
  busyShares: readonly number[];
}

/** Agents whose weights are within this ratio count as "similar weight". */
const SIMILAR_WEIGHT = 1.25;
/** An agent busy this share of its online time is worth a faster-reply remedy. */
const BUSY_ENOUGH = 0.03;
const MAX_WEIGHT = 1000;
/** Offsetting weights change an agent's weight by at most this factor (beyond it, other remedies fit better). */
const MAX_WEIGHT_FACTOR = 10;

/** Predicted mean shares of a scenario (the recommender simulates it on its seeds). */
export type PredictShares = (scenario: Scenario) => number[];

/** Rounds of offsetting weights: each re-predicts the shares and corrects the weights again. */
const WEIGHT_ROUNDS = 3;

/** Candidate changes for the scenario, each with the scenario it gives. Unchanged ones are left out. */
export function candidateChanges(scenario: Scenario, baseline: Baseline, predict: PredictShares): { change: RoutingChange; scenario: Scenario }[] {
  const out: { change: RoutingChange; scenario: Scenario }[] = [];
  const agents = scenario.agents;
  const { shares } = baseline;
  const top = shares.indexOf(Math.max(...shares));
  const bottom = shares.indexOf(Math.min(...shares));
  const withAgents = (edit: (agent: Scenario['agents'][number], index: number) => Scenario['agents'][number]) => ({ ...scenario, agents: agents.map(edit) });

  // Equalise online time within each cluster of similar weights.
  for (const cluster of weightClusters(scenario)) {
    const hours = cluster.map((i) => onlineHours(agents[i]!.online));
    if (cluster.length < 2 || hours.every((h) => h === hours[0])) continue;
    const online = unionOf(cluster.map((i) => agents[i]!.online));
    out.push({
      change: { kind: 'equalise-online', agents: cluster.map((i, k) => ({ id: agents[i]!.id, fromHours: hours[k]! })), toHours: onlineHours(online), online },
      scenario: withAgents((a, i) => (cluster.includes(i) ? { ...a, online } : a)),
    });
  }

  // Shorten the top agent's hours until hours × weight match the bottom agent's.
  const topAgent = agents[top]!;
  const bottomAgent = agents[bottom]!;
  const topHours = onlineHours(topAgent.online);
  if (top !== bottom && topAgent.weight > 0) {
    const target = Math.max(1, (onlineHours(bottomAgent.online) * bottomAgent.weight) / topAgent.weight);
    if (target < topHours - 0.25) {
      const online = trimTo(topAgent.online, target);
      out.push({
        change: { kind: 'shorten-online', agent: topAgent.id, fromHours: topHours, toHours: onlineHours(online), online },
        scenario: withAgents((a, i) => (i === top ? { ...a, online } : a)),
      });
    }
  }

  // Weights: the same for everyone, and weights that offset the predicted shares.
  const weightsChange = (next: readonly number[]) => {
    if (next.every((w, i) => w === agents[i]!.weight)) return;
    out.push({
      change: { kind: 'adjust-weights', weights: agents.map((a, i) => ({ id: a.id, from: a.weight, to: next[i]! })) },
      scenario: withAgents((a, i) => ({ ...a, weight: next[i]! })),
    });
  };
  const highest = Math.max(...agents.map((a) => a.weight));
  weightsChange(agents.map(() => highest));
  // Weights act only on buyers not taken by earlier rules, so offset, predict, and offset again.
  let offset = scenario;
  let offsetShares = shares;
  for (let round = 0; round < WEIGHT_ROUNDS; round++) {
    const next = offsettingWeights(offset, offsetShares, scenario);
    if (next.every((w, i) => w === offset.agents[i]!.weight)) break;
    offset = { ...offset, agents: offset.agents.map((a, i) => ({ ...a, weight: next[i]! })) };
    if (round + 1 < WEIGHT_ROUNDS) offsetShares = predict(offset);
  }
  weightsChange(offset.agents.map((a) => a.weight));

  // Rebind groups: unbind each bound group; or bring the least-served agent into the top agent's bound group.
  for (const group of scenario.groups ?? []) {
    if (group.orderStates.length === 0) continue;
    out.push({
      change: { kind: 'unbind-group', group: group.id, orderStates: group.orderStates },
      scenario: { ...scenario, groups: scenario.groups!.map((g) => (g.id === group.id ? { ...g, orderStates: [] } : g)) },
    });
  }
  const topGroup = scenario.groups?.find((g) => g.id === topAgent.group && g.orderStates.length > 0);
  if (topGroup && top !== bottom && bottomAgent.group !== topGroup.id) {
    out.push({
      change: { kind: 'move-to-group', agent: bottomAgent.id, ...(bottomAgent.group === undefined ? {} : { from: bottomAgent.group }), to: topGroup.id },
      scenario: withAgents((a, i) => (i === bottom ? { ...a, group: topGroup.id } : a)),
    });
  }

  // Faster replies for slow agents who are often busy.
  const fastest = Math.min(...agents.map((a) => a.replySeconds));
  agents.forEach((agent, i) => {
    if (agent.replySeconds <= fastest || (baseline.busyShares[i] ?? 0) < BUSY_ENOUGH) return;
    out.push({
      change: { kind: 'faster-reply', agent: agent.id, fromSeconds: agent.replySeconds, toSeconds: fastest },
      scenario: withAgents((a, k) => (k === i ? { ...a, replySeconds: fastest } : a)),
    });
  });
  return out;
}

/** Sorted by weight, agents whose weights are within `SIMILAR_WEIGHT` of the cluster's lightest. */
function weightClusters(scenario: Scenario): number[][] {
  const order = scenario.agents.map((_, i) => i).sort((a, b) => scenario.agents[a]!.weight - scenario.agents[b]!.weight);
  const clusters: number[][] = [];
  for (const i of order) {
    const last = clusters.at(-1);
    const lightest = last ? scenario.agents[last[0]!]!.weight : 0;
    if (last && scenario.agents[i]!.weight <= lightest * SIMILAR_WEIGHT) last.push(i);
    else clusters.push([i]);
  }
  return clusters;
}

/**
 * Weights in inverse proportion to the predicted shares (an agent with half the fair share gets
 * twice the weight), to one decimal, the lightest kept at its current weight (at least 1).
 * Agents never online or without any buyer keep theirs.
 */
function offsettingWeights(scenario: Scenario, shares: readonly number[], original: Scenario): number[] {
  const agents = scenario.agents;
  const raw = agents.map((a, i) => (shares[i]! > 0 && onlineHours(a.online) > 0 ? Math.max(a.weight, 1) / shares[i]! : 0));
  const positive = raw.filter((r) => r > 0);
  if (positive.length < 2) return agents.map((a) => a.weight);
  const lightest = Math.max(1, Math.min(...agents.map((a) => a.weight)));
  const scale = lightest / Math.min(...positive);
  return agents.map((a, i) => {
    if (raw[i]! <= 0) return a.weight;
    const capped = Math.min(raw[i]! * scale, Math.max(original.agents[i]!.weight, 1) * MAX_WEIGHT_FACTOR, MAX_WEIGHT);
    return Math.max(1, Math.round(capped * 10) / 10);
  });
}
