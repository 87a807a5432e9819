import { describe, expect, it } from 'vitest';
import type { TaskTimes } from '../core/transfer';
import { ATTENTION_COLOR, TRANSFER_ALARM, createTransferReminders, type AlarmsLike, type BadgeLike } from './transfer-alarms';

const H = 3_600_000;
const T0 = 1_764_547_200_000;

/** `browser.alarms` as far as the reminders use it: one pending time per name, lost on restart. */
function fakeAlarms() {
  const pending = new Map<string, number>();
  const alarms: AlarmsLike & { pending: Map<string, number> } = {
    pending,
    create: (name, { when }) => void pending.set(name, when),
    clear: async (name) => pending.delete(name),
  };
  return alarms;
}

function fakeBadge() {
  const badge: BadgeLike & { text: string; color?: string } = {
    text: '',
    setBadgeText: async ({ text }) => void (badge.text = text),
    setBadgeBackgroundColor: async ({ color }) => void (badge.color = color),
  };
  return badge;
}

/** A browser session: its own alarms (a restart loses them) and badge, over tasks kept in "IndexedDB". */
function session(tasks: TaskTimes[], clock: { t: number }) {
  const alarms = fakeAlarms();
  const badge = fakeBadge();
  const reminders = createTransferReminders({ alarms, badge, taskTimes: async () => tasks, now: () => clock.t });
  /** Moves the clock to the pending alarm and fires it, as the browser would. */
  const fire = async () => {
    const when = alarms.pending.get(TRANSFER_ALARM);
    if (when === undefined) throw new Error('no alarm pending');
    clock.t = when;
    alarms.pending.delete(TRANSFER_ALARM);
    await reminders.onAlarm({ name: TRANSFER_ALARM, scheduledTime: when });
  };
  return { alarms, badge, reminders, fire };
}

describe('transfer reminders', () => {
  it('fire at each status change, survive a browser restart, and show the tasks needing attention', async () => {
    const clock = { t: T0 };
    const tasks: TaskTimes[] = [{ startedAt: T0 }];
    let s = session(tasks, clock);

    await s.reminders.refresh();
    expect(s.badge.text).toBe('');
    expect(s.alarms.pending.get(TRANSFER_ALARM)).toBe(T0 + 8 * H);

    await s.fire(); // 8 h: slow
    expect(s.badge).toMatchObject({ text: '1', color: ATTENTION_COLOR });
    expect(s.alarms.pending.get(TRANSFER_ALARM)).toBe(T0 + 72 * H);

    // The browser closes at 20 h and opens again at 75 h: the alarm is gone, the task is not.
    clock.t = T0 + 75 * H;
    s = session(tasks, clock);
    expect(s.alarms.pending.size).toBe(0);
    expect(await s.reminders.refresh()).toEqual({ attention: 1, nextAt: null }); // on startup: timed out
    expect(s.badge.text).toBe('1');
    expect(s.alarms.pending.size).toBe(0);

    // The owner marks it completed: nothing to do until the recheck is due 24 h later.
    tasks[0] = { startedAt: T0, completedAt: T0 + 75 * H };
    tasks.push({ startedAt: T0 + 75 * H });
    await s.reminders.refresh();
    expect(s.badge.text).toBe('');
    expect(s.alarms.pending.get(TRANSFER_ALARM)).toBe(T0 + 83 * H); // the new task turns slow first
    await s.fire();
    expect(s.badge.text).toBe('1');
    await s.fire(); // T0 + 99 h: recheck due as well
    expect(clock.t).toBe(T0 + 99 * H);
    expect(s.badge.text).toBe('2');
  });

  it('counts an alarm that fires a moment early by our clock as on time', async () => {
    const clock = { t: T0 };
    const s = session([{ startedAt: T0 }], clock);
    await s.reminders.refresh();
    clock.t = T0 + 8 * H - 5; // the worker's clock lags the alarm by a few ms
    await s.reminders.onAlarm({ name: TRANSFER_ALARM, scheduledTime: T0 + 8 * H });
    expect(s.badge.text).toBe('1');
  });

  it('ignores other alarms, and clears its own when no task will change by itself', async () => {
    const clock = { t: T0 };
    const tasks: TaskTimes[] = [{ startedAt: T0 }];
    const s = session(tasks, clock);
    await s.reminders.onAlarm({ name: 'someone-else', scheduledTime: T0 });
    expect(s.alarms.pending.size).toBe(0);
    await s.reminders.refresh();
    tasks[0] = { startedAt: T0, completedAt: T0, recheckedAt: T0 };
    await s.reminders.refresh();
    expect(s.alarms.pending.size).toBe(0);
    expect(s.badge.text).toBe('');
  });

  it('runs refreshes one after another, so the last one’s view wins', async () => {
    const clock = { t: T0 };
    const calls: number[] = [];
    const tasks: TaskTimes[][] = [[{ startedAt: T0 - 9 * H }], []];
    const alarms = fakeAlarms();
    const badge = fakeBadge();
    let n = 0;
    const reminders = createTransferReminders({
      alarms,
      badge,
      now: () => clock.t,
      taskTimes: async () => {
        const mine = n++;
        calls.push(mine);
        // The first read is slow: without the queue its result would land last.
        await new Promise((done) => setTimeout(done, mine === 0 ? 20 : 0));
        return tasks[mine]!;
      },
    });
    await Promise.all([reminders.refresh(), reminders.refresh()]);
    expect(badge.text).toBe('');
    expect(calls).toEqual([0, 1]);
  });
});
