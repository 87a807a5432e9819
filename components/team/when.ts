import type { Lang } from '../../core/i18n';
import { formatDateTime } from '../manager/format';
import { tt } from './messages';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago, in a seller's words: 刚刚 / 5 分钟前 / 3 小时前 / 2 天前 (a clock set back reads 刚刚). */
export function timeAgo(lang: Lang, then: number, now: number): string {
  const ago = Math.max(0, now - then);
  if (ago < MINUTE) return tt(lang, 'justNow');
  if (ago < HOUR) return tt(lang, 'minutesAgo', { count: Math.floor(ago / MINUTE) });
  if (ago < DAY) return tt(lang, 'hoursAgo', { count: Math.floor(ago / HOUR) });
  return tt(lang, 'daysAgo', { count: Math.floor(ago / DAY) });
}

/** `3 分钟前（2026年12月1日 16:40）`: relative first, the exact time beside it. */
export function whenText(lang: Lang, then: number, now: number): string {
  return tt(lang, 'at', { relative: timeAgo(lang, then, now), absolute: formatDateTime(lang, then) });
}
