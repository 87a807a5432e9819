import { describe, expect, it } from 'vitest';
import { scenarioSchema, simulateMany } from '..';
import { compareWithReality, describeAssumption, describeComparison, describeReality, emptyHours, measuredScenario, measuredShares, scenarioFromMeasurements, type MeasuredDay } from '.';

/** A recorded day: online over [from, to) hours, `perHour` buyers received in each of those hours. */
function recorded(agent: string, date: string, from: number, to: number, perHour: number): MeasuredDay {
  const received = emptyHours().map((_, h) => (h >= from && h < to ? perHour : 0));
  return { agentId: agent, agentName: agent, site: 'taobao', date, online: [[from * 60, to * 60]], busy: [], received, total: received.reduce((a, b) => a + b, 0) };
}

describe('a scenario from measurements', () => {
  const days = [
    recorded('A', '2026-12-01', 9, 21, 2),
    recorded('A', '2026-12-02', 9, 21, 2),
    recorded('A', '2026-12-03', 8, 12, 2), // an odd short day: the typical day ignores it
    recorded('B', '2026-12-01', 9, 15, 2),
    recorded('B', '2026-12-02', 9, 15, 2),
  ];

  it('takes online intervals from the typical day and traffic from the buyers received', () => {
    const { scenario, assumptions } = measuredScenario(days, { weights: { A: 2 } });
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
    expect(scenario.agents).toEqual([
      { id: 'A', weight: 2, online: [[9, 21]], replySeconds: 30 },
      { id: 'B', weight: 1, online: [[9, 15]], replySeconds: 30 },
    ]);
    // 24 + 24 + 8 + 12 + 12 = 80 buyers over 3 dates.
    const perDay = scenario.traffic.perHour.reduce((a, b) => a + b, 0);
    expect(perDay).toBeCloseTo(80 / 3, 1);
    expect(scenario.traffic.perHour[3]).toBe(0);
    expect(scenario.traffic.perHour[10]!).toBeGreaterThan(scenario.traffic.perHour[20]!);
    expect(scenario.days).toBe(3);
    expect(assumptions.map((a) => a.kind)).toEqual(['weight-default', 'reply-default', 'returning-default', 'no-recent-contacts']);
    expect(describeAssumption(assumptions[0]!, 'zh', { B: '阿强' })).toBe('分流权重没有测量：阿强 按权重 1 计算。');
  });

  it('from counts alone: online from the hours with buyers, else 9–18, said as assumptions', () => {
    const counts: MeasuredDay[] = [
      { ...recorded('C', '2026-12-01', 10, 14, 3), online: null, busy: null },
      { agentId: 'D', agentName: 'D', site: '', date: null, online: null, busy: null, received: null, total: 30 },
    ];
    const { scenario, assumptions } = measuredScenario(counts, { replySeconds: 45, returningShare: 0.1 });
    expect(scenario.agents.map((a) => [a.id, a.online, a.replySeconds])).toEqual([
      ['C', [[10, 14]], 45],
      ['D', [[9, 18]], 45],
    ]);
    expect(scenario.traffic.returningShare).toBe(0.1);
    expect(assumptions).toContainEqual({ kind: 'online-from-received', agent: 'C' });
    expect(assumptions).toContainEqual({ kind: 'online-default', agent: 'D', hours: [9, 18] });
    expect(scenarioSchema.safeParse(scenarioFromMeasurements(counts)).success).toBe(true);
  });
});

describe('reality against the simulation', () => {
  it('measured shares are per day, so more files for one agent do not inflate its share', () => {
    const shares = measuredShares([recorded('A', '2026-12-01', 9, 15, 2), recorded('A', '2026-12-02', 9, 15, 2), recorded('B', '2026-12-01', 9, 15, 2)]);
    expect(shares.map((s) => [s.id, s.share])).toEqual([
      ['A', 0.5],
      ['B', 0.5],
    ]);
  });

  it('agrees where the model explains the data, and says where reality departs', () => {
    // A online 12 h, B 6 h, equal weights: the model gives A about two thirds.
    const fair = [recorded('A', '2026-12-01', 9, 21, 2), recorded('B', '2026-12-01', 9, 15, 2)];
    const estimate = simulateMany(scenarioFromMeasurements(fair), 8);
    // Reality as the model predicts it: A 24 of 36.
    const matching = compareWithReality(measuredShares(fair), estimate);
    expect(matching.departures).toEqual([]);
    expect(describeComparison(matching, 'en')).toBe("Every agent's actual share is within 5 points of the simulation.");

    // Reality: B got as many as A despite half the hours (a rule or weight the model does not know).
    const skewed = [recorded('A', '2026-12-01', 9, 21, 1), recorded('B', '2026-12-01', 9, 15, 2)];
    const compared = compareWithReality(measuredShares(skewed), simulateMany(scenarioFromMeasurements(skewed), 8));
    expect(compared.departures.map((r) => r.id).sort()).toEqual(['A', 'B']);
    const b = compared.rows.find((r) => r.id === 'B')!;
    expect(b.actual).toBe(0.5);
    expect(b.gapPoints).toBeGreaterThan(10);
    expect(describeReality(b, 'zh')).toMatch(/^B：实际 50%，模拟 \d+(\.\d)?%，实际多了 [\d.]+ 个百分点——现实偏离模型/);
    expect(describeReality(b, 'en')).toMatch(/points more in reality — reality departs from the model/);
  });
});
