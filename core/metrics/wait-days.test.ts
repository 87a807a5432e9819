import { describe, expect, it } from 'vitest';
import { MAX_WAITS_PER_DAY, WAIT_DAYS_KEPT, addWaits, buyerKey, shiftDate, summariseWaitDay, waitDaysByDate, type ReplyWait, type WaitDay } from '.';

const MIN = 60_000;
const DAY = 86_400_000;
// UTC+8, like the consoles' agents: 2026-12-01 00:00 local.
const MIDNIGHT = Date.UTC(2026, 10, 30, 16);
const at = (hh: number, mm = 0) => MIDNIGHT + (hh * 60 + mm) * MIN;
const dateOf = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
const clock = (now: number) => ({ now, dateOf });
const wait = (buyerId: string, askedAt: number, answeredAfterMin: number | null, site = 'pinduoduo'): ReplyWait => ({
  site,
  buyerId,
  askedAt,
  answeredAt: answeredAfterMin === null ? null : askedAt + answeredAfterMin * MIN,
});

describe('addWaits', () => {
  it('puts waits on their console and local day, without the buyer ids', () => {
    const { changed, outcome } = addWaits([], [wait('tb_小美', at(9), 2), wait('tb_小美', at(10), null), wait('jd_1', at(9), 4, 'jd')], clock(at(12)));
    expect(outcome).toEqual({ added: 3, updated: 0, unchanged: 0, ignored: 0 });
    expect(changed.map((d) => [d.site, d.date, d.waits.length])).toEqual([
      ['pinduoduo', '2026-12-01', 2],
      ['jd', '2026-12-01', 1],
    ]);
    expect(JSON.stringify(changed)).not.toContain('小美');
    expect(buyerKey('pinduoduo', 'tb_小美')).not.toBe(buyerKey('jd', 'tb_小美'));
  });

  it('is idempotent for the same buyer and asked time; a later answer fills in, never removes', () => {
    const first = addWaits([], [wait('a', at(9), null)], clock(at(9, 1)));
    const stored = first.changed;
    const again = addWaits(stored, [wait('a', at(9), null)], clock(at(9, 2)));
    expect(again.outcome).toEqual({ added: 0, updated: 0, unchanged: 1, ignored: 0 });
    expect(again.changed).toEqual([]);
    const answered = addWaits(stored, [wait('a', at(9), 4)], clock(at(9, 5)));
    expect(answered.outcome.updated).toBe(1);
    expect(answered.changed[0]!.waits).toEqual([[buyerKey('pinduoduo', 'a'), at(9), at(9, 4)]]);
    // An unanswered repeat after the answer, or a later answer, changes nothing; an earlier answer wins.
    expect(addWaits(answered.changed, [wait('a', at(9), null), wait('a', at(9), 6)], clock(at(9, 7))).outcome).toEqual({ added: 0, updated: 0, unchanged: 2, ignored: 0 });
    expect(addWaits(answered.changed, [wait('a', at(9), 2)], clock(at(9, 7))).changed[0]!.waits[0]![2]).toBe(at(9, 2));
  });

  it('ignores waits from the future, before the kept days, and past a full day', () => {
    const r = addWaits([], [wait('a', at(12) + DAY, 1), wait('b', at(9) - WAIT_DAYS_KEPT * DAY, 1)], clock(at(12)));
    expect(r.outcome).toEqual({ added: 0, updated: 0, unchanged: 0, ignored: 2 });
    const full: WaitDay = { site: 'pinduoduo', date: '2026-12-01', summary: null, waits: Array.from({ length: MAX_WAITS_PER_DAY }, (_, i) => [`k${i}`, at(8), null]) };
    expect(addWaits([full], [wait('new', at(9), 1), wait('new2', at(9), 1)], clock(at(12))).outcome).toEqual({ added: 0, updated: 0, unchanged: 0, ignored: 2 });
  });

  it('keeps each wait for today and yesterday, counts only for older days, and drops days past the kept ones', () => {
    let stored: WaitDay[] = [];
    const feed = (waits: ReplyWait[], now: number) => {
      const r = addWaits(stored, waits, clock(now));
      const gone = new Set(r.deleted.map((d) => `${d.site}/${d.date}`));
      const byKey = new Map(stored.filter((d) => !gone.has(`${d.site}/${d.date}`)).map((d) => [`${d.site}/${d.date}`, d]));
      for (const d of r.changed) byKey.set(`${d.site}/${d.date}`, d);
      stored = [...byKey.values()];
      return r;
    };
    feed([wait('a', at(9), 2), wait('b', at(9), null)], at(12));
    feed([wait('c', at(9) + DAY, 1)], at(12) + DAY);
    expect(stored.every((d) => d.summary === null)).toBe(true);
    // Two days later the first day is compacted (with what this batch brought for it, a repeat not twice)…
    feed([wait('d', at(10), 1), wait('a', at(9), 2), wait('e', at(9) + 2 * DAY, 9)], at(12) + 2 * DAY);
    const first = stored.find((d) => d.date === '2026-12-01')!;
    expect(first.waits).toEqual([]);
    expect(first.summary).toMatchObject({ counted: 3, answered: 2, within3: 2, within5: 2, undecided3: 0 });
    expect(summariseWaitDay(first, at(12) + 2 * DAY).within3).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    // …and a wait for it arriving later is ignored: it can no longer be told from one counted.
    expect(feed([wait('a', at(9), 2)], at(13) + 2 * DAY).outcome).toEqual({ added: 0, updated: 0, unchanged: 0, ignored: 1 });
    // Past the kept days, the day goes.
    const after = feed([wait('z', at(9) + WAIT_DAYS_KEPT * DAY, 1)], at(12) + WAIT_DAYS_KEPT * DAY);
    expect(after.deleted).toEqual([{ site: 'pinduoduo', date: '2026-12-01' }]);
    expect(stored.map((d) => d.date).sort()).toEqual(['2026-12-02', '2026-12-03', shiftDate('2026-12-01', WAIT_DAYS_KEPT)]);
  });
});

describe('summaries', () => {
  it('today’s unanswered waits younger than a mark are undecided; days join per date across consoles', () => {
    const { changed } = addWaits([], [wait('a', at(9), 2), wait('b', at(11, 58), null), wait('c', at(9), 4, 'jd')], clock(at(12)));
    const days = changed.map((d) => summariseWaitDay(d, at(12)));
    expect(days[0]!.counts).toMatchObject({ counted: 2, within3: 1, undecided3: 1, undecided5: 1 });
    expect(days[0]!.within3).toEqual({ value: 1, numerator: 1, denominator: 1 });
    const joined = waitDaysByDate(days);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ date: '2026-12-01', sites: ['jd', 'pinduoduo'], counts: { counted: 3, within3: 1, within5: 2 } });
    expect(joined[0]!.within5).toEqual({ value: 1, numerator: 2, denominator: 2 });
  });

  it('shiftDate crosses months and years', () => {
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });
});
