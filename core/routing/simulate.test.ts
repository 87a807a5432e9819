import { describe, expect, it } from 'vitest';
import { simulateMany, simulateRouting, type Scenario } from './index';

const DAY = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 22 ? 20 : 0));
const agent = (id: string, extra: Partial<Scenario['agents'][number]> = {}): Scenario['agents'][number] => ({ id, weight: 1, online: [[8, 22]], replySeconds: 30, ...extra });
const two: Scenario = { agents: [agent('A'), agent('B', { online: [[8, 16]] })], traffic: { perHour: DAY, returningShare: 0.3 }, days: 2, seed: 5 };

describe('simulateRouting', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    expect(simulateRouting(two)).toEqual(simulateRouting(two));
    expect(simulateRouting({ ...two, seed: 6 }).agents[0]!.assigned).not.toBe(simulateRouting(two).agents[0]!.assigned);
  });

  it('routes every inquiry while someone is online; shares sum to 1; measures are consistent', () => {
    const out = simulateRouting(two);
    expect(out.unassigned).toBe(0);
    expect(out.total).toBe(out.agents[0]!.assigned + out.agents[1]!.assigned);
    expect(out.total).toBeGreaterThan(500);
    expect(out.agents[0]!.share + out.agents[1]!.share).toBeCloseTo(1, 10);
    expect(out.agents[1]!.perOnlineHour).toBeCloseTo(out.agents[1]!.assigned / (8 * 2), 10);
    expect(out.agents[1]!.byHour.slice(16).every((n) => n === 0)).toBe(true);
    expect(out.jainCount).toBeLessThan(1);
    expect(out.jainLoad).toBeGreaterThan(out.jainCount);
  });

  it('counts inquiries when nobody is online as unassigned', () => {
    const out = simulateRouting({ ...two, agents: [agent('A', { online: [[8, 12]] })], traffic: { perHour: DAY, returningShare: 0 } });
    expect(out.unassigned).toBeGreaterThan(out.total);
    expect(out.agents[0]!.share).toBe(1);
  });

  it('sends bound-state buyers only to the bound group while one of its agents is online', () => {
    const scenario: Scenario = {
      agents: [agent('A', { group: 'G' }), agent('B')],
      groups: [{ id: 'G', orderStates: ['售后'] }],
      traffic: { perHour: DAY, returningShare: 0, orderStates: { 售后: 1 } },
    };
    const out = simulateRouting(scenario);
    expect(out.agents[0]!.share).toBe(1);
    // Nobody of the group online: the buyers go to whoever is.
    const away = simulateRouting({ ...scenario, agents: [agent('A', { group: 'G', online: [[8, 9]] }), agent('B')] });
    expect(away.agents[1]!.assigned).toBeGreaterThan(away.agents[0]!.assigned);
  });

  it('sends returning buyers back to the agent they talked to', () => {
    const out = simulateRouting({ agents: [agent('A', { recentContacts: 10_000 }), agent('B')], traffic: { perHour: DAY, returningShare: 1 } });
    expect(out.agents[0]!.share).toBeGreaterThan(0.95);
  });

  it('marks a slow agent busy at peak and reports when', () => {
    const peak = Array.from({ length: 24 }, (_, h) => (h >= 20 && h < 22 ? 200 : 0));
    const out = simulateRouting({ agents: [agent('A', { replySeconds: 10 }), agent('B', { replySeconds: 120 })], traffic: { perHour: peak, returningShare: 0 } });
    const slow = out.agents[1]!;
    expect(slow.busyShare).toBeGreaterThan(0.05);
    expect(slow.busyByHour.slice(20, 22).some((b) => b > 0.1)).toBe(true);
    expect(slow.busyByHour.slice(8, 20).every((b) => b === 0)).toBe(true);
    expect(out.agents[0]!.assigned).toBeGreaterThan(slow.assigned * 2);
  });
});

describe('simulateMany', () => {
  it('gives means with 95% intervals, deterministic for the scenario seed', () => {
    const many = simulateMany(two, 20);
    expect(many.runs).toBe(20);
    for (const a of many.agents) {
      expect(a.share.low).toBeLessThanOrEqual(a.share.mean);
      expect(a.share.mean).toBeLessThanOrEqual(a.share.high);
      expect(a.share.high - a.share.low).toBeGreaterThan(0);
    }
    expect(simulateMany(two, 20)).toEqual(many);
    expect(simulateMany(two, [1, 2, 3]).runs).toBe(3);
  });
});
