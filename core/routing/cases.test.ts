import { describe, expect, it } from 'vitest';
import { explainImbalance, jainIndex, recommendRouting, simulateMany, type Cause, type Scenario } from './index';

// The five cases of issue 9 with two agents. Low traffic: 20 inquiries an hour, 8:00–22:00.
const LOW = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 22 ? 20 : 0));
// Peak: 10 an hour, 100 an hour from 19:00 to 22:00.
const PEAK = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 22 ? (h >= 19 ? 100 : 10) : 0));
const agent = (id: string, extra: Partial<Scenario['agents'][number]> = {}): Scenario['agents'][number] => ({ id, weight: 1, online: [[8, 22]], replySeconds: 30, ...extra });

const CASES: { name: string; scenario: Scenario; top: Cause; expectA: [number, number] }[] = [
  {
    // A alone 16–22, both 8–16: A gets 8×½ + 6 of 14 hours' buyers = 71%.
    name: 'longer online time → more',
    scenario: { agents: [agent('A'), agent('B', { online: [[8, 16]] })], traffic: { perHour: LOW, returningShare: 0 }, days: 7 },
    top: 'online-time',
    expectA: [0.67, 0.75],
  },
  {
    name: 'equal hours, higher weight → more in proportion to weight',
    scenario: { agents: [agent('A', { weight: 3 }), agent('B')], traffic: { perHour: LOW, returningShare: 0 }, days: 7 },
    top: 'weight',
    expectA: [0.72, 0.78],
  },
  {
    // A's group takes every 未发货 buyer (40%) plus half of the rest (30%).
    name: 'group bound to an order state → its agent gets those buyers plus a share of the rest',
    scenario: {
      agents: [agent('A', { group: 'G' }), agent('B')],
      groups: [{ id: 'G', orderStates: ['未发货'] }],
      traffic: { perHour: LOW, returningShare: 0, orderStates: { 无订单: 0.6, 未发货: 0.4 } },
      days: 7,
    },
    top: 'bound-group',
    expectA: [0.66, 0.74],
  },
  {
    name: 'recent contacts → the agent who worked the previous days keeps receiving them',
    scenario: { agents: [agent('A', { recentContacts: 600 }), agent('B')], traffic: { perHour: LOW, returningShare: 0.5 }, days: 1 },
    top: 'recent-contact',
    expectA: [0.62, 0.8],
  },
  {
    name: 'at peak the slow replier becomes busy and receives less',
    scenario: { agents: [agent('A', { replySeconds: 20 }), agent('B', { replySeconds: 120 })], traffic: { perHour: PEAK, returningShare: 0 }, days: 7 },
    top: 'busyness',
    expectA: [0.58, 0.7],
  },
];

describe('the five cases of issue 9', () => {
  for (const { name, scenario, top, expectA } of CASES) {
    describe(name, () => {
      it('A gets the expected share', () => {
        const share = simulateMany(scenario, 8).agents[0]!.share.mean;
        expect(share).toBeGreaterThan(expectA[0]);
        expect(share).toBeLessThan(expectA[1]);
      });

      it(`names ${top} as the top cause, explaining most of the gap`, () => {
        const causes = explainImbalance(scenario);
        expect(causes.map((c) => c.cause)).toHaveLength(5);
        expect(causes[0]!.cause).toBe(top);
        expect(causes[0]!.detail.top.id).toBe('A');
        expect(causes[0]!.impact).toBeGreaterThan(causes[0]!.detail.gapPoints * 0.7);
        // Factors that are equal for both explain nothing.
        for (const other of causes.slice(1)) expect(other.impact).toBe(0);
      });

      it('the best recommendation moves the shares toward equal', () => {
        const before = simulateMany(scenario, 8).agents.map((a) => a.share.mean);
        const [best] = recommendRouting(scenario);
        expect(best).toBeDefined();
        const after = best!.predicted.map((p) => p.share);
        expect(jainIndex(after)).toBeGreaterThan(jainIndex(before));
        expect(Math.abs(after[0]! - after[1]!)).toBeLessThan(Math.abs(before[0]! - before[1]!) / 2);
        expect(best!.scenario).not.toEqual(scenario);
      });
    });
  }

  it('recommendations come best first', () => {
    const list = recommendRouting(CASES[0]!.scenario);
    expect(list.length).toBeGreaterThan(1);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.jainCount).toBeGreaterThanOrEqual(list[i]!.jainCount);
  });
});
