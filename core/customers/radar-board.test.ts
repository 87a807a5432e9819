import { describe, expect, it } from 'vitest';
import { observeRadar, radarAt, type RadarMemory, type RadarRow } from './radar-board';
import { waitedSecondsOf } from './radar-wait-text';

const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
const s = (n: number) => T0 + n * 1000;
const row = (id: string, extra: Partial<RadarRow> = {}): RadarRow => ({ id, name: id, active: false, unread: false, waiting: null, ...extra });

function feed(steps: Array<{ at: number; rows: RadarRow[]; open: number | null }>) {
  let memory: RadarMemory = new Map();
  const ended = [];
  for (const step of steps) {
    const r = observeRadar(memory, step.rows, step.open, step.at, 'jd');
    memory = r.memory;
    ended.push(...r.ended);
  }
  return { memory, ended };
}

describe('waitedSecondsOf', () => {
  it('reads the consoles wait texts', () => {
    expect(waitedSecondsOf('已等待3分钟')).toBe(180);
    expect(waitedSecondsOf('已等待1小时')).toBe(3600);
    expect(waitedSecondsOf('45秒')).toBe(45);
    expect(waitedSecondsOf('等待 38秒')).toBe(38);
    expect(waitedSecondsOf('已超时')).toBe(180);
    expect(waitedSecondsOf('50秒后超时')).toBeNull();
    expect(waitedSecondsOf('')).toBeNull();
    expect(waitedSecondsOf(null)).toBeNull();
  });
});

describe('the radar board', () => {
  it('counts the open conversation from its messages and others from unread badges', () => {
    const { memory } = feed([{ at: s(0), rows: [row('a', { active: true }), row('b', { unread: true, unreadCount: 2 }), row('c', { unread: true }), row('d')], open: 1 }]);
    const list = radarAt(memory, s(10));
    expect(list.map((e) => [e.id, e.unanswered, e.active])).toEqual([
      ['b', 2, false],
      ['a', 1, true],
      ['c', 1, false],
    ]);
  });

  it('three unanswered turn a buyer lost; the countdown runs from the first time seen waiting', () => {
    const { memory } = feed([
      { at: s(0), rows: [row('a', { active: true })], open: 1 },
      { at: s(20), rows: [row('a', { active: true })], open: 2 },
      { at: s(30), rows: [row('a', { active: true })], open: 3 },
    ]);
    expect(radarAt(memory, s(40))[0]).toMatchObject({ id: 'a', unanswered: 3, level: 'lost', waitingSeconds: 40, threeMinuteLeft: 140, fiveMinuteLeft: 260 });
    // Ticking needs no new read of the page.
    expect(radarAt(memory, s(130))[0]).toMatchObject({ threeMinuteLeft: 50 });
  });

  it('takes the console wait text when it says more than what we saw', () => {
    const { memory } = feed([{ at: s(600), rows: [row('a', { waiting: '已等待3分钟' })], open: null }]);
    expect(radarAt(memory, s(600))[0]).toMatchObject({ waitingSeconds: 180, unanswered: 1, level: 'warn' });
  });

  it('carries what was counted when the conversation was left, and adds what arrives unread', () => {
    const { memory } = feed([
      { at: s(0), rows: [row('a', { active: true }), row('b')], open: 2 },
      { at: s(5), rows: [row('a'), row('b', { active: true })], open: 0 },
      { at: s(9), rows: [row('a', { unread: true, unreadCount: 1 }), row('b', { active: true })], open: 0 },
    ]);
    expect(radarAt(memory, s(10)).map((e) => [e.id, e.unanswered, e.level, e.waitingSeconds])).toEqual([['a', 3, 'lost', 10]]);
  });

  it('reports a wait answered in the open conversation with the times observed, and only that', () => {
    const { ended, memory } = feed([
      { at: s(0), rows: [row('a', { active: true }), row('b', { unread: true })], open: 2 },
      { at: s(70), rows: [row('a', { active: true }), row('b')], open: 0 },
      { at: s(80), rows: [row('a', { active: true })], open: 1 },
      // Answered and written again between two reads: one wait ended, a new one begins.
      { at: s(90), rows: [row('a', { active: true })], open: 0 },
    ]);
    expect(ended).toEqual([
      { site: 'jd', buyerId: 'a', askedAt: s(0), answeredAt: s(70) },
      { site: 'jd', buyerId: 'a', askedAt: s(80), answeredAt: s(90) },
    ]);
    expect(radarAt(memory, s(100))).toEqual([]);
  });

  it('answered and written again within one read: the old wait ends, the new one starts now', () => {
    const { ended, memory } = feed([
      { at: s(0), rows: [row('a', { active: true })], open: 3 },
      { at: s(50), rows: [row('a', { active: true })], open: 1 },
    ]);
    expect(ended).toEqual([{ site: 'jd', buyerId: 'a', askedAt: s(0), answeredAt: s(50) }]);
    expect(radarAt(memory, s(60))[0]).toMatchObject({ unanswered: 1, waitingSeconds: 10, level: 'ok' });
  });

  it('forgets buyers whose row is gone, keeps one entry per buyer, bounds page numbers', () => {
    const { memory } = feed([
      { at: s(0), rows: [row('a', { unread: true }), row('b', { unread: true, unreadCount: 1e9 }), row('b', { unread: true })], open: null },
      { at: s(1), rows: [row('b', { unread: true, unreadCount: 1e9 })], open: null },
    ]);
    expect(radarAt(memory, s(2)).map((e) => [e.id, e.unanswered])).toEqual([['b', 99]]);
  });
});
