import { describe, expect, it } from 'vitest';
import { RECHECK_AFTER_MS, SLOW_AFTER_MS, TIMEOUT_AFTER_MS, attentionAt, needsAttention, nextCheckAt, taskStatus, type TaskTimes } from '.';

const H = 3_600_000;
const T0 = 1_764_547_200_000; // 2025-12-01 00:00 UTC

describe('taskStatus', () => {
  const open: TaskTimes = { startedAt: T0 };

  it('uses the thresholds of the domain: 8 h slow, 72 h timed out, recheck 24 h after completion', () => {
    expect([SLOW_AFTER_MS, TIMEOUT_AFTER_MS, RECHECK_AFTER_MS]).toEqual([8 * H, 72 * H, 24 * H]);
  });

  it('is in progress before 8 h, slow from 8 h, timed out from 72 h without completion', () => {
    expect(taskStatus(open, T0)).toBe('in-progress');
    expect(taskStatus(open, T0 + 8 * H - 1)).toBe('in-progress');
    expect(taskStatus(open, T0 + 8 * H)).toBe('slow');
    expect(taskStatus(open, T0 + 72 * H - 1)).toBe('slow');
    expect(taskStatus(open, T0 + 72 * H)).toBe('timed-out');
    expect(taskStatus(open, T0 + 500 * H)).toBe('timed-out');
  });

  it('awaits the recheck for 24 h after completion, then the recheck is due', () => {
    const done = { startedAt: T0, completedAt: T0 + 6 * H };
    expect(taskStatus(done, T0 + 6 * H)).toBe('awaiting-recheck');
    expect(taskStatus(done, T0 + 30 * H - 1)).toBe('awaiting-recheck');
    expect(taskStatus(done, T0 + 30 * H)).toBe('recheck-due');
    expect(taskStatus(done, T0 + 900 * H)).toBe('recheck-due');
  });

  it('counts completion over slowness and timeout: a late completion still awaits its recheck', () => {
    expect(taskStatus({ startedAt: T0, completedAt: T0 + 80 * H }, T0 + 81 * H)).toBe('awaiting-recheck');
  });

  it('is done once rechecked', () => {
    expect(taskStatus({ startedAt: T0, completedAt: T0 + H, recheckedAt: T0 + 26 * H }, T0 + 26 * H)).toBe('done');
  });
});

describe('nextCheckAt', () => {
  const cases: [string, TaskTimes, number, number | null][] = [
    ['just started', { startedAt: T0 }, T0, T0 + 8 * H],
    ['a moment before slow', { startedAt: T0 }, T0 + 8 * H - 1, T0 + 8 * H],
    ['slow', { startedAt: T0 }, T0 + 8 * H, T0 + 72 * H],
    ['timed out', { startedAt: T0 }, T0 + 72 * H, null],
    ['completed', { startedAt: T0, completedAt: T0 + 5 * H }, T0 + 5 * H, T0 + 29 * H],
    ['recheck due', { startedAt: T0, completedAt: T0 + 5 * H }, T0 + 29 * H, null],
    ['done', { startedAt: T0, completedAt: T0 + 5 * H, recheckedAt: T0 + 30 * H }, T0 + 30 * H, null],
  ];

  it.each(cases)('%s', (_, task, now, expected) => {
    expect(nextCheckAt(task, now)).toBe(expected);
  });

  it('names the exact moment the status changes', () => {
    for (const [, task, now] of cases) {
      const at = nextCheckAt(task, now);
      if (at === null) continue;
      expect(taskStatus(task, at - 1)).toBe(taskStatus(task, now));
      expect(taskStatus(task, at)).not.toBe(taskStatus(task, now));
    }
  });
});

describe('attention', () => {
  it('needs attention when slow, timed out or due for a recheck', () => {
    expect(['in-progress', 'slow', 'timed-out', 'awaiting-recheck', 'recheck-due', 'done'].filter((s) => needsAttention(s as never))).toEqual(['slow', 'timed-out', 'recheck-due']);
  });

  it('counts the tasks needing attention and finds the earliest next change', () => {
    const tasks: TaskTimes[] = [
      { startedAt: T0 }, // slow at T0 + 10 h, timed out at 72 h
      { startedAt: T0 + 9 * H }, // in progress, slow at T0 + 17 h
      { startedAt: T0 - 100 * H }, // timed out
      { startedAt: T0, completedAt: T0 + 5 * H }, // awaiting until T0 + 29 h
    ];
    expect(attentionAt(tasks, T0 + 10 * H)).toEqual({ attention: 2, nextAt: T0 + 17 * H });
    expect(attentionAt([], T0)).toEqual({ attention: 0, nextAt: null });
  });
});
