/**
 * When a wait ends, for the 3- and 5-minute reply rates: a buyer's unanswered streak ended by an
 * agent message, with the times the radar observed. Only ends seen in the open conversation count
 * (its messages show the answer); a row that merely stops looking unread tells no answer time.
 */

/** One observed wait: when the buyer's first unanswered message was seen, and when the answer was (null: none yet). */
export interface ReplyWait {
  site: string;
  buyerId: string;
  askedAt: number;
  answeredAt: number | null;
}

/** A buyer's streak at one observation. */
export interface StreakView {
  /** Buyer messages in a row without an answer. */
  unanswered: number;
  /** When the streak began (ms). */
  since: number;
  /** Whether the count comes from the open conversation's messages. */
  open: boolean;
}

/**
 * The wait that ended between two observations of one buyer, or null. Ended = the open
 * conversation's count fell (to 0, or below what it was: the agent answered and the buyer wrote
 * again between two reads). Not ended: the buyer's row is gone, or the count changed on a row that
 * is not open (an estimate from unread markers).
 */
export function endedWait(site: string, buyerId: string, before: StreakView | undefined, after: StreakView | undefined, now: number): ReplyWait | null {
  if (!before || !after || before.unanswered <= 0) return null;
  if (!before.open || !after.open || after.unanswered >= before.unanswered) return null;
  return { site, buyerId, askedAt: before.since, answeredAt: Math.max(now, before.since) };
}
