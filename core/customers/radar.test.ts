import { describe, expect, it } from 'vitest';
import { compareUrgency, consecutiveUnanswered, replyDeadlines, waitLevel, type RadarMessage } from './radar';

const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
const s = (n: number) => T0 + n * 1000;
const buyer = (at?: RadarMessage['at']): RadarMessage => ({ from: 'buyer', at });
const agent = (at?: RadarMessage['at']): RadarMessage => ({ from: 'agent', at });

describe('consecutiveUnanswered', () => {
  it('counts the buyer messages after the last agent message', () => {
    expect(consecutiveUnanswered([])).toBe(0);
    expect(consecutiveUnanswered([buyer(), buyer()])).toBe(2);
    expect(consecutiveUnanswered([buyer(), agent(), buyer(), buyer(), buyer()])).toBe(3);
    expect(consecutiveUnanswered([buyer(), buyer(), agent()])).toBe(0);
  });

  it('says which message is not a buyer or agent message', () => {
    expect(() => consecutiveUnanswered([buyer(), { from: 'robot' } as unknown as RadarMessage])).toThrow(/message 1 has from="robot"/);
    expect(() => consecutiveUnanswered('hi' as unknown as RadarMessage[])).toThrow(/must be a list/);
  });
});

describe('replyDeadlines', () => {
  it('nobody waiting: ok, no countdown', () => {
    expect(replyDeadlines([buyer(s(0)), agent(s(5))], s(600))).toEqual({ waitingSeconds: 0, threeMinuteLeft: null, fiveMinuteLeft: null, level: 'ok' });
    expect(replyDeadlines([], s(0)).level).toBe('ok');
  });

  it('counts down to the 3- and 5-minute marks from the first unanswered message', () => {
    expect(replyDeadlines([agent(s(0)), buyer(s(10)), buyer(s(40))], s(70))).toEqual({ waitingSeconds: 60, threeMinuteLeft: 120, fiveMinuteLeft: 240, level: 'warn' });
    expect(replyDeadlines([buyer(s(0))], s(30))).toEqual({ waitingSeconds: 30, threeMinuteLeft: 150, fiveMinuteLeft: 270, level: 'ok' });
  });

  it('warns a minute before the 3-minute mark, is late past 5 minutes, and 0 means passed', () => {
    expect(replyDeadlines([buyer(s(0))], s(119)).level).toBe('ok');
    expect(replyDeadlines([buyer(s(0))], s(120)).level).toBe('warn');
    expect(replyDeadlines([buyer(s(0))], s(200))).toMatchObject({ threeMinuteLeft: 0, fiveMinuteLeft: 100, level: 'warn' });
    expect(replyDeadlines([buyer(s(0))], s(300))).toMatchObject({ waitingSeconds: 300, threeMinuteLeft: 0, fiveMinuteLeft: 0, level: 'late' });
  });

  it('three unanswered messages are lost however recent', () => {
    expect(replyDeadlines([buyer(s(0)), buyer(s(1)), buyer(s(2))], s(3)).level).toBe('lost');
    expect(replyDeadlines([agent(s(0)), buyer(s(1)), buyer(s(2)), buyer(s(3)), buyer(s(4))], s(400)).level).toBe('lost');
  });

  it('missing times: a later message bounds the wait; none known, only the count decides', () => {
    expect(replyDeadlines([buyer(null), buyer(s(60))], s(120)).waitingSeconds).toBe(60);
    expect(replyDeadlines([buyer(undefined)], s(120))).toEqual({ waitingSeconds: null, threeMinuteLeft: null, fiveMinuteLeft: null, level: 'ok' });
    expect(replyDeadlines([buyer(Number.NaN), buyer(undefined)], s(120)).level).toBe('warn');
  });

  it('a message time after now (clocks apart) is no wait yet, never negative', () => {
    expect(replyDeadlines([buyer(s(500))], s(0))).toMatchObject({ waitingSeconds: 0, threeMinuteLeft: 180, fiveMinuteLeft: 300, level: 'ok' });
  });

  it('out-of-order times: the earliest of the streak starts the wait; Dates work as times', () => {
    expect(replyDeadlines([buyer(s(50)), buyer(s(10))], s(70)).waitingSeconds).toBe(60);
    expect(replyDeadlines([buyer(new Date(s(0)))], new Date(s(90))).waitingSeconds).toBe(90);
  });

  it('refuses a now that is no time, saying so', () => {
    expect(() => replyDeadlines([buyer(s(0))], Number.NaN)).toThrow(/now must be a time/);
  });
});

describe('urgency', () => {
  it('orders lost, late, warn, ok; then the longer wait; unknown waits after known ones', () => {
    const items = [
      { id: 'a', level: waitLevel(1, 30), waitingSeconds: 30, unanswered: 1 },
      { id: 'b', level: waitLevel(1, 400), waitingSeconds: 400, unanswered: 1 },
      { id: 'c', level: waitLevel(3, 5), waitingSeconds: 5, unanswered: 3 },
      { id: 'd', level: waitLevel(1, 150), waitingSeconds: 150, unanswered: 1 },
      { id: 'e', level: waitLevel(1, null), waitingSeconds: null, unanswered: 1 },
    ];
    expect(items.sort(compareUrgency).map((i) => i.id)).toEqual(['c', 'b', 'd', 'a', 'e']);
  });
});
