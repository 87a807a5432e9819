import type { Lang } from '../../core/i18n';
import { cm } from './messages';

const DAY = 86_400_000;
const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/** `今天 14:20`, `昨天 09:05`, `11月28日`, `2025/3/2`: when something happened, as an agent reads it. */
export function when(lang: Lang, at: number, now = Date.now()): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit' });
  const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY);
  if (days === 0) return lang === 'zh' ? `今天 ${time}` : `today ${time}`;
  if (days === 1) return lang === 'zh' ? `昨天 ${time}` : `yesterday ${time}`;
  if (d.getFullYear() === new Date(now).getFullYear()) return d.toLocaleDateString(locale(lang), { month: 'short', day: 'numeric' });
  return d.toLocaleDateString(locale(lang), { dateStyle: 'medium' });
}

function startOfDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** A `YYYY-MM-DD` day as `12月3日` / `3 Dec`. */
export function dayText(lang: Lang, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(locale(lang), { month: 'short', day: 'numeric' });
}

/** The local day `offset` days from now, as `YYYY-MM-DD` (the date input's value). */
export function dayFromNow(offset: number, now = Date.now()): string {
  const d = new Date(now);
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `今天到期` / `逾期 3 天` / `12月5日 到期`, for an open promise due on `due` when today is `today`. */
export function dueText(lang: Lang, due: string, today: string): string {
  if (due === today) return cm(lang, 'dueToday');
  if (due < today) {
    const days = Math.round((Date.parse(today) - Date.parse(due)) / DAY);
    return days === 1 ? cm(lang, 'overdueOne') : cm(lang, 'overdue', { days });
  }
  return cm(lang, 'dueOn', { date: dayText(lang, due) });
}

/** Tags as typed: split on commas (both widths), 、 and spaces. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** A buyer name as the card shows it: page text without control or direction-override characters, at most 64 characters. */
export function displayName(name: string): string {
  let out = name
    .slice(0, 256)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .trim()
    .slice(0, 64);
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out;
}
