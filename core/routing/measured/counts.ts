import { say, type Lang } from '../../i18n';
import { cleanCell, decodeText, isSpreadsheetBytes, isSpreadsheetName, normalizeHeader, readCsv, readSpreadsheet, type TableRow } from '../../phrase-files';
import { emptyHours, type MeasuredDay } from './day';

/**
 * Per-agent reception counts from a table (CSV/XLSX the owner keeps or exports from a report), or
 * typed by hand: agent, optional date, optional hour, count. Rows of one agent-day add up.
 */
export type CountField = 'agent' | 'date' | 'hour' | 'count';

const HEADERS: Record<CountField, readonly string[]> = {
  agent: ['客服', '客服账号', '客服名', '子账号', '账号', '旺旺', 'agent', 'agentid', 'agentname', 'name'],
  date: ['日期', 'date', 'day'],
  hour: ['小时', '时段', '时间段', 'hour'],
  count: ['接待人数', '接待量', '接待数', '人数', '买家数', '咨询人数', 'count', 'buyers', 'received'],
};
const FIELD_OF = new Map(Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [normalizeHeader(n), field as CountField])));

export const COUNT_TABLE_MAX_ROWS = 50_000;
/** A count table of 50,000 rows is a few MB; checked against the file's size before it is read. */
export const COUNT_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** The refusal of a chosen count or day file over `max` bytes, before it is read. */
export function fileTooLarge(fileName: string, bytes: number, max: number, lang: Lang): string {
  const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
  return say(lang, `文件 ${fileName}：太大（${size(bytes)}），最多 ${size(max)}，没有读取`, `File ${fileName}: too large (${size(bytes)}); the limit is ${size(max)}, so it was not read`);
}

export interface CountEntry {
  agent: string;
  date?: string | null;
  hour?: number | null;
  count: number;
}

export type CountsResult = { ok: true; days: MeasuredDay[] } | { ok: false; errors: string[] };

/** Reads a count table's bytes (CSV in any usual encoding, XLSX/XLS). */
export async function readCountsFile(bytes: Uint8Array, fileName: string, lang: Lang): Promise<CountsResult> {
  const fail = (problem: string): CountsResult => ({ ok: false, errors: [say(lang, `文件 ${fileName}：${problem}`, `File ${fileName}: ${problem}`)] });
  if (bytes.length > COUNT_FILE_MAX_BYTES) return { ok: false, errors: [fileTooLarge(fileName, bytes.length, COUNT_FILE_MAX_BYTES, lang)] };
  let rows: TableRow[];
  if (isSpreadsheetName(fileName) || isSpreadsheetBytes(bytes)) {
    try {
      const sheets = await readSpreadsheet(bytes, { maxRows: COUNT_TABLE_MAX_ROWS + 20 });
      rows = sheets.find((s) => headerAt(s.rows) >= 0)?.rows ?? sheets[0]?.rows ?? [];
    } catch {
      return fail(say(lang, '无法读取这个表格文件', 'this spreadsheet cannot be read'));
    }
  } else {
    const text = decodeText(bytes);
    if (!text.ok) return fail(say(lang, '不是文本表格（CSV）或 Excel 文件', 'is neither a text table (CSV) nor an Excel file'));
    rows = readCsv(text.text, (preview) => (headerAt(preview) >= 0 ? 1 : 0)).rows;
  }
  return countsFromRows(rows, fileName, lang);
}

/** The header row's index: the first of the first ten rows naming both an agent and a count column. */
function headerAt(rows: readonly TableRow[]): number {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const fields = new Set(rows[i]!.cells.map((c) => FIELD_OF.get(normalizeHeader(cleanCell(c)))));
    if (fields.has('agent') && fields.has('count')) return i;
  }
  return -1;
}

/** Rows of a table into agent-days; every problem names its row and column. All or nothing. */
export function countsFromRows(rows: readonly TableRow[], fileName: string, lang: Lang): CountsResult {
  const where = (row: number, column: string, problem: string) =>
    say(lang, `文件 ${fileName} 第 ${row} 行，列“${column}”：${problem}`, `File ${fileName}, row ${row}, column “${column}”: ${problem}`);
  const at = headerAt(rows);
  if (at < 0) {
    return { ok: false, errors: [say(lang, `文件 ${fileName}：找不到表头（需要“客服”和“接待人数”两列）`, `File ${fileName}: no header row found (columns “agent” and “count” are needed)`)] };
  }
  const header = rows[at]!.cells.map((c) => cleanCell(c));
  const column: Partial<Record<CountField, number>> = {};
  header.forEach((name, i) => {
    const field = FIELD_OF.get(normalizeHeader(name));
    if (field && column[field] === undefined) column[field] = i;
  });
  const entries: { entry: CountEntry; row: number }[] = [];
  const errors: string[] = [];
  const data = rows.slice(at + 1);
  if (data.length > COUNT_TABLE_MAX_ROWS) return { ok: false, errors: [say(lang, `文件 ${fileName}：行数太多（最多 ${COUNT_TABLE_MAX_ROWS} 行）`, `File ${fileName}: too many rows (at most ${COUNT_TABLE_MAX_ROWS})`)] };
  for (const row of data) {
    const cell = (field: CountField) => (column[field] === undefined ? '' : cleanCell(row.cells[column[field]!]));
    if ((['agent', 'date', 'hour', 'count'] as const).every((f) => cell(f) === '')) continue;
    const name = (field: CountField) => header[column[field]!]!;
    const problems = checkEntry({ agent: cell('agent'), date: cell('date'), hour: cell('hour'), count: cell('count') }, lang);
    if ('problems' in problems) problems.problems.forEach(([field, text]) => errors.push(where(row.rowNumber, name(field), text)));
    else entries.push({ entry: problems.entry, row: row.rowNumber });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (entries.length === 0) return { ok: false, errors: [say(lang, `文件 ${fileName}：表头下面没有数据行`, `File ${fileName}: no data rows under the header`)] };
  return daysFromEntries(entries, lang, (row, problem) => where(row, header[column.hour ?? column.count!]!, problem));
}

/** Text fields of one entry (a table row or the hand-entry form), checked; or each field's problem. */
export function checkEntry(
  text: { agent: string; date?: string; hour?: string; count: string },
  lang: Lang,
): { entry: CountEntry } | { problems: [CountField, string][] } {
  const problems: [CountField, string][] = [];
  const agent = text.agent.trim();
  if (!agent) problems.push(['agent', say(lang, '不能为空', 'must not be empty')]);
  else if (agent.length > 100) problems.push(['agent', say(lang, '太长（最多 100 个字）', 'too long (at most 100 characters)')]);
  const date = normaliseDate(text.date ?? '');
  if (date === undefined) problems.push(['date', say(lang, '应为日期，如 2026-12-01', 'must be a date such as 2026-12-01')]);
  const hour = parseHour(text.hour ?? '');
  if (hour === undefined) problems.push(['hour', say(lang, '应为 0–23 的小时，如 9 或 09:00', 'must be an hour 0–23, such as 9 or 09:00')]);
  const count = Number(text.count.trim());
  if (text.count.trim() === '' || !Number.isInteger(count) || count < 0 || count > 100_000) {
    problems.push(['count', say(lang, '应为 0–100000 的整数', 'must be a whole number 0–100000')]);
  }
  if (problems.length > 0) return { problems };
  return { entry: { agent, date: date ?? null, hour: hour ?? null, count } };
}

/** `2026/12/1`, `2026-12-01`, `2026年12月1日` → `2026-12-01`; '' → null; not a date → undefined. */
function normaliseDate(text: string): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `9`, `09`, `9点`, `09:00`, `09:00-10:00` → 9; '' → null; otherwise undefined. */
function parseHour(text: string): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const m = /^(\d{1,2})(?:[:：]00)?(?:点|时)?(?:\s*[-~–至]\s*\d{1,2}(?:[:：]00)?(?:点|时)?)?$/.exec(t);
  if (!m) return undefined;
  const hour = Number(m[1]);
  return hour <= 23 ? hour : undefined;
}

/**
 * Checked entries into agent-days: counts with an hour fill that hour, counts without one add to the
 * day's total. One agent-day gives either hours or a total, not both (the total would count twice).
 */
export function daysFromEntries(
  entries: readonly { entry: CountEntry; row: number }[],
  lang: Lang,
  mixed: (row: number, problem: string) => string,
): CountsResult {
  const days = new Map<string, MeasuredDay & { hourly: boolean | null }>();
  const errors: string[] = [];
  for (const { entry, row } of entries) {
    const key = `${entry.agent}\u0000${entry.date ?? ''}`;
    let day = days.get(key);
    if (!day) {
      day = { agentId: entry.agent, agentName: entry.agent, site: '', date: entry.date ?? null, online: null, busy: null, received: null, total: 0, hourly: null };
      days.set(key, day);
    }
    const hourly = entry.hour !== null && entry.hour !== undefined;
    if (day.hourly !== null && day.hourly !== hourly) {
      errors.push(mixed(row, say(lang, '同一客服同一天的行要么都写小时，要么都不写', 'rows of one agent and day must all give an hour, or none')));
      continue;
    }
    day.hourly = hourly;
    if (hourly) (day.received ??= emptyHours())[entry.hour!]! += entry.count;
    day.total += entry.count;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, days: [...days.values()].map(({ hourly: _h, ...day }) => day) };
}
