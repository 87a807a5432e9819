import { describe, expect, it } from 'vitest';
import { checkDayFigures, dayRates, isCalendarDate } from '.';

const TODAY = '2026-12-01';

describe('checkDayFigures', () => {
  it('reads counts from the form text (spaces and thousands commas allowed); empty is not entered', () => {
    const r = checkDayFigures({ date: '2026-11-30', product: '  保温杯 ', visitors: '1,200', buyers: ' 36 ', views: '', ownVisits: null, inquirers: 4 }, TODAY, 'zh');
    expect(r).toEqual({ ok: true, figures: { date: '2026-11-30', product: '保温杯', visitors: 1200, buyers: 36, views: null, ownVisits: null, inquirers: 4 } });
  });

  it('names every bad field and what to do (zh and en)', () => {
    const r = checkDayFigures({ date: '2026-02-30', visitors: 'abc', buyers: '-3', views: '2.5', ownVisits: Number.NaN, inquirers: '99999999999' }, TODAY, 'zh');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(['date', 'visitors', 'buyers', 'views', 'ownVisits', 'inquirers']);
    expect(r.problems[0]!.message).toBe('日期：请填写真实的日期，格式如 2026-12-01（现在是“2026-02-30”）');
    expect(r.problems[1]!.message).toBe('访客数：请填写 0 到 1000000000 之间的整数（现在是“abc”）');
    const en = checkDayFigures({ date: '2026-12-01', visitors: 'x' }, TODAY, 'en');
    expect(!en.ok && en.problems).toEqual([{ field: 'visitors', message: 'visitors: enter a whole number from 0 to 1000000000 (got “x”)' }]);
  });

  it('refuses a day that has not come yet, a long product name, and a day with no figure', () => {
    const future = checkDayFigures({ date: '2026-12-02', visitors: 1 }, TODAY, 'en');
    expect(!future.ok && future.problems[0]!.message).toBe('Date: 2026-12-02 has not come yet; enter today (2026-12-01) or earlier');
    const long = checkDayFigures({ date: TODAY, product: '杯'.repeat(61), visitors: 1 }, TODAY, 'zh');
    expect(!long.ok && long.problems).toEqual([{ field: 'product', message: '商品：最多 60 个字（现在 61 个）' }]);
    const empty = checkDayFigures({ date: TODAY, visitors: '', buyers: null }, TODAY, 'zh');
    expect(!empty.ok && empty.problems[0]!.message).toBe('请至少填写一个数字（如访客数）');
  });

  it('numbers from a request are checked too: huge, fractional and negative ones refused', () => {
    for (const bad of [1e12, 0.5, -1, Number.POSITIVE_INFINITY]) {
      expect(checkDayFigures({ date: TODAY, visitors: bad }, TODAY, 'en').ok).toBe(false);
    }
    expect(checkDayFigures({ date: TODAY, visitors: 0 }, TODAY, 'en').ok).toBe(true);
  });

  it('a real calendar date only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-1')).toBe(false);
  });
});

describe('dayRates', () => {
  it('gives both rates of a day, each on its own', () => {
    const rates = dayRates({ visitors: 0, buyers: 0, views: 500, ownVisits: 20, inquirers: 12 });
    expect(rates.conversion).toEqual({ value: null, reason: { code: 'zero-denominator', field: 'visitors' } });
    expect(rates.charm).toEqual({ value: 0.025, numerator: 12, denominator: 480 });
  });
});
