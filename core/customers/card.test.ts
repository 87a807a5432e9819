import { describe, expect, it } from 'vitest';
import { boundedPageText, duePromises, inactiveCustomers, isCalendarDay, localDay, promiseState, withProductSeen, withPromise, type CustomerCard, type CustomerPromise } from '.';

const DAY = 86_400_000;
const T = new Date(2026, 11, 1, 10, 0).getTime();
const promise = (id: string, due: string, done = false, madeAt = T): CustomerPromise => ({ id, text: id, due, done, madeAt, ...(done ? { doneAt: madeAt } : {}) });
const card = (id: string, over: Partial<CustomerCard & { createdAt: number }> = {}) => ({
  id,
  createdAt: T - 400 * DAY,
  site: 'jd' as const,
  buyerId: id,
  name: `name-${id}`,
  nickname: '',
  memo: '',
  tags: [],
  promises: [],
  products: [],
  ...over,
});

describe('promises', () => {
  it('are overdue, due today, upcoming or done, against the seller’s local day', () => {
    expect(localDay(T)).toBe('2026-12-01');
    expect(promiseState(promise('a', '2026-11-30'), '2026-12-01')).toBe('overdue');
    expect(promiseState(promise('a', '2026-12-01'), '2026-12-01')).toBe('today');
    expect(promiseState(promise('a', '2026-12-02'), '2026-12-01')).toBe('upcoming');
    expect(promiseState(promise('a', '2026-11-01', true), '2026-12-01')).toBe('done');
  });

  it('due now are listed across customers, the longest overdue first, done and future ones left out', () => {
    const customers = [
      card('A', { nickname: '老王', promises: [promise('today', '2026-12-01'), promise('later', '2026-12-05'), promise('old-done', '2026-11-01', true)] }),
      card('B', { promises: [promise('late', '2026-11-28')] }),
    ];
    const due = duePromises(customers, '2026-12-01');
    expect(due.map((d) => [d.promise.id, d.state, d.label])).toEqual([
      ['late', 'overdue', 'name-B'],
      ['today', 'today', '老王'],
    ]);
  });

  it('make room by dropping the oldest done one; a list full of open promises takes no more', () => {
    const full = Array.from({ length: 30 }, (_, i) => promise(`p${i}`, '2026-12-10', i < 2, T + i));
    const next = withPromise(full, promise('new', '2026-12-11'))!;
    expect(next).toHaveLength(30);
    expect(next.map((p) => p.id)).not.toContain('p0');
    expect(next.at(-1)!.id).toBe('new');
    expect(withPromise(full.map((p) => ({ ...p, done: false })), promise('new', '2026-12-11'))).toBeNull();
  });

  it('take only real calendar days', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(['2026-02-30', '2026-2-1', '明天', '2026-13-01', ''].map(isCalendarDay)).toEqual([false, false, false, false, false]);
  });
});

describe('products looked at', () => {
  it('keep the last five, newest first, each once, as bounded plain text', () => {
    let list = withProductSeen([], '毛衣', 1);
    for (const [i, t] of ['围巾', '手套', '帽子', '袜子', '毛衣', '外套'].entries()) list = withProductSeen(list, t, i + 2);
    expect(list.map((p) => p.title)).toEqual(['外套', '毛衣', '袜子', '帽子', '手套']);
    const hostile = withProductSeen([], `<img src=x onerror=alert(1)>\u202e${'长'.repeat(10_000)}`, 9)[0]!.title;
    expect(hostile.length).toBeLessThanOrEqual(80);
    expect(hostile).not.toMatch(/\u202e/);
    expect(withProductSeen(list, '  \n ', 10)).toEqual(list);
  });

  it('never cut an emoji in half', () => {
    const text = boundedPageText(`${'a'.repeat(79)}😀`, 80);
    expect(text).toBe('a'.repeat(79));
  });
});

describe('inactive customers', () => {
  it('are those silent for N full days, longest silent first; open promises keep a customer', () => {
    const customers = [
      card('recent', { lastContactAt: T - 5 * DAY }),
      card('old', { lastContactAt: T - 100 * DAY, memo: '重要' }),
      card('older', { lastContactAt: T - 200 * DAY }),
      card('never', {}), // made 400 days ago, never seen since
      card('owed', { lastContactAt: T - 300 * DAY, promises: [promise('x', '2026-01-01')] }),
      card('kept-done', { lastContactAt: T - 300 * DAY, promises: [promise('y', '2026-01-01', true)] }),
    ];
    const { candidates, kept } = inactiveCustomers(customers, T, 90);
    expect(candidates.map((c) => c.id)).toEqual(['never', 'kept-done', 'older', 'old']);
    expect(candidates.find((c) => c.id === 'old')!.hasNotes).toBe(true);
    expect(kept).toBe(1);
    expect(inactiveCustomers(customers, T, 5).candidates.map((c) => c.id)).toContain('recent');
  });
});
