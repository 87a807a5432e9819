import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../../core/consoles';
import type { ReplyWait } from '../../core/customers/radar-waits';
import { createRadarState } from './radar-state';
import { recentReplyWaits, reportReplyWait } from './report-wait';

const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
const conv = (id: string, extra: Partial<Conversation> = {}): Conversation => ({ id, name: id, active: false, unread: false, waiting: null, ...extra });

afterEach(() => {
  vi.useRealTimers();
});

describe('the radar state of a console tab', () => {
  it('ticks its countdowns every second without a new read of the page, and reports answered waits', () => {
    vi.useFakeTimers({ now: T0 });
    const conversations = signal<Conversation[]>([conv('a', { active: true }), conv('b', { unread: true, unreadCount: 3 })]);
    const unanswered = signal<number | null>(1);
    const reported: ReplyWait[] = [];
    const radar = createRadarState({ site: 'jd', conversations, unanswered, report: (w) => reported.push(w) });

    expect(radar.entries.value.map((e) => [e.id, e.level, e.threeMinuteLeft])).toEqual([
      ['b', 'lost', 180],
      ['a', 'ok', 180],
    ]);
    expect(radar.urgent.value).toBe(1);
    vi.advanceTimersByTime(125_000);
    expect(radar.entries.value.find((e) => e.id === 'a')).toMatchObject({ threeMinuteLeft: 55, level: 'warn' });
    expect(radar.urgent.value).toBe(2);

    unanswered.value = 0; // the agent answered in the open conversation
    expect(reported).toEqual([{ site: 'jd', buyerId: 'a', askedAt: T0, answeredAt: T0 + 125_000 }]);
    expect(radar.entries.value.map((e) => e.id)).toEqual(['b']);
    radar.dispose();
    conversations.value = [];
    expect(radar.entries.value.map((e) => e.id)).toEqual(['b']); // disposed: no longer follows the page
  });
});

describe('reportReplyWait', () => {
  it('keeps the latest observations only', () => {
    for (let i = 0; i < 130; i++) reportReplyWait({ site: 'pinduoduo', buyerId: `u${i}`, askedAt: i, answeredAt: i + 1 });
    const kept = recentReplyWaits();
    expect(kept).toHaveLength(100);
    expect(kept[0]!.buyerId).toBe('u30');
    expect(kept.at(-1)!.buyerId).toBe('u129');
  });
});
