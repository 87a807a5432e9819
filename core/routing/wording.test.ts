import { describe, expect, it } from 'vitest';
import { describeCause, describeChange, explainImbalance, recommendRouting, type Scenario } from './index';

const DAY = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 22 ? 20 : 0));
const scenario: Scenario = {
  agents: [
    { id: 'A', weight: 1, online: [[8, 22]], replySeconds: 30 },
    { id: 'B', weight: 1, online: [[8, 16]], replySeconds: 30 },
  ],
  traffic: { perHour: DAY, returningShare: 0 },
  days: 7,
};

describe('routing wording', () => {
  it('says the top cause with its numbers in en and zh', () => {
    const [top] = explainImbalance(scenario);
    const { gapPoints, explainedPoints } = top!.detail;
    expect(describeCause(top!, 'en')).toBe(`A is online 14 h a day, B 8 h: this explains ${explainedPoints} of the ${gapPoints} points between them.`);
    expect(describeCause(top!, 'zh')).toBe(`A 每天在线 14 小时，B 8 小时：两人相差的 ${gapPoints} 个百分点中，有 ${explainedPoints} 个出自这一点。`);
  });

  it('says a factor that plays no part as such', () => {
    const weight = explainImbalance(scenario).find((c) => c.cause === 'weight')!;
    expect(describeCause(weight, 'en')).toMatch(/does not explain the gap/);
  });

  it('says each recommended change with hours as clock times', () => {
    const texts = recommendRouting(scenario).map((r) => describeChange(r.change, 'en'));
    expect(texts).toContain("Shorten A's online time from 14 h to 8 h a day: 8:00–16:00.");
    expect(texts).toContain('Put A, B online the same hours: 8:00–22:00 (14 h a day; now A 14 h, B 8 h).');
    const zh = recommendRouting(scenario).map((r) => describeChange(r.change, 'zh'));
    expect(zh).toContain('把 A 的在线时间从每天 14 小时缩短到 8 小时：8:00–16:00。');
  });
});
