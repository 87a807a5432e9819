import { describe, expect, it } from 'vitest';
import { charmIndex, conversionRate, describeReason, isAvailable, type RateResult } from '.';

/** The reason of a result that must not be available (fails the test otherwise). */
function reasonOf(r: RateResult) {
  if (r.value !== null) throw new Error(`expected "not available", got ${r.value}`);
  return r.reason;
}

const noNaN = (r: RateResult) => {
  expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|null,"numerator"/);
  if (r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
};

describe('conversionRate', () => {
  it('is buyers over visitors', () => {
    expect(conversionRate({ buyers: 12, visitors: 400 })).toEqual({ value: 0.03, numerator: 12, denominator: 400 });
    expect(conversionRate({ buyers: 0, visitors: 5 })).toEqual({ value: 0, numerator: 0, denominator: 5 });
    expect(conversionRate({ buyers: 5, visitors: 5 }).value).toBe(1);
  });

  it('zero visitors is not available, with the reason', () => {
    const r = conversionRate({ buyers: 0, visitors: 0 });
    expect(r).toEqual({ value: null, reason: { code: 'zero-denominator', field: 'visitors' } });
    expect(isAvailable(r)).toBe(false);
    expect(describeReason(reasonOf(r), 'zh')).toBe('访客数为 0，无法相除');
    expect(describeReason(reasonOf(r), 'en')).toBe('visitors: 0, nothing to divide by');
  });

  it('refuses NaN, Infinity, fractions, negatives and unsafe numbers, naming the figure', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2.5, -3, 1e300, Number.MAX_SAFE_INTEGER + 2]) {
      const asVisitors = conversionRate({ buyers: 1, visitors: bad });
      expect(asVisitors).toEqual({ value: null, reason: { code: 'invalid-count', field: 'visitors' } });
      expect(conversionRate({ buyers: bad, visitors: 10 })).toEqual({ value: null, reason: { code: 'invalid-count', field: 'buyers' } });
      noNaN(asVisitors);
    }
    expect(conversionRate({ buyers: 1, visitors: '10' as unknown as number })).toMatchObject({ value: null, reason: { code: 'invalid-count' } });
  });

  it('a figure not entered is missing', () => {
    expect(conversionRate({ buyers: null, visitors: 10 })).toEqual({ value: null, reason: { code: 'missing', field: 'buyers' } });
    expect(conversionRate({ buyers: 3, visitors: undefined })).toEqual({ value: null, reason: { code: 'missing', field: 'visitors' } });
  });

  it('more buyers than visitors is refused: the figures disagree', () => {
    const r = conversionRate({ buyers: 11, visitors: 10 });
    expect(r).toEqual({ value: null, reason: { code: 'exceeds-denominator', field: 'buyers', of: 'visitors' } });
    expect(describeReason(reasonOf(r), 'zh')).toBe('成交买家数多于访客数，请核对数据');
  });

  it('huge but safe counts give a finite rate', () => {
    const r = conversionRate({ buyers: Number.MAX_SAFE_INTEGER - 1, visitors: Number.MAX_SAFE_INTEGER });
    noNaN(r);
    expect(r.value).toBeCloseTo(1, 12);
    expect(conversionRate({ buyers: 1, visitors: Number.MAX_SAFE_INTEGER }).value).toBeGreaterThan(0);
  });
});

describe('charmIndex', () => {
  it('is inquirers over page views less own visits', () => {
    expect(charmIndex({ inquirers: 30, views: 1100, ownVisits: 100 })).toEqual({ value: 0.03, numerator: 30, denominator: 1000 });
    expect(charmIndex({ inquirers: 0, views: 10, ownVisits: 0 }).value).toBe(0);
  });

  it('own visits equal to the views is a zero whole; above them, a negative one', () => {
    const zero = charmIndex({ inquirers: 3, views: 50, ownVisits: 50 });
    expect(zero).toEqual({ value: null, reason: { code: 'zero-denominator', field: 'views' } });
    expect(describeReason(reasonOf(zero), 'zh')).toBe('浏览量减去本店自己的访问为 0，无法相除');
    expect(charmIndex({ inquirers: 0, views: 0, ownVisits: 0 })).toMatchObject({ value: null, reason: { code: 'zero-denominator' } });
    const negative = charmIndex({ inquirers: 3, views: 50, ownVisits: 60 });
    expect(negative).toEqual({ value: null, reason: { code: 'negative-denominator', field: 'ownVisits' } });
    expect(describeReason(reasonOf(negative), 'en')).toBe('own visits exceed page views, so the difference is negative: check the figures');
  });

  it('may pass 1: buyers ask about a product without opening its page', () => {
    expect(charmIndex({ inquirers: 30, views: 20, ownVisits: 0 })).toEqual({ value: 1.5, numerator: 30, denominator: 20 });
  });

  it('refuses bad counts in any of the three, the first one named', () => {
    expect(charmIndex({ inquirers: Number.NaN, views: 10, ownVisits: 0 })).toMatchObject({ reason: { code: 'invalid-count', field: 'inquirers' } });
    expect(charmIndex({ inquirers: 1, views: Number.POSITIVE_INFINITY, ownVisits: 0 })).toMatchObject({ reason: { code: 'invalid-count', field: 'views' } });
    expect(charmIndex({ inquirers: 1, views: 10, ownVisits: -1 })).toMatchObject({ reason: { code: 'invalid-count', field: 'ownVisits' } });
    expect(charmIndex({ inquirers: 1, views: 10, ownVisits: null })).toMatchObject({ reason: { code: 'missing', field: 'ownVisits' } });
    expect(describeReason({ code: 'missing', field: 'ownVisits' }, 'zh')).toBe('没有填写本店自己的访问');
    expect(describeReason({ code: 'invalid-count', field: 'inquirers' }, 'en')).toBe('inquirers: not a whole number of 0 or more');
  });

  it('huge counts stay finite', () => {
    noNaN(charmIndex({ inquirers: Number.MAX_SAFE_INTEGER, views: Number.MAX_SAFE_INTEGER, ownVisits: 1 }));
  });
});
