import type { Lang } from '../../core/i18n';
import { clockText, minutesIn, type MinuteInterval } from '../../core/routing/measured/day';
import { rm } from './messages';

/** `3 小时 20 分` / `3 h 20 min`; `20 分`, `3 小时` when a part is nothing. */
export function duration(lang: Lang, minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return rm(lang, 'minutesOnly', { m });
  return m % 60 === 0 ? rm(lang, 'hoursOnly', { h: m / 60 }) : rm(lang, 'hoursMinutes', { h: Math.floor(m / 60), m: m % 60 });
}

/** `09:00–12:30, 14:00–18:00`, or 无 / none. */
export function intervalList(lang: Lang, intervals: readonly MinuteInterval[]): string {
  return intervals.length === 0 ? rm(lang, 'none') : intervals.map(([s, e]) => `${clockText(s)}–${clockText(e)}`).join(lang === 'zh' ? '，' : ', ');
}

export const totalMinutes = (intervals: readonly MinuteInterval[] | null) => (intervals ? minutesIn(intervals) : null);

/** Hours of the day as `09`–`10`. */
export const hourRange = (h: number) => `${String(h).padStart(2, '0')}–${String(h + 1).padStart(2, '0')}`;
