const HOUR = 3_600_000;

/** A transfer usually takes 4–8 h: after 8 h it is slow (DOMAIN §3). */
export const SLOW_AFTER_MS = 8 * HOUR;
/** The back office gives up on a transfer after 72 h. */
export const TIMEOUT_AFTER_MS = 72 * HOUR;
/** Counts update T+1: check the abnormal count again 24 h after completion. */
export const RECHECK_AFTER_MS = 24 * HOUR;

export const TASK_STATUSES = ['in-progress', 'slow', 'timed-out', 'awaiting-recheck', 'recheck-due', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The times that decide a task's status (epoch ms). */
export interface TaskTimes {
  startedAt: number;
  completedAt?: number;
  recheckedAt?: number;
}

/**
 * Where a transfer task stands at `now`. Each threshold belongs to the later state: at exactly
 * 8 h a task is slow, at 72 h timed out, 24 h after completion its recheck is due.
 */
export function taskStatus(task: TaskTimes, now: number): TaskStatus {
  if (task.recheckedAt !== undefined) return 'done';
  if (task.completedAt !== undefined) return now - task.completedAt < RECHECK_AFTER_MS ? 'awaiting-recheck' : 'recheck-due';
  const elapsed = now - task.startedAt;
  if (elapsed >= TIMEOUT_AFTER_MS) return 'timed-out';
  if (elapsed >= SLOW_AFTER_MS) return 'slow';
  return 'in-progress';
}

/** When the task's status next changes after `now` (for an alarm), or null when it never will by itself. */
export function nextCheckAt(task: TaskTimes, now: number): number | null {
  if (task.recheckedAt !== undefined) return null;
  const moments = task.completedAt !== undefined ? [task.completedAt + RECHECK_AFTER_MS] : [task.startedAt + SLOW_AFTER_MS, task.startedAt + TIMEOUT_AFTER_MS];
  return moments.find((at) => at > now) ?? null;
}

/** The states an owner has to act on: chase a slow or timed-out transfer, recheck a finished one. */
export function needsAttention(status: TaskStatus): boolean {
  return status === 'slow' || status === 'timed-out' || status === 'recheck-due';
}

/** How many tasks need attention at `now`, and when the earliest of them next changes. */
export function attentionAt(tasks: readonly TaskTimes[], now: number): { attention: number; nextAt: number | null } {
  let attention = 0;
  let nextAt: number | null = null;
  for (const task of tasks) {
    if (needsAttention(taskStatus(task, now))) attention++;
    const at = nextCheckAt(task, now);
    if (at !== null && (nextAt === null || at < nextAt)) nextAt = at;
  }
  return { attention, nextAt };
}
