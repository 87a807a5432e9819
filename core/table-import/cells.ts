import type { AccountStatus } from '../relations';

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const YES = new Set(['是', '√', '✓', '✔', 'true', 'yes', 'y', '1', '开', '开启', '已开启', '进', '进分流', '参与', '已参与']);
const NO = new Set(['否', '×', '✗', '✘', 'x', 'false', 'no', 'n', '0', '关', '关闭', '已关闭', '未开启', '不进', '不进分流', '不参与', '未参与']);

/** `是` / `√` / `true` → true, `否` / `×` / `false` → false (and the like); anything else → undefined. */
export function parseYesNo(text: string): boolean | undefined {
  const key = fold(text);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

const STATUS_WORDS: ReadonlyMap<string, AccountStatus> = new Map([
  ...['在职', '正常', '启用', '已启用', '有效', 'active', 'enabled', 'normal'].map((w) => [fold(w), 'active'] as const),
  ...['离职', '已离职', 'resigned', 'left'].map((w) => [fold(w), 'resigned'] as const),
  ...['停用', '已停用', '禁用', '已禁用', 'disabled', 'inactive'].map((w) => [fold(w), 'disabled'] as const),
  ...['冻结', '已冻结', '锁定', 'frozen', 'locked'].map((w) => [fold(w), 'frozen'] as const),
]);

/** `在职` / `Active` → active, `离职` → resigned, `停用` → disabled, `冻结` → frozen; else undefined. */
export function parseStatus(text: string): AccountStatus | undefined {
  return STATUS_WORDS.get(fold(text));
}

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?)?$/;
/** Days from 1899-12-30 (a spreadsheet's day 0) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/**
 * A bound time as tables write it, in epoch ms: `2026-11-30 10:00`, `2026/11/30`, `2026.11.30 10:00:05`,
 * `2026年11月30日 10:00` (the machine's local time, as the back office shows it to this owner),
 * an epoch in seconds (10 digits) or ms (13 digits), or a spreadsheet's date number (a date cell
 * read raw, e.g. 46356.42). Undefined when it is none of these or no real date (`2026-02-30`).
 */
export function parseDateTime(text: string): number | undefined {
  const value = (/[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text).trim();
  if (/^\d{13}$/.test(value)) return Number(value);
  if (/^\d{10}$/.test(value)) return Number(value) * 1000;
  if (/^\d{5}(\.\d+)?$/.test(value)) {
    const days = Number(value);
    // 1954–2119: a date cell, not some other number.
    if (days < 20_000 || days > 80_000) return undefined;
    // The serial counts local calendar days: build the local time from its UTC reading.
    const utc = new Date(Math.round(((days - EXCEL_EPOCH_DAYS) * DAY_MS) / 1000) * 1000); // to the second
    return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds()).getTime();
  }
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return undefined;
  const hour = localHour(y!, mo!, d!, h!);
  if (hour === undefined) return undefined;
  const time = hour + mi! * 60_000 + s! * 1000;
  return time >= 0 ? time : undefined;
}

/**
 * The local time of the start of an hour, undefined for a day the month lacks (`2026-02-30`).
 * Kept per hour: building a local Date is the slow part of reading 100,000 bound times, and
 * an export's times share few hours. (Clocks change on whole hours, so minutes add safely.)
 */
const hours = new Map<string, number | undefined>();
function localHour(y: number, mo: number, d: number, h: number): number | undefined {
  const key = `${y}-${mo}-${d}-${h}`;
  if (hours.has(key)) return hours.get(key);
  const date = new Date(y, mo - 1, d, h);
  const time = date.getMonth() !== mo - 1 || date.getDate() !== d ? undefined : date.getTime();
  if (hours.size >= 50_000) hours.clear();
  hours.set(key, time);
  return time;
}

/** Rights as one cell lists them: split on `,` `，` `;` `；` `、` `|` and line breaks; blanks and repeats dropped. */
export function splitRights(text: string): string[] {
  return [...new Set(text.split(/[,，;；、|｜\n]/).map((r) => r.trim()).filter((r) => r !== ''))];
}
