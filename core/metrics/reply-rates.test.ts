import { describe, expect, it } from 'vitest';
import { countReplies, describeReason, replyRates } from '.';

const MIN = 60_000;
const T = Date.UTC(2026, 11, 1, 2);
const c = (waitMinutes: number | null, asked = T) => ({ askedAt: asked, answeredAt: waitMinutes === null ? null : asked + waitMinutes * MIN });

describe('replyRates', () => {
  it('shares of conversations answered within 3 and within 5 minutes; exactly 3:00 is within', () => {
    const rates = replyRates([c(1), c(3), c(3.01), c(5), c(6), c(null)]);
    expect(rates.within3).toEqual({ value: 2 / 6, numerator: 2, denominator: 6 });
    expect(rates.within5).toEqual({ value: 4 / 6, numerator: 4, denominator: 6 });
  });

  it('an unanswered conversation counts as not within', () => {
    expect(replyRates([c(null), c(null)]).within3).toEqual({ value: 0, numerator: 0, denominator: 2 });
  });

  it('with now, a buyer who has not yet waited 3 (5) minutes is not decided for that mark', () => {
    const now = T + 4 * MIN; // asked 4 minutes ago, unanswered: missed 3, not yet 5
    const rates = replyRates([c(1), c(null)], { now });
    expect(rates.within3).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(rates.within5).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(replyRates([c(null)], { now: T + MIN }).within3).toEqual({ value: null, reason: { code: 'no-conversations' } });
  });

  it('no conversation at all is not available, with the reason', () => {
    const rates = replyRates([]);
    expect(rates).toEqual({ within3: { value: null, reason: { code: 'no-conversations' } }, within5: { value: null, reason: { code: 'no-conversations' } } });
    expect(describeReason({ code: 'no-conversations' }, 'zh')).toBe('还没有记录到买家咨询');
  });

  it('skips broken times (NaN, Infinity, negative, answered before asked) instead of counting them', () => {
    const broken = [
      { askedAt: Number.NaN, answeredAt: T },
      { askedAt: T, answeredAt: Number.NaN },
      { askedAt: Number.POSITIVE_INFINITY, answeredAt: null },
      { askedAt: -5, answeredAt: null },
      { askedAt: T, answeredAt: T - 1 },
    ];
    expect(countReplies(broken)).toMatchObject({ counted: 0, skipped: 5 });
    expect(replyRates(broken).within3.value).toBeNull();
    expect(replyRates([...broken, c(2)]).within3).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  it('takes any iterable and many conversations without losing precision', () => {
    function* many() {
      for (let i = 0; i < 100_000; i++) yield c(i % 10 === 0 ? null : i % 10 <= 5 ? 2 : i % 10 <= 8 ? 4 : 6, T + i * 1000);
    }
    const { within3, within5 } = replyRates(many());
    expect(within3).toEqual({ value: 0.5, numerator: 50_000, denominator: 100_000 });
    expect(within5).toEqual({ value: 0.8, numerator: 80_000, denominator: 100_000 });
  });
});
