import type { LocalClock } from './clock';
import { BUSY_WAITING, MINUTES_PER_DAY, emptyHours, type MinuteInterval } from './day';

/** What the sidebar sees of the console at one moment. */
export interface Sample {
  /** Epoch ms. */
  at: number;
  /** The console tab with our sidebar is open. */
  online: boolean;
  /** Buyers waiting for a reply (waiting or unread rows). */
  waiting: number;
  /** Conversation ids in the console's list now. */
  buyerIds: string[];
}

/**
 * The recorder's state for one day on one console: the day's figures plus what it needs to go on
 * (open intervals, last sample, buyers already counted). `seen` and `lastIds` hold short hashes of
 * conversation ids, never the ids; they stay on this machine and never go into a day file.
 */
export interface RecorderDay {
  site: string;
  date: string;
  online: MinuteInterval[];
  busy: MinuteInterval[];
  received: number[];
  seen: string[];
  lastIds: string[];
  lastAt: number | null;
  onlineOpen: boolean;
  busyOpen: boolean;
}

/** A gap between samples longer than this closes the open intervals (sleep, closed tab, crash). */
export const GAP_MS = 5 * 60_000;
/** A sample stands for the minute after it: an interval closed by a gap keeps that minute. */
const SAMPLE_MINUTES = 1;
/** Most buyers remembered per day; the oldest are forgotten beyond it (memory stays bounded). */
export const MAX_SEEN = 5_000;
/** Most ids looked at per sample (a console list longer than this is cut). */
export const MAX_IDS_PER_SAMPLE = 1_000;

export function startRecorderDay(site: string, date: string): RecorderDay {
  return { site, date, online: [], busy: [], received: emptyHours(), seen: [], lastIds: [], lastAt: null, onlineOpen: false, busyOpen: false };
}

/** FNV-1a, 32 bits, base 36: enough to tell a day's buyers apart without keeping their ids. */
export function idHash(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Feeds samples to the recorder. `current` is the latest day recorded on this console (or null).
 * Returns every day the samples touched, oldest first (more than one when they cross midnight).
 * Samples older than the last one are ignored: the batch may repeat after a retry.
 */
export function recordSamples(current: RecorderDay | null, site: string, samples: readonly Sample[], clock: LocalClock): RecorderDay[] {
  const touched: RecorderDay[] = [];
  let day = current ? clone(current) : null;
  // The day's buyers as a set, built once per batch (not once per sample).
  let seen = new Set(day?.seen ?? []);
  for (const sample of [...samples].sort((a, b) => a.at - b.at)) {
    if (day && day.lastAt !== null && sample.at < day.lastAt) continue;
    const date = clock.dateOf(sample.at);
    if (!day) day = startRecorderDay(site, date);
    if (date !== day.date) {
      if (date < day.date) continue; // the machine's clock went back a day: keep what we have
      const next = crossMidnight(day, date, sample.at);
      pushTouched(touched, day);
      day = next;
      seen = new Set(day.seen);
    }
    apply(day, seen, sample, clock.minuteOf(sample.at));
    pushTouched(touched, day);
  }
  return touched;
}

function pushTouched(list: RecorderDay[], day: RecorderDay): void {
  if (list[list.length - 1] !== day) list.push(day);
}

function clone(day: RecorderDay): RecorderDay {
  return { ...day, online: day.online.map(copy), busy: day.busy.map(copy), received: [...day.received], seen: [...day.seen], lastIds: [...day.lastIds] };
}
const copy = ([s, e]: MinuteInterval): MinuteInterval => [s, e];

/**
 * Ends `day` at midnight and starts `date`. With no long gap, open intervals run to 24:00 and go on
 * from 00:00; the buyers listed at midnight were received the day before, so they are not counted again.
 */
function crossMidnight(day: RecorderDay, date: string, at: number): RecorderDay {
  const next = startRecorderDay(day.site, date);
  const continued = day.lastAt !== null && at - day.lastAt <= GAP_MS;
  if (continued) {
    if (day.onlineOpen) extend(day.online, MINUTES_PER_DAY);
    if (day.busyOpen) extend(day.busy, MINUTES_PER_DAY);
    if (day.onlineOpen) next.online.push([0, 0]);
    if (day.busyOpen) next.busy.push([0, 0]);
    next.onlineOpen = day.onlineOpen;
    next.busyOpen = day.busyOpen;
    next.lastAt = day.lastAt;
  } else {
    closeAfterGap(day);
  }
  day.onlineOpen = day.busyOpen = false;
  next.seen = [...day.lastIds];
  next.lastIds = [...day.lastIds];
  return next;
}

function apply(day: RecorderDay, seen: Set<string>, sample: Sample, minute: number): void {
  if (day.lastAt !== null && sample.at - day.lastAt > GAP_MS) closeAfterGap(day);
  day.onlineOpen = step(day.online, day.onlineOpen, sample.online, minute);
  day.busyOpen = step(day.busy, day.busyOpen, sample.online && sample.waiting > BUSY_WAITING, minute);

  const hour = Math.min(23, Math.floor(minute / 60));
  const now: string[] = [];
  for (const id of sample.buyerIds.slice(0, MAX_IDS_PER_SAMPLE)) {
    const hash = idHash(id);
    now.push(hash);
    if (seen.has(hash)) continue;
    seen.add(hash);
    day.seen.push(hash);
    day.received[hour]! += 1;
  }
  if (day.seen.length > MAX_SEEN) for (const gone of day.seen.splice(0, day.seen.length - MAX_SEEN)) seen.delete(gone);
  day.lastIds = now;
  day.lastAt = sample.at;
}

/** One interval list through one sample: opens, extends or closes its last interval. */
function step(list: MinuteInterval[], open: boolean, on: boolean, minute: number): boolean {
  if (on) {
    if (open) extend(list, minute);
    else list.push([minute, minute]);
    return true;
  }
  if (open) extend(list, minute);
  return false;
}

function extend(list: MinuteInterval[], minute: number): void {
  const last = list[list.length - 1];
  if (last) last[1] = Math.max(last[1], minute);
}

function closeAfterGap(day: RecorderDay): void {
  if (day.onlineOpen) extendBy(day.online);
  if (day.busyOpen) extendBy(day.busy);
  day.onlineOpen = day.busyOpen = false;
}

function extendBy(list: MinuteInterval[]): void {
  const last = list[list.length - 1];
  if (last) last[1] = Math.min(MINUTES_PER_DAY, last[1] + SAMPLE_MINUTES);
}
