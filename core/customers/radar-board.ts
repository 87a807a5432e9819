/**
 * The radar's memory of who is waiting, fed with what the console shows on each read of the page,
 * and its list at any moment. Pure: times come in as arguments, so the sidebar ticks its countdowns
 * every second from this memory without reading the page again.
 *
 * Where the counts come from:
 * - the open conversation: its messages (buyer messages after the last agent message);
 * - another row: what was counted when it was last open, plus its unread count (a dot or a
 *   waiting mark alone counts as one message).
 * Where the start comes from: the console's own wait text when it says how long (`已等待3分钟`),
 * else the first time the radar saw the buyer waiting; the earlier of the two wins.
 */
import { compareUrgency, deadlinesFor, type ReplyDeadlines } from './radar';
import { waitedSecondsOf } from './radar-wait-text';
import { endedWait, type ReplyWait, type StreakView } from './radar-waits';

/** One conversation row as the page shows it (the content script's `Conversation`). */
export interface RadarRow {
  id: string;
  name: string;
  active: boolean;
  unread: boolean;
  /** The number on the row's unread badge, when it shows one. */
  unreadCount?: number | null;
  /** The console's own wait text, when the row sits in a waiting group. */
  waiting: string | null;
}

/** What the radar remembers of one buyer. */
export interface BuyerStreak extends StreakView {
  name: string;
  /** The row is the open conversation. */
  active: boolean;
  /** Messages counted when the conversation was last open and still unanswered when it was left. */
  carried: number;
}

export type RadarMemory = ReadonlyMap<string, BuyerStreak>;

export interface RadarEntry extends ReplyDeadlines {
  id: string;
  name: string;
  active: boolean;
  unanswered: number;
}

/** Most unread messages we believe a badge: a bigger number is a console's `99+`, or page noise. */
const MAX_COUNT = 99;

const clampCount = (n: number) => Math.max(0, Math.min(MAX_COUNT, Math.floor(n)));

/** The unanswered count a row shows now. */
function countOf(row: RadarRow, previous: BuyerStreak | undefined, openUnanswered: number | null): { unanswered: number; open: boolean; carried: number } {
  if (row.active && openUnanswered !== null) {
    const n = clampCount(openUnanswered);
    return { unanswered: n, open: true, carried: n };
  }
  const carried = previous?.carried ?? 0;
  const unread = typeof row.unreadCount === 'number' && Number.isFinite(row.unreadCount) ? clampCount(row.unreadCount) : row.unread ? 1 : 0;
  let n = clampCount(carried + unread);
  if (n === 0 && row.waiting) n = 1;
  return { unanswered: n, open: false, carried };
}

/**
 * One read of the page: the new memory, and the waits that ended (see radar-waits.ts). Buyers whose
 * row is gone are forgotten (the list holds what the console shows, nothing more).
 * `openUnanswered`: the open conversation's count from its messages, null when they can't be read.
 */
export function observeRadar(
  memory: RadarMemory,
  rows: readonly RadarRow[],
  openUnanswered: number | null,
  now: number,
  site: string,
): { memory: Map<string, BuyerStreak>; ended: ReplyWait[] } {
  const next = new Map<string, BuyerStreak>();
  const ended: ReplyWait[] = [];
  for (const row of rows) {
    if (next.has(row.id)) continue; // a buyer listed twice (two groups): the first row counts
    const previous = memory.get(row.id);
    const { unanswered, open, carried } = countOf(row, previous, openUnanswered);
    const wait = endedWait(site, row.id, previous, { unanswered, open, since: now }, now);
    if (wait) ended.push(wait);
    // A streak goes on while it had messages and none was answered; otherwise it starts now.
    let since = previous && previous.unanswered > 0 && !wait ? previous.since : now;
    const waited = waitedSecondsOf(row.waiting);
    if (unanswered > 0 && waited !== null) since = Math.min(since, now - waited * 1000);
    next.set(row.id, { name: row.name, active: row.active, unanswered, open, carried, since });
  }
  return { memory: next, ended };
}

/** The buyers waiting at `now`, most urgent first (see radar.ts for the levels). */
export function radarAt(memory: RadarMemory, now: number): RadarEntry[] {
  const entries: RadarEntry[] = [];
  for (const [id, s] of memory) {
    if (s.unanswered <= 0) continue;
    entries.push({ id, name: s.name, active: s.active, unanswered: s.unanswered, ...deadlinesFor(s.unanswered, s.since, now) });
  }
  return entries.sort((a, b) => compareUrgency(a, b) || a.id.localeCompare(b.id));
}
