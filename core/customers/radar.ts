/**
 * The waiting radar's rules (DOMAIN §2): three unanswered buyer messages and the sale is usually
 * lost; marketplaces score agents on the share of buyers answered within 3 and within 5 minutes.
 *
 * Levels, most urgent first:
 * - `lost`: 3 or more buyer messages in a row without an answer, however recent.
 * - `late`: the first unanswered message is 5 minutes old or more (both reply marks missed).
 * - `warn`: the 3-minute mark is a minute away or passed (2 minutes or more), or 2 messages are
 *   unanswered (one more and the sale is usually lost).
 * - `ok`: nobody waits, or the buyer has waited less than 2 minutes with one message.
 * When no time is known (`waitingSeconds` null), only the message count decides.
 */

export type MessageFrom = 'buyer' | 'agent';

/** A message as the radar sees it: who wrote it, and when (ms since the epoch, or a Date) when known. */
export interface RadarMessage {
  from: MessageFrom;
  at?: number | Date | null;
}

export type WaitLevel = 'ok' | 'warn' | 'late' | 'lost';

export interface ReplyDeadlines {
  /** Seconds since the first unanswered buyer message; 0 when nobody waits; null when waiting but no time is known. */
  waitingSeconds: number | null;
  /** Seconds left to the 3-minute mark (0 = passed); null when nobody waits or no time is known. */
  threeMinuteLeft: number | null;
  /** Seconds left to the 5-minute mark (0 = passed); null when nobody waits or no time is known. */
  fiveMinuteLeft: number | null;
  level: WaitLevel;
}

export const THREE_MINUTES_S = 180;
export const FIVE_MINUTES_S = 300;
/** This many unanswered buyer messages in a row: the sale is usually lost. */
export const LOST_AT_UNANSWERED = 3;
/** The warning starts this long before the 3-minute mark. */
export const WARN_BEFORE_S = 60;

/** Most urgent first: what the list's order and the launcher's badge rest on. */
export const WAIT_LEVELS: readonly WaitLevel[] = ['lost', 'late', 'warn', 'ok'];
const RANK: Record<WaitLevel, number> = { lost: 3, late: 2, warn: 1, ok: 0 };

/** Levels that need the agent now (counted on the launcher's badge). */
export const isUrgent = (level: WaitLevel): boolean => level === 'lost' || level === 'late' || level === 'warn';

function checkMessages(messages: readonly RadarMessage[], where: string): void {
  if (!Array.isArray(messages)) throw new TypeError(`${where}: messages must be a list, got ${typeof messages}`);
  messages.forEach((m, i) => {
    if (!m || (m.from !== 'buyer' && m.from !== 'agent')) {
      throw new TypeError(`${where}: message ${i} has from=${JSON.stringify(m?.from)}, expected 'buyer' or 'agent'`);
    }
  });
}

/** A message time in ms, or null when it is missing or not a time. */
function timeOf(at: RadarMessage['at']): number | null {
  const ms = at instanceof Date ? at.getTime() : at;
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : null;
}

/** How many buyer messages follow the last agent message (messages in time order). */
export function consecutiveUnanswered(messages: readonly RadarMessage[]): number {
  checkMessages(messages, 'consecutiveUnanswered');
  let count = 0;
  for (let i = messages.length - 1; i >= 0 && messages[i]!.from === 'buyer'; i--) count++;
  return count;
}

/**
 * The level for `unanswered` messages in a row, waiting `waitingSeconds` (null: time unknown).
 */
export function waitLevel(unanswered: number, waitingSeconds: number | null): WaitLevel {
  if (unanswered <= 0) return 'ok';
  if (unanswered >= LOST_AT_UNANSWERED) return 'lost';
  if (waitingSeconds !== null && waitingSeconds >= FIVE_MINUTES_S) return 'late';
  if (unanswered >= LOST_AT_UNANSWERED - 1) return 'warn';
  if (waitingSeconds !== null && waitingSeconds >= THREE_MINUTES_S - WARN_BEFORE_S) return 'warn';
  return 'ok';
}

/**
 * Deadlines for `unanswered` messages in a row whose first was written at `since` (ms; null when
 * unknown), seen at `now` (ms). A `since` after `now` (clocks apart) counts as no wait yet.
 */
export function deadlinesFor(unanswered: number, since: number | null, now: number): ReplyDeadlines {
  if (!Number.isFinite(now)) throw new RangeError(`replyDeadlines: now must be a time in ms, got ${String(now)}`);
  if (unanswered <= 0) return { waitingSeconds: 0, threeMinuteLeft: null, fiveMinuteLeft: null, level: 'ok' };
  if (since === null) return { waitingSeconds: null, threeMinuteLeft: null, fiveMinuteLeft: null, level: waitLevel(unanswered, null) };
  const waitingSeconds = Math.max(0, Math.floor((now - since) / 1000));
  return {
    waitingSeconds,
    threeMinuteLeft: Math.max(0, THREE_MINUTES_S - waitingSeconds),
    fiveMinuteLeft: Math.max(0, FIVE_MINUTES_S - waitingSeconds),
    level: waitLevel(unanswered, waitingSeconds),
  };
}

/**
 * How long the buyer has waited and how long is left to the 3- and 5-minute marks, from the
 * conversation's messages in time order. The wait starts at the earliest known time among the
 * unanswered messages (the first one's when it has one; a later one's is a lower bound).
 */
export function replyDeadlines(messages: readonly RadarMessage[], now: number | Date): ReplyDeadlines {
  const unanswered = consecutiveUnanswered(messages);
  const nowMs = now instanceof Date ? now.getTime() : now;
  let since: number | null = null;
  for (let i = messages.length - unanswered; i < messages.length; i++) {
    const at = timeOf(messages[i]!.at);
    if (at !== null && (since === null || at < since)) since = at;
  }
  return deadlinesFor(unanswered, since, nowMs);
}

/** What urgency is sorted on. */
export interface Urgency {
  level: WaitLevel;
  waitingSeconds: number | null;
  unanswered: number;
}

/** Sort order, most urgent first: level, then the longer wait (unknown last), then more messages. */
export function compareUrgency(a: Urgency, b: Urgency): number {
  return (
    RANK[b.level] - RANK[a.level] ||
    (b.waitingSeconds ?? -1) - (a.waitingSeconds ?? -1) ||
    b.unanswered - a.unanswered
  );
}
