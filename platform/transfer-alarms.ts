import { attentionAt, type TaskTimes } from '../core/transfer';

/** Our one alarm: set for the earliest moment a transfer task's status changes. */
export const TRANSFER_ALARM = 'kefu-transfer-check';
/** Red: something to do (a slow or timed-out transfer, a recheck due). */
export const ATTENTION_COLOR = '#d93025';

/** The parts of `browser.alarms` the reminders use (a fake in tests). */
export interface AlarmsLike {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<unknown>;
}
/** The parts of `browser.action` the reminders use. */
export interface BadgeLike {
  setBadgeText(details: { text: string }): Promise<unknown>;
  setBadgeBackgroundColor(details: { color: string }): Promise<unknown>;
}

export interface TransferRemindersDeps {
  alarms: AlarmsLike;
  badge: BadgeLike;
  /** Every live task's times, from the store (IndexedDB: survives restarts, unlike alarms). */
  taskTimes: () => Promise<TaskTimes[]>;
  now: () => number;
}

export interface TransferReminders {
  /**
   * Recomputes every task's status, shows the number needing attention on the toolbar badge, and
   * sets the alarm for the next change. Call on startup, on install, after a task is written and
   * when the alarm fires. Calls run one after another.
   */
  refresh(at?: number): Promise<{ attention: number; nextAt: number | null }>;
  /** For `alarms.onAlarm`: refreshes when it is our alarm, ignores any other. */
  onAlarm(alarm: { name: string; scheduledTime: number }): Promise<void>;
}

/**
 * Transfer reminders (issue 8 item 5). One alarm at the earliest next status change rather than
 * one per task: the alarm count stays bounded, and each firing sets the next one. Alarms can be
 * lost when the browser restarts; the tasks are in IndexedDB, so a refresh on startup rebuilds them.
 */
export function createTransferReminders({ alarms, badge, taskTimes, now }: TransferRemindersDeps): TransferReminders {
  let queue: Promise<unknown> = Promise.resolve();

  async function run(at: number | undefined) {
    // An alarm may fire a hair before its time by our clock: count its own time as reached.
    const moment = Math.max(now(), at ?? 0);
    const { attention, nextAt } = attentionAt(await taskTimes(), moment);
    await badge.setBadgeText({ text: attention > 0 ? String(attention) : '' });
    if (attention > 0) await badge.setBadgeBackgroundColor({ color: ATTENTION_COLOR });
    if (nextAt === null) await alarms.clear(TRANSFER_ALARM);
    else await alarms.create(TRANSFER_ALARM, { when: nextAt }); // same name: replaces the old one
    return { attention, nextAt };
  }

  const refresh: TransferReminders['refresh'] = (at) => {
    const next = queue.then(() => run(at));
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    refresh,
    async onAlarm(alarm) {
      if (alarm.name === TRANSFER_ALARM) await refresh(alarm.scheduledTime);
    },
  };
}

/** Wires the reminders to the browser: alarms, startup and install. */
export function watchTransferReminders(reminders: TransferReminders): void {
  const refresh = () =>
    void reminders.refresh().catch((error: unknown) => console.error('[kefu-sidebar] could not update transfer reminders', error));
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm).catch((error: unknown) => console.error('[kefu-sidebar] transfer reminder failed', error)));
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
}
