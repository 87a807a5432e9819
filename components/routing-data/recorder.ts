import { effect, type ReadonlySignal } from '@preact/signals';
import type { Conversation } from '../../core/consoles';
import type { Sample } from '../../core/routing/measured';

/** A sample every minute, and on every change of the conversation list or of who is waiting. */
export const SAMPLE_EVERY_MS = 60_000;
/** Samples are sent in batches: every minute, or sooner once this many are waiting. */
const BATCH_AT = 20;
/** Samples kept while the background does not answer; the oldest go first beyond it. */
const QUEUE_MAX = 500;

export interface RoutingRecorderDeps {
  conversations: ReadonlySignal<readonly Conversation[]>;
  /** Sends a batch to the background (`recordRoutingSamples`); false or a throw keeps the batch for later. */
  send(samples: Sample[]): Promise<boolean>;
  now?: () => number;
  /** Where `pagehide` is heard (the sidebar frame's window); none in tests. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export interface RoutingRecorder {
  /** Sends what is queued now (the 我的分流 card asks before it reads the day). */
  flush(): Promise<void>;
  stop(): void;
}

/** Buyers owed a reply: rows the console marks waiting or unread (the open one included). */
export const waitingCount = (list: readonly Conversation[]) => list.reduce((n, c) => n + (c.waiting !== null || c.unread ? 1 : 0), 0);

let running: RoutingRecorder | null = null;

/**
 * Records the agent's routing day from the sidebar frame on a chat console. The agent counts as
 * online while this console tab (with our sidebar) is open: there is no reliable status element on
 * the consoles (CONSOLES.md), and a closed or sleeping tab shows up as a gap, which ends the interval.
 * Cheap: one comparison per page update, one message a minute.
 */
export function startRoutingRecorder({ conversations, send, now = Date.now, target }: RoutingRecorderDeps): RoutingRecorder {
  let queue: Sample[] = [];
  let lastKey = '';
  let sending: Promise<void> | null = null;
  let sentFirst = false;

  const take = (online: boolean) => {
    const list = conversations.peek();
    const buyerIds = list.map((c) => c.id);
    queue.push({ at: now(), online, waiting: waitingCount(list), buyerIds });
    if (queue.length > QUEUE_MAX) queue = queue.slice(-QUEUE_MAX);
  };

  async function flush(): Promise<void> {
    if (sending) await sending;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    sending = send(batch)
      .catch(() => false)
      .then((ok) => {
        if (!ok) queue = [...batch, ...queue].slice(-QUEUE_MAX);
      })
      .finally(() => (sending = null));
    await sending;
  }

  const stopWatching = effect(() => {
    const list = conversations.value;
    const key = `${waitingCount(list)}|${list.map((c) => c.id).join('\u0000')}`;
    if (key === lastKey) return;
    lastKey = key;
    take(true);
    // The first sample goes at once (the day shows up in 我的分流 early); then in batches.
    if (!sentFirst || queue.length >= BATCH_AT) {
      sentFirst = true;
      void flush();
    }
  });
  const timer = setInterval(() => {
    take(true);
    void flush();
  }, SAMPLE_EVERY_MS);
  const onHide = () => {
    take(false);
    void flush();
  };
  target?.addEventListener('pagehide', onHide);

  const recorder: RoutingRecorder = {
    flush,
    stop() {
      stopWatching();
      clearInterval(timer);
      target?.removeEventListener('pagehide', onHide);
      if (running === recorder) running = null;
    },
  };
  running = recorder;
  return recorder;
}

/** Sends the running recorder's queue, if one runs in this frame. */
export async function flushRoutingRecorder(): Promise<void> {
  await running?.flush();
}
