import { describe, expect, it } from 'vitest';
import { GAP_MS, MAX_SEEN, fixedClock, recordSamples, type RecorderDay, type Sample } from '.';

// UTC+8 (the agents' clock); 2026-12-01 00:00 local = 2026-11-30T16:00Z.
const clock = fixedClock(480);
const MIDNIGHT = Date.UTC(2026, 10, 30, 16);
const at = (hh: number, mm = 0, day = 0) => MIDNIGHT + day * 86_400_000 + (hh * 60 + mm) * 60_000;
const sample = (t: number, buyerIds: string[] = [], waiting = 0, online = true): Sample => ({ at: t, online, waiting, buyerIds });

/** Feeds samples one batch at a time, as the background gets them, and returns every day touched. */
function run(batches: Sample[][]): Map<string, RecorderDay> {
  const days = new Map<string, RecorderDay>();
  let current: RecorderDay | null = null;
  for (const batch of batches) {
    for (const day of recordSamples(current, 'taobao', batch, clock)) {
      days.set(day.date, day);
      current = day;
    }
  }
  return days;
}

describe('the recorder (samples → an agent-day)', () => {
  it('records online time, counts each new conversation once in the hour it appeared', () => {
    const minutes = Array.from({ length: 61 }, (_, i) => sample(at(9, i), i < 30 ? ['a', 'b'] : ['a', 'b', 'c']));
    const day = run([minutes.slice(0, 20), minutes.slice(20)]).get('2026-12-01')!;
    expect(day.online).toEqual([[540, 600]]);
    expect(day.received[9]).toBe(3);
    expect(day.received.reduce((a, b) => a + b, 0)).toBe(3);
    expect(day.seen).not.toContain('a'); // hashes, not the ids
  });

  it('marks busy while more than 4 buyers wait, only then', () => {
    const day = run([[sample(at(10), [], 4), sample(at(10, 1), [], 5), sample(at(10, 2), [], 7), sample(at(10, 3), [], 3), sample(at(10, 4), [], 0)]]).get('2026-12-01')!;
    expect(day.busy).toEqual([[601, 603]]);
    expect(day.online).toEqual([[600, 604]]);
  });

  it('closes intervals at a gap longer than a few minutes and opens new ones after it', () => {
    const day = run([[sample(at(9)), sample(at(9, 1)), sample(at(9, 1) + GAP_MS + 60_000), sample(at(9, 8))]]).get('2026-12-01')!;
    expect(day.online).toEqual([
      [540, 542],
      [547, 548],
    ]);
  });

  it('a short gap keeps the interval open; going offline closes it at that sample', () => {
    const day = run([[sample(at(9)), sample(at(9, 4)), sample(at(9, 6), [], 0, false), sample(at(9, 7))]]).get('2026-12-01')!;
    expect(day.online).toEqual([
      [540, 546],
      [547, 547],
    ]);
  });

  it('splits at local midnight: online runs to 24:00 and on from 00:00; conversations open at midnight are not counted twice', () => {
    const days = run([[sample(at(23, 58), ['x']), sample(at(23, 59), ['x']), sample(at(0, 0, 1), ['x']), sample(at(0, 1, 1), ['x', 'y'])]]);
    expect(days.get('2026-12-01')!.online).toEqual([[1438, 1440]]);
    expect(days.get('2026-12-01')!.received[23]).toBe(1);
    const next = days.get('2026-12-02')!;
    expect(next.online).toEqual([[0, 1]]);
    expect(next.received.reduce((a, b) => a + b, 0)).toBe(1);
    expect(next.received[0]).toBe(1);
  });

  it('ignores samples older than the last one (a batch sent twice counts once)', () => {
    const batch = [sample(at(9), ['a']), sample(at(9, 1), ['a', 'b'])];
    const day = run([batch, batch]).get('2026-12-01')!;
    expect(day.received[9]).toBe(2);
    expect(day.online).toEqual([[540, 541]]);
  });

  it('keeps memory bounded: at most MAX_SEEN buyers remembered per day', () => {
    const ids = Array.from({ length: 900 }, (_, i) => `buyer-${i}`);
    const batches = Array.from({ length: 7 }, (_, b) => [sample(at(10, b), ids.map((id) => `${b}-${id}`))]);
    const day = run(batches).get('2026-12-01')!;
    expect(day.received[10]).toBe(6300);
    expect(day.seen.length).toBe(MAX_SEEN);
  });
});
