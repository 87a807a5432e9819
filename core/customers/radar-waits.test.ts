import { describe, expect, it } from 'vitest';
import { endedWait } from './radar-waits';

const open = (unanswered: number, since = 1000) => ({ unanswered, since, open: true });
const row = (unanswered: number, since = 1000) => ({ unanswered, since, open: false });

describe('endedWait', () => {
  it('an answer in the open conversation ends the wait at the time it was seen', () => {
    expect(endedWait('pinduoduo', 'u1', open(2), open(0), 5000)).toEqual({ site: 'pinduoduo', buyerId: 'u1', askedAt: 1000, answeredAt: 5000 });
    expect(endedWait('pinduoduo', 'u1', open(3), open(1), 5000)).toMatchObject({ answeredAt: 5000 });
  });

  it('no wait, a growing streak, a row that is gone or not open: nothing ended', () => {
    expect(endedWait('jd', 'u', open(0), open(0), 5000)).toBeNull();
    expect(endedWait('jd', 'u', open(1), open(2), 5000)).toBeNull();
    expect(endedWait('jd', 'u', open(1), undefined, 5000)).toBeNull();
    expect(endedWait('jd', 'u', undefined, open(0), 5000)).toBeNull();
    expect(endedWait('jd', 'u', row(2), open(0), 5000)).toBeNull();
    expect(endedWait('jd', 'u', open(2), row(0), 5000)).toBeNull();
  });

  it('a clock that went back never gives an answer before the question', () => {
    expect(endedWait('jd', 'u', open(1, 9000), open(0), 5000)).toMatchObject({ askedAt: 9000, answeredAt: 9000 });
  });
});
