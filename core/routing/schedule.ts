import type { OnlineInterval } from './schema';

/**
 * Online schedules at minute resolution: the simulation asks "is this agent online at minute m"
 * thousands of times, and the remedies need unions and trims of schedules.
 */
export const MINUTES_PER_DAY = 1440;

/** 1 for each minute of the day the agent is online (a minute counts when its middle is inside). */
export function onlineMask(online: readonly OnlineInterval[]): Uint8Array {
  const mask = new Uint8Array(MINUTES_PER_DAY);
  for (const [start, end] of online) {
    const from = Math.max(0, Math.ceil(start * 60 - 0.5));
    const to = Math.min(MINUTES_PER_DAY, Math.ceil(end * 60 - 0.5));
    mask.fill(1, from, to);
  }
  return mask;
}

/** Online hours per day, overlapping intervals counted once. */
export function onlineHours(online: readonly OnlineInterval[]): number {
  return countOnes(onlineMask(online)) / 60;
}

/** The intervals a mask describes, merged and sorted. */
export function maskIntervals(mask: Uint8Array): OnlineInterval[] {
  const out: OnlineInterval[] = [];
  let start = -1;
  for (let m = 0; m <= MINUTES_PER_DAY; m++) {
    const on = m < MINUTES_PER_DAY && mask[m] === 1;
    if (on && start < 0) start = m;
    else if (!on && start >= 0) {
      out.push([start / 60, m / 60]);
      start = -1;
    }
  }
  return out;
}

/** Every minute at least one of the schedules is online. */
export function unionOf(schedules: readonly (readonly OnlineInterval[])[]): OnlineInterval[] {
  const mask = new Uint8Array(MINUTES_PER_DAY);
  for (const online of schedules) onlineMask(online).forEach((on, m) => (mask[m] = mask[m]! | on));
  return maskIntervals(mask);
}

/** The schedule kept to its first `hours` online hours of the day (the end of the day is cut). */
export function trimTo(online: readonly OnlineInterval[], hours: number): OnlineInterval[] {
  const mask = onlineMask(online);
  let keep = Math.round(hours * 60);
  for (let m = 0; m < MINUTES_PER_DAY; m++) {
    if (mask[m] !== 1) continue;
    if (keep > 0) keep -= 1;
    else mask[m] = 0;
  }
  return maskIntervals(mask);
}

function countOnes(mask: Uint8Array): number {
  let n = 0;
  for (let m = 0; m < MINUTES_PER_DAY; m++) n += mask[m]!;
  return n;
}
