import { cyrb53 } from '../library';
import { EMPTY_REPLY_COUNTS, countReplies, ratesFromCounts, type ReplyCounts } from './reply-rates';
import type { RateResult } from './rates';

/**
 * Reply waits the waiting radar observed, kept per console and local day. Today and yesterday
 * keep each wait (so a repeated or completed observation lands on the same entry); older days
 * keep their counts only, and days past WAIT_DAYS_KEPT go. No buyer id is stored: a wait is known
 * by a hash of its buyer and its asked time.
 */

/** One observation: a buyer on a console asked at `askedAt` and was answered at `answeredAt` (null: not yet). */
export interface ReplyWait {
  site: string;
  buyerId: string;
  askedAt: number;
  answeredAt: number | null;
}

/** A stored wait: [buyer hash, asked at, answered at or null]. */
export type StoredWait = [buyer: string, askedAt: number, answeredAt: number | null];

/** One console's day of waits: each wait while the day is recent, the counts once it is compacted. */
export interface WaitDay {
  site: string;
  date: string;
  waits: StoredWait[];
  /** Set when the day was compacted (its waits dropped); null while it keeps each wait. */
  summary: ReplyCounts | null;
}

/** How many days of reply waits are kept (today included). */
export const WAIT_DAYS_KEPT = 90;
/** Days that keep each wait (today and yesterday: a wait that crosses midnight is still matched). */
export const WAIT_DETAIL_DAYS = 2;
/** Waits kept per console and day; past it, new ones are ignored (a busy agent has a few hundred). */
export const MAX_WAITS_PER_DAY = 3000;
/** Waits in one request. */
export const MAX_WAITS_PER_BATCH = 500;

/** What one batch did: new waits, waits that got their answer (or an earlier one), repeats, and ignored ones. */
export interface WaitsOutcome {
  added: number;
  updated: number;
  unchanged: number;
  /** Asked in the future, before the kept days, on a day already compacted, or on a full day. */
  ignored: number;
}

/** One console's day as the pages show it: the counts and both rates. */
export interface WaitDaySummary {
  site: string;
  date: string;
  counts: ReplyCounts;
  within3: RateResult;
  within5: RateResult;
}

/** The buyer on a console as a key: the same buyer gives the same key; the id itself is not kept. */
export const buyerKey = (site: string, buyerId: string): string => cyrb53(`${site}\u0000${buyerId}`);

/** `date` moved by `days` (YYYY-MM-DD, calendar arithmetic). */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const dayId = (site: string, date: string) => `${site}\u0000${date}`;

/**
 * Adds a batch to the stored days. Gives back the days it changed (new, added to, compacted) and
 * those to delete (older than the kept days). The same buyer and asked time is one wait: a second
 * observation only fills in a missing answer or an earlier one, never removes an answer.
 */
export function addWaits(
  stored: readonly WaitDay[],
  waits: readonly ReplyWait[],
  { now, dateOf }: { now: number; dateOf: (at: number) => string },
): { changed: WaitDay[]; deleted: { site: string; date: string }[]; outcome: WaitsOutcome } {
  const today = dateOf(now);
  const oldestKept = shiftDate(today, -(WAIT_DAYS_KEPT - 1));
  const oldestDetailed = shiftDate(today, -(WAIT_DETAIL_DAYS - 1));
  const days = new Map(stored.map((d) => [dayId(d.site, d.date), { ...d, waits: [...d.waits] }]));
  const changed = new Set<string>();
  const outcome: WaitsOutcome = { added: 0, updated: 0, unchanged: 0, ignored: 0 };

  for (const wait of waits) {
    const date = dateOf(wait.askedAt);
    if (date > today || date < oldestKept) {
      outcome.ignored++;
      continue;
    }
    const id = dayId(wait.site, date);
    let day = days.get(id);
    if (!day) days.set(id, (day = { site: wait.site, date, waits: [], summary: null }));
    if (day.summary) {
      outcome.ignored++;
      continue;
    }
    const key = buyerKey(wait.site, wait.buyerId);
    const index = day.waits.findIndex(([k, asked]) => k === key && asked === wait.askedAt);
    if (index >= 0) {
      const old = day.waits[index]![2];
      if (wait.answeredAt !== null && (old === null || wait.answeredAt < old)) {
        day.waits[index] = [key, wait.askedAt, wait.answeredAt];
        outcome.updated++;
        changed.add(id);
      } else outcome.unchanged++;
    } else if (day.waits.length >= MAX_WAITS_PER_DAY) {
      outcome.ignored++;
    } else {
      day.waits.push([key, wait.askedAt, wait.answeredAt]);
      outcome.added++;
      changed.add(id);
    }
  }

  const deleted: { site: string; date: string }[] = [];
  for (const [id, day] of days) {
    if (day.date < oldestKept) {
      if (stored.some((d) => d.site === day.site && d.date === day.date)) deleted.push({ site: day.site, date: day.date });
      days.delete(id);
      changed.delete(id);
    } else if (day.date < oldestDetailed && !day.summary) {
      days.set(id, { ...day, waits: [], summary: countReplies(conversationsOf(day)) });
      changed.add(id);
    }
  }
  return { changed: [...changed].map((id) => days.get(id)!).filter((d) => d.waits.length > 0 || d.summary), deleted, outcome };
}

const conversationsOf = (day: WaitDay) => day.waits.map(([, askedAt, answeredAt]) => ({ askedAt, answeredAt }));

/**
 * A day's counts and rates. While the day keeps each wait, `now` decides which unanswered waits
 * are still undecided (see `replyRates`); a compacted day is final.
 */
export function summariseWaitDay(day: WaitDay, now: number): WaitDaySummary {
  const counts = day.summary ?? countReplies(conversationsOf(day), now);
  return { site: day.site, date: day.date, counts, ...ratesFromCounts(counts) };
}

/** Consoles' days joined per date (an agent may work on several consoles), newest first. */
export function waitDaysByDate(days: readonly WaitDaySummary[]): { date: string; sites: string[]; counts: ReplyCounts; within3: RateResult; within5: RateResult }[] {
  const byDate = new Map<string, { sites: string[]; counts: ReplyCounts }>();
  for (const day of days) {
    const entry = byDate.get(day.date) ?? { sites: [], counts: { ...EMPTY_REPLY_COUNTS } };
    entry.sites.push(day.site);
    for (const k of Object.keys(entry.counts) as (keyof ReplyCounts)[]) entry.counts[k] += day.counts[k];
    byDate.set(day.date, entry);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([date, { sites, counts }]) => ({ date, sites: sites.sort(), counts, ...ratesFromCounts(counts) }));
}
