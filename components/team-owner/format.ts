import type { Lang } from '../../core/i18n';
import type { Ratio } from '../../core/team-owner';
import { tm } from './messages';

/** A moment in the owner's local time. */
export const when = (lang: Lang, at: number) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

/** A share as a percentage, or "not available" in words (never NaN). */
export const percent = (lang: Lang, r: Ratio) => (r.available ? `${Math.round(r.value * 1000) / 10}%` : tm(lang, 'notAvailable'));

/** An average to one decimal, or "not available". */
export const average = (lang: Lang, r: Ratio) => (r.available ? String(Math.round(r.value * 10) / 10) : tm(lang, 'notAvailable'));

export const hoursMinutes = (lang: Lang, minutes: number) => tm(lang, 'hoursMinutes', { h: Math.floor(minutes / 60), m: Math.round(minutes % 60) });
