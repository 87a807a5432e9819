import { describe, expect, it } from 'vitest';
import { createProtocolClient } from '../client';
import { createRequestHandler, type SenderKind } from '../protocol';
import { createMemoryBackend } from '../store';
import { createTestStore } from '../../test/helpers/store';
import { FIGURE_DAYS_KEPT, MAX_ROWS_PER_DATE, MAX_WAITS_PER_BATCH, createMetricsService, metricsArea } from '.';

const MIN = 60_000;
const DAY = 86_400_000;
// UTC+8: 2026-12-01 00:00 local.
const MIDNIGHT = Date.UTC(2026, 10, 30, 16);
const at = (hh: number, mm = 0) => MIDNIGHT + (hh * 60 + mm) * MIN;
const dateOf = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);

function setup(lang: 'zh' | 'en' = 'en') {
  const backend = createMemoryBackend();
  let t = at(12);
  const now = () => t;
  const store = createTestStore({ backend, now, actor: 'dev', lang });
  const service = createMetricsService({ store, now, dateOf, lang });
  const handle = createRequestHandler(metricsArea.requests!({ metrics: service }), { lang, onWritten: () => {} });
  const clientAs = (sender: SenderKind) => createProtocolClient((message) => handle(message, sender), lang);
  // A second store on the same backend: what the background finds after a restart.
  const reopened = () => {
    const again = createTestStore({ backend, now, actor: 'dev', lang });
    const h = createRequestHandler(metricsArea.requests!({ metrics: createMetricsService({ store: again, now, dateOf, lang }) }), { lang });
    return createProtocolClient((message) => h(message, 'options'), lang);
  };
  return { backend, console: clientAs('console'), options: clientAs('options'), reopened, setNow: (v: number) => (t = v) };
}

describe('metrics requests: day figures', () => {
  it('saves a day (shop and a product), replaces the same date and product, lists newest first, survives a restart', async () => {
    const s = setup();
    const saved = await s.options.request({ kind: 'saveMetricsDay', day: { date: '2026-11-30', visitors: '1,200', buyers: '36', views: '3000', ownVisits: '200', inquirers: '70' } });
    expect(saved).toEqual({ ok: true, value: { replaced: false, figures: { date: '2026-11-30', product: '', visitors: 1200, buyers: 36, views: 3000, ownVisits: 200, inquirers: 70 } } });
    await s.console.request({ kind: 'saveMetricsDay', day: { date: '2026-12-01', product: '保温杯', views: 500, ownVisits: 20, inquirers: 12 } });
    const again = await s.options.request({ kind: 'saveMetricsDay', day: { date: '2026-11-30', visitors: 1300, buyers: 39 } });
    expect(again.ok && again.value.replaced).toBe(true);

    const days = await s.reopened().request({ kind: 'getMetricsDays' });
    expect(days).toEqual({
      ok: true,
      value: [
        { date: '2026-12-01', product: '保温杯', visitors: null, buyers: null, views: 500, ownVisits: 20, inquirers: 12 },
        { date: '2026-11-30', product: '', visitors: 1300, buyers: 39, views: null, ownVisits: null, inquirers: null },
      ],
    });
    expect(await s.options.request({ kind: 'deleteMetricsDay', date: '2026-12-01', product: ' 保温杯' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await s.options.request({ kind: 'deleteMetricsDay', date: '2026-12-01', product: '保温杯' })).toEqual({ ok: true, value: { deleted: false } });
    const left = await s.options.request({ kind: 'getMetricsDays' });
    expect(left.ok && left.value.map((d) => d.date)).toEqual(['2026-11-30']);
  });

  it('bad figures: an error naming each field, and nothing saved', async () => {
    const s = setup('zh');
    const bad = await s.options.request({ kind: 'saveMetricsDay', day: { date: '2026-12-01', visitors: 'abc', buyers: '-2' } });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: '这一天的数据没有保存：',
        details: ['访客数：请填写 0 到 1000000000 之间的整数（现在是“abc”）', '成交买家数：请填写 0 到 1000000000 之间的整数（现在是“-2”）'],
      },
    });
    const future = await s.options.request({ kind: 'saveMetricsDay', day: { date: '2026-12-02', visitors: 1 } });
    expect(future).toMatchObject({ ok: false, error: { details: ['日期：2026-12-02 还没到，只能填写今天（2026-12-01）或以前的数据'] } });
    // Wrong types never reach the service: the handler says which field.
    const wrong = await s.options.request({ kind: 'saveMetricsDay', day: { date: '2026-12-01', visitors: true } } as never);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-request', details: [expect.stringContaining('day.visitors')] } });
    const missing = await s.options.request({ kind: 'saveMetricsDay' } as never);
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-request', details: [expect.stringContaining('day')] } });
    const days = await s.options.request({ kind: 'getMetricsDays' });
    expect(days).toEqual({ ok: true, value: [] });
  });

  it('keeps a year: older days refused, at most MAX_ROWS_PER_DATE rows a date, old days dropped as new ones come', async () => {
    const s = setup();
    expect((await s.options.request({ kind: 'saveMetricsDay', day: { date: '2025-12-01', visitors: 1 } })).ok).toBe(true);
    const tooOld = await s.options.request({ kind: 'saveMetricsDay', day: { date: '2025-11-30', visitors: 1 } });
    expect(tooOld).toMatchObject({ ok: false, error: { message: `Only the last ${FIGURE_DAYS_KEPT} days are kept (from 2025-12-01); 2025-11-30 was not saved.` } });
    await s.options.request({ kind: 'deleteMetricsDay', date: '2025-12-01', product: '' });
    for (let i = 0; i < MAX_ROWS_PER_DATE; i++) {
      expect((await s.options.request({ kind: 'saveMetricsDay', day: { date: '2026-12-01', product: i === 0 ? '' : `商品${i}`, visitors: i } })).ok).toBe(true);
    }
    const full = await s.options.request({ kind: 'saveMetricsDay', day: { date: '2026-12-01', product: '又一个', visitors: 1 } });
    expect(full).toMatchObject({ ok: false, error: { message: expect.stringContaining(`already has ${MAX_ROWS_PER_DATE} rows`) } });
    // A year on, the first day falls out when a new day is saved.
    s.setNow(at(12) + FIGURE_DAYS_KEPT * DAY);
    await s.options.request({ kind: 'saveMetricsDay', day: { date: dateOf(at(12) + FIGURE_DAYS_KEPT * DAY), visitors: 5 } });
    const days = await s.options.request({ kind: 'getMetricsDays' });
    expect(days.ok && days.value.map((d) => d.date)).toEqual(['2027-12-02']);
  });
});

describe('metrics requests: reply waits', () => {
  const w = (buyerId: string, askedAt: number, answeredAt: number | null) => ({ site: 'pinduoduo', buyerId, askedAt, answeredAt });

  it('records waits from a chat page, idempotently, and gives each day’s rates', async () => {
    const s = setup();
    const batch = [w('tb_buyer_1', at(9), at(9, 2)), w('tb_buyer_2', at(9, 10), at(9, 14)), w('tb_buyer_3', at(10), at(10, 8)), w('tb_buyer_4', at(11), null)];
    expect(await s.console.request({ kind: 'recordReplyWaits', waits: batch })).toEqual({ ok: true, value: { added: 4, updated: 0, unchanged: 0, ignored: 0 } });
    expect(await s.console.request({ kind: 'recordReplyWaits', waits: batch })).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 4, ignored: 0 } });
    const days = await s.reopened().request({ kind: 'getReplyWaitDays' });
    if (!days.ok) throw new Error(days.error.message);
    expect(days.value).toEqual([
      {
        site: 'pinduoduo',
        date: '2026-12-01',
        counts: { counted: 4, answered: 3, within3: 1, within5: 2, undecided3: 0, undecided5: 0, skipped: 0 },
        within3: { value: 0.25, numerator: 1, denominator: 4 },
        within5: { value: 0.5, numerator: 2, denominator: 4 },
      },
    ]);
    expect(JSON.stringify(s.backend.peek())).not.toContain('tb_buyer');
  });

  it('refuses a bad batch with the field at fault, and records nothing', async () => {
    const s = setup();
    const cases: [unknown, string][] = [
      [[], 'waits'],
      [Array.from({ length: MAX_WAITS_PER_BATCH + 1 }, (_, i) => w(`b${i}`, at(9), null)), 'waits'],
      [[w('b', at(9), at(8))], 'waits[0].answeredAt'],
      [[{ ...w('b', at(9), null), site: 'Not A Site!' }], 'waits[0].site'],
      [[w('', at(9), null)], 'waits[0].buyerId'],
      [[w('b', Number.NaN, null)], 'waits[0].askedAt'],
      [[w('b', -1, null)], 'waits[0].askedAt'],
    ];
    for (const [waits, field] of cases) {
      const reply = await s.console.request({ kind: 'recordReplyWaits', waits } as never);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request', details: [expect.stringContaining(field)] } });
    }
    expect(await s.console.request({ kind: 'getReplyWaitDays' })).toEqual({ ok: true, value: [] });
  });
});
