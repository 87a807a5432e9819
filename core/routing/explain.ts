import { gapPoints } from './measures';
import { DEFAULT_RUNS, simulateMany, seedsFor, type RoutingAnalysisOptions, type RoutingEstimate } from './monte-carlo';
import { CAUSES, differs, neutralise, type Cause } from './neutralise';
import { onlineHours } from './schedule';
import type { Scenario } from './schema';

/** One agent's side of a cause: its share and the factor's value for it. */
export interface AgentFact {
  id: string;
  /** Mean share in the scenario as given (0–1). */
  share: number;
  /**
   * The factor for this agent: online hours per day, weight, share of buyers whose order state is
   * bound to the agent's group (0–1), recent contacts, or reply seconds, by cause.
   */
  value: number;
  /** bound-group: the agent's group. */
  group?: string;
  /** bound-group: the order states bound to that group. */
  boundStates?: string[];
  /** busyness: share of online time spent busy (0–1). */
  busyShare?: number;
}

/** A cause as data (the UI words it in zh or en, see wording.ts). */
export interface CauseDetail {
  code: Cause;
  /** The agents with the largest and the smallest share. */
  top: AgentFact;
  bottom: AgentFact;
  /** Share points between them in the scenario as given. */
  gapPoints: number;
  /** Points of that gap that go away when the factor is the same for everyone (= impact). */
  explainedPoints: number;
  /** Predicted shares with the factor neutralised. */
  neutralShares: { id: string; share: number }[];
}

export interface ExplainedCause {
  cause: Cause;
  /** Share points the factor explains of the gap between the top and bottom agents (may be negative: it narrows the gap). */
  impact: number;
  detail: CauseDetail;
}

/**
 * Why one agent gets more: each factor of DOMAIN §5 neutralised in turn (equal online time, equal
 * weights, no group binding, equal recent contacts, equal reply time), the shares re-simulated,
 * and the gap between the most- and least-served agents compared. Largest impact first.
 */
export function explainImbalance(scenario: Scenario, options: RoutingAnalysisOptions = {}): ExplainedCause[] {
  const seeds = seedsFor(scenario, options.runs ?? DEFAULT_RUNS);
  const base = simulateMany(scenario, seeds);
  const shares = base.agents.map((a) => a.share.mean);
  const top = shares.indexOf(Math.max(...shares));
  const bottom = shares.indexOf(Math.min(...shares));
  const gap = (list: readonly number[]) => gapPoints([list[top]!, list[bottom]!]);
  const baseGap = gap(shares);

  const causes = CAUSES.map((cause): ExplainedCause => {
    const neutral = differs(scenario, cause) ? simulateMany(neutralise(scenario, cause), seeds).agents.map((a) => a.share.mean) : shares;
    const impact = round1(baseGap - gap(neutral));
    return {
      cause,
      impact,
      detail: {
        code: cause,
        top: fact(scenario, base, top, cause),
        bottom: fact(scenario, base, bottom, cause),
        gapPoints: round1(baseGap),
        explainedPoints: impact,
        neutralShares: scenario.agents.map((a, i) => ({ id: a.id, share: neutral[i]! })),
      },
    };
  });
  return causes.sort((a, b) => b.impact - a.impact);
}

function fact(scenario: Scenario, base: RoutingEstimate, index: number, cause: Cause): AgentFact {
  const agent = scenario.agents[index]!;
  const out: AgentFact = { id: agent.id, share: base.agents[index]!.share.mean, value: 0 };
  switch (cause) {
    case 'online-time':
      out.value = onlineHours(agent.online);
      break;
    case 'weight':
      out.value = agent.weight;
      break;
    case 'bound-group': {
      const states = scenario.groups?.find((g) => g.id === agent.group)?.orderStates ?? [];
      const mix = scenario.traffic.orderStates ?? {};
      if (agent.group !== undefined) out.group = agent.group;
      out.boundStates = states;
      out.value = states.reduce((sum, state) => sum + (mix[state] ?? 0), 0);
      break;
    }
    case 'recent-contact':
      out.value = agent.recentContacts ?? 0;
      break;
    case 'busyness':
      out.value = agent.replySeconds;
      out.busyShare = base.agents[index]!.busyShare.mean;
      break;
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
