import { z } from 'zod';
import { say, type Lang } from '../../i18n';
import { describeIssue, fieldName } from '../../store';
import { clockText, normaliseIntervals, parseClock, type DayRecord, type MinuteInterval } from './day';

/**
 * The day file an agent exports and the owner imports: small, versioned JSON holding counts only
 * (the agent's own id and name, online and busy times, buyers per hour) — never a buyer's id or name.
 */
export const DAY_FILE_FORMAT = 'kefu-routing-day';
export const DAY_FILE_VERSION = 1;
/** A day file is a few hundred bytes; anything far bigger is not one. */
export const DAY_FILE_MAX_BYTES = 64 * 1024;

const clockSchema = z.string().refine((t) => /^\d{2}:\d{2}$/.test(t) && parseClock(t) !== undefined, { message: 'not-a-time' });
const intervalSchema = z
  .tuple([clockSchema, clockSchema])
  // A time that is not one is said once, by its own field.
  .refine(([start, end]) => !(parseClock(start)! >= parseClock(end)!), { message: 'start-not-before-end' });

export const dayFileSchema = z.strictObject({
  format: z.literal(DAY_FILE_FORMAT),
  version: z.literal(DAY_FILE_VERSION),
  agent: z.strictObject({ id: z.string().trim().min(1).max(100), name: z.string().trim().min(1).max(100) }),
  site: z.string().trim().max(40),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  online: z.array(intervalSchema).max(200),
  busy: z.array(intervalSchema).max(200),
  receivedPerHour: z.array(z.number().int().min(0).max(100_000)).refine((hours) => hours.length === 24, { message: 'not-24-hours' }),
  exportedAt: z.string().max(40).optional(),
});
export type DayFile = z.infer<typeof dayFileSchema>;

/** `小美-2026-12-01.kefu-day.json` (characters a file system refuses replaced). */
export function dayFileName(day: Pick<DayRecord, 'agentName' | 'date'>): string {
  return `${day.agentName.replace(/[\\/:*?"<>|\s]+/g, '_')}-${day.date}.kefu-day.json`;
}

/** The file's text for a recorded day. */
export function dayFileText(day: DayRecord, exportedAt: number): string {
  const intervals = (list: readonly MinuteInterval[]) => normaliseIntervals(list).map(([s, e]) => [clockText(s), clockText(e)]);
  const file: DayFile = {
    format: DAY_FILE_FORMAT,
    version: DAY_FILE_VERSION,
    agent: { id: day.agentId, name: day.agentName },
    site: day.site,
    date: day.date,
    online: intervals(day.online) as DayFile['online'],
    busy: intervals(day.busy) as DayFile['busy'],
    receivedPerHour: [...day.received],
    exportedAt: new Date(exportedAt).toISOString(),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Our checks' codes, in words (zod has none for them). */
const OWN_PROBLEMS: Record<string, [string, string]> = {
  'start-not-before-end': ['开始时间应早于结束时间', 'the start must come before the end'],
  'not-a-time': ['应为 00:00–24:00 的时间，如 09:30', 'must be a time 00:00–24:00, such as 09:30'],
  'not-24-hours': ['应有 24 个数（每小时一个）', 'must hold 24 numbers (one per hour)'],
};

export type ParsedDayFile = { ok: true; day: DayRecord } | { ok: false; errors: string[] };

/** Reads one day file; every problem names the file and the field. */
export function parseDayFile(text: string, fileName: string, lang: Lang): ParsedDayFile {
  const fail = (problem: string): ParsedDayFile => ({ ok: false, errors: [say(lang, `文件 ${fileName}：${problem}`, `File ${fileName}: ${problem}`)] });
  if (text.length > DAY_FILE_MAX_BYTES) return fail(say(lang, '太大，不是分流日数据文件', 'too large to be a routing day file'));
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(say(lang, '不是 JSON，无法读取', 'is not JSON and cannot be read'));
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== DAY_FILE_FORMAT) return fail(say(lang, `不是分流日数据文件（字段 format 应为 ${DAY_FILE_FORMAT}）`, `is not a routing day file (field format must be ${DAY_FILE_FORMAT})`));
  const parsed = dayFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const own = OWN_PROBLEMS[issue.message];
        const problem = own ? `${say(lang, `字段 ${fieldName(issue.path)}：`, `field ${fieldName(issue.path)}: `)}${say(lang, own[0], own[1])}` : describeIssue(issue, lang);
        return say(lang, `文件 ${fileName}：${problem}`, `File ${fileName}: ${problem}`);
      }),
    };
  }
  const file = parsed.data;
  const minutes = (list: DayFile['online']) => normaliseIntervals(list.map(([s, e]) => [parseClock(s)!, parseClock(e)!] as MinuteInterval));
  const received = [...file.receivedPerHour];
  return {
    ok: true,
    day: {
      agentId: file.agent.id,
      agentName: file.agent.name,
      site: file.site,
      date: file.date,
      online: minutes(file.online),
      busy: minutes(file.busy),
      received,
      total: received.reduce((a, b) => a + b, 0),
    },
  };
}
