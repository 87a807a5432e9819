import type { Lang } from '../../core/i18n';

/** A date as a seller reads it: 2026/3/5 (zh) or Mar 5, 2026 (en). */
export function formatDate(lang: Lang, time: number): string {
  return new Date(time).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Date and time, for snapshots. */
export function formatDateTime(lang: Lang, time: number): string {
  return new Date(time).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** `话术-20260305-1412`: a file name stem with the local date and time. */
export function fileStamp(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}
