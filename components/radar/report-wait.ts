import type { ReplyWait } from '../../core/customers/radar-waits';

/** How many observations are kept: enough to look at, bounded however long the sidebar stays open. */
const KEPT = 100;
const recent: ReplyWait[] = [];

/**
 * Where the radar hands each observed reply wait (for the 3- and 5-minute reply rates). For now it
 * only keeps the latest in memory; the metrics area's `recordReplyWaits` request takes them over
 * here (this one function is the place to connect).
 */
export function reportReplyWait(wait: ReplyWait): void {
  recent.push(wait);
  if (recent.length > KEPT) recent.splice(0, recent.length - KEPT);
}

/** The latest observations, oldest first. */
export function recentReplyWaits(): readonly ReplyWait[] {
  return [...recent];
}
