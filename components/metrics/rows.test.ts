import { describe, expect, it } from 'vitest';
import { replyRates, type DayFigures, type WaitDaySummary } from '../../core/metrics';
import { chartValue, percent, rateText } from './format';
import { metricsRows, trendRows } from './rows';

const day = (date: string, product: string, f: Partial<DayFigures> = {}): DayFigures => ({ date, product, visitors: null, buyers: null, views: null, ownVisits: null, inquirers: null, ...f });
const T = Date.UTC(2026, 11, 1, 2);
const waitDay = (site: string, date: string, waits: [number, number | null][]): WaitDaySummary => {
  const conversations = waits.map(([asked, wait]) => ({ askedAt: T + asked, answeredAt: wait === null ? null : T + asked + wait * 60_000 }));
  const counts = { counted: waits.length, answered: waits.filter(([, w]) => w !== null).length, within3: waits.filter(([, w]) => w !== null && w <= 3).length, within5: waits.filter(([, w]) => w !== null && w <= 5).length, undecided3: 0, undecided5: 0, skipped: 0 };
  return { site, date, counts, ...replyRates(conversations) };
};

describe('metricsRows (the 每日指标 table)', () => {
  it('newest date first; the shop row carries the day’s reply rates from every console, products follow by name', () => {
    const rows = metricsRows(
      [day('2026-11-30', '', { visitors: 1000, buyers: 30 }), day('2026-12-01', '保温杯', { views: 500, ownVisits: 20, inquirers: 12 }), day('2026-12-01', '', { visitors: 0, buyers: 0 }), day('2026-12-01', '保温壶', { views: 10, ownVisits: 10, inquirers: 1 })],
      [waitDay('pinduoduo', '2026-12-01', [[0, 2], [1, 4]]), waitDay('jd', '2026-12-01', [[0, null]]), waitDay('jd', '2026-11-29', [[0, 1]])],
    );
    expect(rows.map((r) => [r.date, r.product])).toEqual([
      ['2026-12-01', ''],
      ['2026-12-01', '保温壶'],
      ['2026-12-01', '保温杯'],
      ['2026-11-30', ''],
      ['2026-11-29', ''],
    ]);
    const [shop, kettle, cup, yesterday, onlyWaits] = rows;
    expect(shop!.conversion).toEqual({ value: null, reason: { code: 'zero-denominator', field: 'visitors' } });
    expect(shop!.replies!.within3).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(shop!.replies!.within5).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(kettle!.charm).toEqual({ value: null, reason: { code: 'zero-denominator', field: 'views' } });
    expect(cup!.charm).toEqual({ value: 0.025, numerator: 12, denominator: 480 });
    expect(cup!.replies).toBeNull();
    expect(yesterday!.conversion.value).toBe(0.03);
    expect(yesterday!.replies).toBeNull();
    // Waits but no figures: a shop row whose figures were not entered.
    expect(onlyWaits!.figures).toBeNull();
    expect(onlyWaits!.conversion).toEqual({ value: null, reason: { code: 'missing', field: 'buyers' } });
    expect(onlyWaits!.replies!.within3.value).toBe(1);
  });

  it('nothing in, nothing out; the trend takes the shop rows oldest first', () => {
    expect(metricsRows([], [])).toEqual([]);
    const rows = metricsRows([day('2026-11-28', '', { visitors: 1, buyers: 1 }), day('2026-11-29', 'x', { visitors: 1 }), day('2026-11-30', '', { visitors: 2, buyers: 1 })], []);
    expect(trendRows(rows, 30).map((r) => r.date)).toEqual(['2026-11-28', '2026-11-30']);
    expect(trendRows(rows, 1).map((r) => r.date)).toEqual(['2026-11-30']);
  });
});

describe('rate cells', () => {
  it('a percentage over its parts, or 不可用 over the reason; never NaN', () => {
    expect(rateText('zh', { value: 0.0305, numerator: 61, denominator: 2000 })).toEqual({ main: '3.1%', detail: '61 / 2000' });
    expect(rateText('zh', { value: null, reason: { code: 'zero-denominator', field: 'visitors' } })).toEqual({ main: '不可用', detail: '访客数为 0，无法相除' });
    expect(rateText('en', { value: null, reason: { code: 'negative-denominator', field: 'ownVisits' } })).toEqual({ main: 'Not available', detail: 'own visits exceed page views, so the difference is negative: check the figures' });
    expect(percent(1)).toBe('100.0%');
    expect(percent(0)).toBe('0.0%');
    expect(chartValue({ value: null, reason: { code: 'no-conversations' } })).toBeNull();
    expect(chartValue(undefined)).toBeNull();
    expect(chartValue({ value: 0.5, numerator: 1, denominator: 2 })).toBe(50);
  });
});
