import type { NotAvailableReason, RateResult } from './rates';

/** The marks marketplaces score agents on (DOMAIN §2): answered within 3 and within 5 minutes. */
export const THREE_MINUTES_MS = 3 * 60_000;
export const FIVE_MINUTES_MS = 5 * 60_000;

/** One buyer's wait: when they asked (epoch ms) and when an agent answered (null: not answered). */
export interface Conversation {
  askedAt: number;
  answeredAt: number | null;
}

/**
 * What the reply rates are made of. `counted` is the denominator of both rates: every
 * conversation with a usable time, answered or not. `undecided3`/`undecided5` are the
 * unanswered ones still younger than the mark at `now` (left out of that mark's denominator).
 */
export interface ReplyCounts {
  counted: number;
  answered: number;
  within3: number;
  within5: number;
  undecided3: number;
  undecided5: number;
  /** Left out: an asked time that is not a finite number ≥ 0, or an answer before the question. */
  skipped: number;
}

export const EMPTY_REPLY_COUNTS: ReplyCounts = { counted: 0, answered: 0, within3: 0, within5: 0, undecided3: 0, undecided5: 0, skipped: 0 };

const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && t >= 0;

/** Counts conversations for the rates; see `replyRates` for what counts where. */
export function countReplies(conversations: Iterable<Conversation>, now?: number): ReplyCounts {
  const c = { ...EMPTY_REPLY_COUNTS };
  for (const { askedAt, answeredAt } of conversations) {
    const answered = answeredAt !== null && answeredAt !== undefined;
    if (!isTime(askedAt) || (answered && (!isTime(answeredAt) || answeredAt < askedAt))) {
      c.skipped++;
      continue;
    }
    c.counted++;
    if (answered) {
      c.answered++;
      const wait = answeredAt - askedAt;
      if (wait <= THREE_MINUTES_MS) c.within3++;
      if (wait <= FIVE_MINUTES_MS) c.within5++;
    } else if (isTime(now)) {
      if (now - askedAt < THREE_MINUTES_MS) c.undecided3++;
      if (now - askedAt < FIVE_MINUTES_MS) c.undecided5++;
    }
  }
  return c;
}

/** Both rates from counts (also from a stored day's summary). */
export function ratesFromCounts(c: ReplyCounts): { within3: RateResult; within5: RateResult } {
  return { within3: share(c.within3, c.counted - c.undecided3), within5: share(c.within5, c.counted - c.undecided5) };
}

function share(within: number, whole: number): RateResult {
  if (whole <= 0) return { value: null, reason: { code: 'no-conversations' } satisfies NotAvailableReason };
  return { value: within / whole, numerator: within, denominator: whole };
}

/**
 * Share of conversations answered within 3 and within 5 minutes (exactly 3:00 counts as within).
 * The denominator is every conversation with a usable asked time: an unanswered one counts as not
 * within. With `now`, an unanswered conversation that has not yet waited 3 (5) minutes is not
 * decided and stays out of that rate. Entries with a broken time (NaN, negative, an answer before
 * the question) are skipped; with none left the rate is not available (`no-conversations`).
 */
export function replyRates(conversations: Iterable<Conversation>, options: { now?: number } = {}): { within3: RateResult; within5: RateResult } {
  return ratesFromCounts(countReplies(conversations, options.now));
}
