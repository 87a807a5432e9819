import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../../core/consoles';
import type { Sample } from '../../core/routing/measured';
import { SAMPLE_EVERY_MS, flushRoutingRecorder, startRoutingRecorder, waitingCount, type RoutingRecorder } from './recorder';

const conv = (id: string, waiting: string | null = null, unread = false, active = false): Conversation => ({ id, name: id, active, unread, waiting });

describe('the recorder in the sidebar frame', () => {
  let sent: Sample[][];
  let answer: boolean;
  let recorder: RoutingRecorder;
  const list = signal<Conversation[]>([]);
  let t = 1_000_000;
  const target = new EventTarget() as unknown as Window;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    answer = true;
    list.value = [conv('a', '已等待1分钟', true, true), conv('b')];
    recorder = startRoutingRecorder({ conversations: list, send: async (s) => (sent.push(s), answer), now: () => t, target });
  });
  afterEach(() => {
    recorder.stop();
    vi.useRealTimers();
  });

  it('sends the first sample at once, then changes and the minute tick in one batch', async () => {
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([[{ at: t, online: true, waiting: 1, buyerIds: ['a', 'b'] }]]);
    t += 5_000;
    list.value = [...list.value, conv('c', null, true)];
    t += 5_000;
    list.value = [...list.value]; // same ids and waiting: no sample
    expect(sent).toHaveLength(1);
    t += 50_000;
    await vi.advanceTimersByTimeAsync(SAMPLE_EVERY_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.map((s) => [s.waiting, s.buyerIds.length])).toEqual([
      [2, 3],
      [2, 3],
    ]);
  });

  it('keeps a batch the background did not take, and sends it with the next one', async () => {
    await vi.advanceTimersByTimeAsync(0);
    answer = false;
    await vi.advanceTimersByTimeAsync(SAMPLE_EVERY_MS);
    answer = true;
    await vi.advanceTimersByTimeAsync(SAMPLE_EVERY_MS);
    expect(sent.map((b) => b.length)).toEqual([1, 1, 2]);
  });

  it('says offline when the page goes away, and flushes on demand', async () => {
    await vi.advanceTimersByTimeAsync(0);
    list.value = [conv('z')];
    await flushRoutingRecorder();
    expect(sent.at(-1)).toEqual([expect.objectContaining({ buyerIds: ['z'], online: true })]);
    target.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toEqual([expect.objectContaining({ online: false })]);
  });

  it('counts waiting and unread rows, the open one included', () => {
    expect(waitingCount([conv('a', 'x'), conv('b', null, true), conv('c'), conv('d', '1', false, true)])).toBe(3);
  });
});
