/**
 * What the sidebar measures of one agent's day (issue 9, "measured, not guessed"), as plain data:
 * no zod here, so the sidebar frame may read the types and helpers.
 */

/** [start, end) in whole minutes of the local day, 0–1440. */
export type MinuteInterval = [number, number];

export const MINUTES_PER_DAY = 1440;
/** An agent with more than this many buyers waiting is busy (DOMAIN §5, rule 3). */
export const BUSY_WAITING = 4;

/**
 * One agent-day as the advisor uses it. Counts from a table or typed by hand leave out what they
 * do not know: `online`/`busy` null when not measured, `received` null when only the day's total
 * is known, `date` null for a period without dates.
 */
export interface MeasuredDay {
  agentId: string;
  agentName: string;
  /** The console (site id); '' when a count table does not say. */
  site: string;
  /** YYYY-MM-DD, local. */
  date: string | null;
  online: MinuteInterval[] | null;
  busy: MinuteInterval[] | null;
  /** Buyers received in each of the 24 hours. */
  received: number[] | null;
  /** Buyers received that day (the sum of `received` when it is known). */
  total: number;
}

/** A day the sidebar recorded in full. */
export interface DayRecord extends MeasuredDay {
  date: string;
  online: MinuteInterval[];
  busy: MinuteInterval[];
  received: number[];
}

/** Where a team day came from (`team`: pulled from the agent's team database by the owner's sync). */
export type DaySource = 'file' | 'table' | 'hand' | 'team';

/** A team day as stored in the options page's list. */
export interface TeamDay extends MeasuredDay {
  id: string;
  source: DaySource;
  importedAt: number;
}

/** One agent's own recorded day (my days), as the sidebar shows it. */
export interface MyDay {
  site: string;
  date: string;
  online: MinuteInterval[];
  busy: MinuteInterval[];
  received: number[];
  total: number;
  /** Epoch ms of the last sample. */
  lastAt: number | null;
}

export const emptyHours = (): number[] => Array.from({ length: 24 }, () => 0);

/** Minutes covered by the intervals. */
export function minutesIn(intervals: readonly MinuteInterval[]): number {
  return intervals.reduce((sum, [start, end]) => sum + Math.max(0, end - start), 0);
}

/** Sorted, overlapping and touching intervals joined, empty ones dropped. */
export function normaliseIntervals(intervals: readonly MinuteInterval[]): MinuteInterval[] {
  const sorted = intervals.filter(([s, e]) => e > s).map(([s, e]) => [s, e] as MinuteInterval).sort((a, b) => a[0] - b[0]);
  const out: MinuteInterval[] = [];
  for (const next of sorted) {
    const last = out[out.length - 1];
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1]);
    else out.push(next);
  }
  return out;
}

/** `540` → `09:00`; 1440 → `24:00`. */
export function clockText(minute: number): string {
  const m = Math.max(0, Math.min(MINUTES_PER_DAY, Math.round(minute)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `09:30` → 570; undefined when not a time of day (00:00–24:00). */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minute <= MINUTES_PER_DAY ? minute : undefined;
}

/** The key under which a later copy of the same agent-day replaces an earlier one. */
export const dayKey = (day: Pick<MeasuredDay, 'agentId' | 'site' | 'date'>): string => `${day.agentId}\u0000${day.site}\u0000${day.date ?? ''}`;
