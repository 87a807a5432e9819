import { unionOf } from './schedule';
import type { Scenario } from './schema';

/** The factors that can make routing uneven (DOMAIN §5), in the order the issue lists them. */
export const CAUSES = ['online-time', 'weight', 'bound-group', 'recent-contact', 'busyness'] as const;
export type Cause = (typeof CAUSES)[number];

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * The scenario with one factor made the same for everyone, everything else kept: the
 * counterfactual the cause ranking compares with.
 */
export function neutralise(scenario: Scenario, cause: Cause): Scenario {
  const agents = scenario.agents;
  switch (cause) {
    case 'online-time': {
      // Everyone online whenever anyone is: no buyer loses an agent, nobody is online longer.
      const online = unionOf(agents.map((a) => a.online));
      return { ...scenario, agents: agents.map((a) => ({ ...a, online })) };
    }
    case 'weight': {
      const weight = mean(agents.map((a) => a.weight)) || 1;
      return { ...scenario, agents: agents.map((a) => ({ ...a, weight })) };
    }
    case 'bound-group':
      return scenario.groups ? { ...scenario, groups: scenario.groups.map((g) => ({ ...g, orderStates: [] })) } : scenario;
    case 'recent-contact': {
      const recentContacts = Math.round(mean(agents.map((a) => a.recentContacts ?? 0)));
      return { ...scenario, agents: agents.map((a) => ({ ...a, recentContacts })) };
    }
    case 'busyness': {
      const replySeconds = mean(agents.map((a) => a.replySeconds));
      return { ...scenario, agents: agents.map((a) => ({ ...a, replySeconds })) };
    }
  }
}

/** Whether neutralising `cause` changes anything at all (if not, its impact is exactly 0). */
export function differs(scenario: Scenario, cause: Cause): boolean {
  const agents = scenario.agents;
  const allSame = (pick: (a: Scenario['agents'][number]) => unknown) => agents.every((a) => JSON.stringify(pick(a)) === JSON.stringify(pick(agents[0]!)));
  switch (cause) {
    case 'online-time':
      return !allSame((a) => unionOf([a.online]));
    case 'weight':
      return !allSame((a) => a.weight);
    case 'bound-group':
      return (scenario.groups ?? []).some((g) => g.orderStates.length > 0);
    case 'recent-contact':
      return !allSame((a) => a.recentContacts ?? 0);
    case 'busyness':
      return !allSame((a) => a.replySeconds);
  }
}
