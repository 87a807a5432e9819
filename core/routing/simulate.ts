import { arrivalTimes } from './arrivals';
import { RecentContacts } from './contacts';
import { jainIndex } from './measures';
import { createRandom, type Random } from './prng';
import { BUSY_ABOVE, ReplyQueue } from './queue';
import { MINUTES_PER_DAY, onlineMask } from './schedule';
import type { Scenario } from './schema';

/** One agent's result of a run. */
export interface AgentOutcome {
  id: string;
  /** Buyers routed to the agent over all days. */
  assigned: number;
  /** assigned / all assigned buyers (0–1). */
  share: number;
  /** Buyers per hour online. */
  perOnlineHour: number;
  /** Share of the agent's online time with more than 4 buyers waiting (0–1). */
  busyShare: number;
  /** Online hours per day. */
  onlineHours: number;
  /** Buyers routed in each hour of the day, per day (for the chart against online intervals). */
  byHour: number[];
  /** Share of each hour's online time spent busy (0 where the agent is not online). */
  busyByHour: number[];
}

export interface RoutingOutcome {
  agents: AgentOutcome[];
  /** Buyers routed to an agent. */
  total: number;
  /** Buyers who came when no agent was online. */
  unassigned: number;
  /** Jain's index on assigned counts. */
  jainCount: number;
  /** Jain's index on buyers per online hour, over agents with online time. */
  jainLoad: number;
}

export const DEFAULT_SEED = 1;

/**
 * One run of the routing rules of DOMAIN §5 over the scenario's days, in this order for each
 * inquiry: (1) a returning buyer goes back to the agent of their last 72 h contact if that agent is
 * online; (2) a buyer whose order state is bound to a group goes to that group's online agents
 * (anyone online if none of them is), any other buyer to any online agent; (3) agents with more
 * than 4 buyers waiting are passed over unless every candidate is; (4) pick in proportion to
 * weight. Same scenario and seed, same outcome.
 */
export function simulateRouting(scenario: Scenario): RoutingOutcome {
  const random = createRandom(scenario.seed ?? DEFAULT_SEED);
  const days = scenario.days ?? 1;
  const agents = scenario.agents;
  const n = agents.length;

  // mask[minute * n + a]: agent a online at that minute of the day.
  const mask = new Uint8Array(MINUTES_PER_DAY * n);
  const onlineMinutes = new Float64Array(n);
  agents.forEach((agent, a) =>
    onlineMask(agent.online).forEach((on, m) => {
      mask[m * n + a] = on;
      onlineMinutes[a] = onlineMinutes[a]! + on;
    }),
  );

  const groupIndex = new Map((scenario.groups ?? []).map((g, i) => [g.id, i]));
  const agentGroup = Int32Array.from(agents, (a) => (a.group === undefined ? -1 : (groupIndex.get(a.group) ?? -1)));
  const weights = Float64Array.from(agents, (a) => a.weight);
  const states = orderStateDraw(scenario, groupIndex);

  const end = days * 86400;
  const busySeconds = new Float64Array(n);
  const busyByHour = new Float64Array(n * 24);
  const queues = agents.map(
    (agent, a) =>
      new ReplyQueue(agent.replySeconds, (start, stop) => {
        // Busy time counts only while the agent is online.
        const last = Math.min(stop, end);
        for (let m = Math.floor(start / 60); m * 60 < last; m++) {
          const minute = m % MINUTES_PER_DAY;
          if (mask[minute * n + a] === 0) continue;
          const slice = Math.min(last, (m + 1) * 60) - Math.max(start, m * 60);
          busySeconds[a] = busySeconds[a]! + slice;
          const at = a * 24 + Math.floor(minute / 60);
          busyByHour[at] = busyByHour[at]! + slice;
        }
      }),
  );
  const contacts = new RecentContacts(agents.map((a) => a.recentContacts ?? 0));

  const assigned = new Float64Array(n);
  const byHour = new Float64Array(n * 24);
  const candidates = new Int32Array(n);
  const returningShare = scenario.traffic.returningShare;
  let unassigned = 0;

  /** Rules 2–4 for a buyer at time t, minute of day `minute`; -1 when nobody is online. */
  const choose = (t: number, minute: number, bound: number): number => {
    let count = 0;
    const row = minute * n;
    if (bound >= 0) for (let a = 0; a < n; a++) if (mask[row + a] === 1 && agentGroup[a] === bound) candidates[count++] = a;
    if (count === 0) for (let a = 0; a < n; a++) if (mask[row + a] === 1) candidates[count++] = a;
    if (count === 0) return -1;
    let idleWeight = 0;
    let idle = 0;
    let allWeight = 0;
    for (let i = 0; i < count; i++) {
      const a = candidates[i]!;
      queues[a]!.advance(t);
      allWeight += weights[a]!;
      if (queues[a]!.waiting <= BUSY_ABOVE) {
        idle += 1;
        idleWeight += weights[a]!;
      }
    }
    const onlyIdle = idle > 0;
    const pool = onlyIdle ? idle : count;
    const total = onlyIdle ? idleWeight : allWeight;
    // Nobody has a weight: pick evenly.
    let r = random() * (total > 0 ? total : pool);
    let lastEligible = -1;
    for (let i = 0; i < count; i++) {
      const a = candidates[i]!;
      if (onlyIdle && queues[a]!.waiting > BUSY_ABOVE) continue;
      lastEligible = a;
      r -= total > 0 ? weights[a]! : 1;
      if (r < 0) return a;
    }
    return lastEligible;
  };

  const times = arrivalTimes(scenario.traffic.perHour, days, random);
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const hour = Math.floor(t / 3600);
    contacts.moveTo(hour);
    const minute = Math.floor(t / 60) % MINUTES_PER_DAY;
    let chosen = -1;
    if (returningShare > 0 && random() < returningShare) {
      const previous = contacts.pickAgent(random);
      if (previous >= 0) {
        contacts.remove(previous, random);
        if (mask[minute * n + previous] === 1) chosen = previous;
      }
    }
    if (chosen < 0) chosen = choose(t, minute, states.draw(random));
    if (chosen < 0) {
      unassigned += 1;
      continue;
    }
    queues[chosen]!.advance(t);
    queues[chosen]!.add(t);
    contacts.add(chosen);
    assigned[chosen] = assigned[chosen]! + 1;
    const at = chosen * 24 + (hour % 24);
    byHour[at] = byHour[at]! + 1;
  }
  for (const queue of queues) queue.drain();

  let total = 0;
  for (let a = 0; a < n; a++) total += assigned[a]!;
  const outcomes: AgentOutcome[] = agents.map((agent, a) => {
    const hours = onlineMinutes[a]! / 60;
    const hourOnlineSeconds = (h: number) => {
      let minutes = 0;
      for (let m = h * 60; m < h * 60 + 60; m++) minutes += mask[m * n + a]!;
      return minutes * 60 * days;
    };
    return {
      id: agent.id,
      assigned: assigned[a]!,
      share: total > 0 ? assigned[a]! / total : 0,
      perOnlineHour: hours > 0 ? assigned[a]! / (hours * days) : 0,
      busyShare: hours > 0 ? Math.min(1, busySeconds[a]! / (hours * 3600 * days)) : 0,
      onlineHours: hours,
      byHour: Array.from({ length: 24 }, (_, h) => byHour[a * 24 + h]! / days),
      busyByHour: Array.from({ length: 24 }, (_, h) => {
        const online = hourOnlineSeconds(h);
        return online > 0 ? Math.min(1, busyByHour[a * 24 + h]! / online) : 0;
      }),
    };
  });
  return {
    agents: outcomes,
    total,
    unassigned,
    jainCount: jainIndex(outcomes.map((o) => o.assigned)),
    jainLoad: jainIndex(outcomes.filter((o) => o.onlineHours > 0).map((o) => o.perOnlineHour)),
  };
}

/** Draws a buyer's order state; gives the index of the group it is bound to, or -1. */
function orderStateDraw(scenario: Scenario, groupIndex: Map<string, number>): { draw(random: Random): number } {
  const mix = Object.entries(scenario.traffic.orderStates ?? {});
  if (mix.length === 0) return { draw: () => -1 };
  const boundTo = new Map<string, number>();
  for (const group of scenario.groups ?? []) for (const state of group.orderStates) boundTo.set(state, groupIndex.get(group.id)!);
  const cumulative = new Float64Array(mix.length);
  const bound = Int32Array.from(mix, ([state]) => boundTo.get(state) ?? -1);
  let sum = 0;
  mix.forEach(([, share], i) => (cumulative[i] = sum += share));
  return {
    draw(random) {
      const r = random() * sum;
      for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return bound[i]!;
      return bound[bound.length - 1]!;
    },
  };
}
