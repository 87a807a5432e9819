import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../../core/consoles';
import type { ReplyWait } from '../../core/customers/radar-waits';
import { createRadarState } from './radar-state';
import type { ProtocolClient } from '../../core/client';
import { replyWaitReporter } from './report-wait';

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

describe('replyWaitReporter', () => {
  it('records each observed wait through the metrics request', async () => {
    const sent: unknown[] = [];
    const client = { request: async (req: unknown) => (sent.push(req), { ok: true, value: { recorded: 1, ignored: 0 } }) } as unknown as ProtocolClient;
    replyWaitReporter(client)({ site: 'pinduoduo', buyerId: 'u1', askedAt: 1, answeredAt: 2 });
    expect(sent).toEqual([{ kind: 'recordReplyWaits', waits: [{ site: 'pinduoduo', buyerId: 'u1', askedAt: 1, answeredAt: 2 }] }]);
  });
});
