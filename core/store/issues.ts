import type { z } from 'zod';
import { say, type Lang } from '../i18n';
import { UserFacingError } from '../errors';

/** Most detail lines one error carries; the rest are counted in a last "and N more" line. */
export const MAX_DETAIL_LINES = 20;

/** `text`, `overrides.chatInput`, `records[3]` — the field a zod issue is about, as a person would write it. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** What is wrong with a value, in the seller's words (zod's own messages are for developers). */
export function describeProblem(issue: z.core.$ZodIssue, lang: Lang): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return say(lang, '不能为空', 'must not be empty');
      if (issue.origin === 'string') return say(lang, `太短（至少 ${issue.minimum} 个字）`, `too short (at least ${issue.minimum} characters)`);
      if (issue.inclusive === false) return say(lang, `太小（应大于 ${issue.minimum}）`, `too small (must be more than ${issue.minimum})`);
      return say(lang, `太小（至少 ${issue.minimum}）`, `too small (at least ${issue.minimum})`);
    case 'too_big':
      if (issue.origin === 'string') return say(lang, `太长（最多 ${issue.maximum} 个字）`, `too long (at most ${issue.maximum} characters)`);
      return say(lang, `太大（最多 ${issue.maximum}）`, `too large (at most ${issue.maximum})`);
    case 'invalid_type':
      return say(lang, `缺失或类型不对（应为 ${issue.expected}）`, `missing or of the wrong type (expected ${issue.expected})`);
    case 'invalid_value':
      return say(lang, `取值不对（应为 ${issue.values.map(String).join(' / ')}）`, `not an allowed value (expected ${issue.values.map(String).join(' / ')})`);
    case 'invalid_format':
      return say(lang, '格式不对', 'has the wrong format');
    case 'unrecognized_keys':
      return say(lang, `有多余的字段 ${issue.keys.join(', ')}`, `has unknown fields ${issue.keys.join(', ')}`);
    default:
      return say(lang, '内容不对', 'is not valid');
  }
}

/** `字段 text：不能为空` / `field text: must not be empty`; a problem with the whole value has no field part. */
export function describeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  const field = fieldName(issue.path);
  const problem = describeProblem(issue, lang);
  if (!field) return problem;
  return say(lang, `字段 ${field}：${problem}`, `field ${field}: ${problem}`);
}

/** Caps a list of detail lines at `MAX_DETAIL_LINES`, adding "and N more" when lines were left off. */
export function capDetails(lines: readonly string[], lang: Lang): string[] {
  if (lines.length <= MAX_DETAIL_LINES) return [...lines];
  const rest = lines.length - MAX_DETAIL_LINES;
  return [...lines.slice(0, MAX_DETAIL_LINES), say(lang, `……还有 ${rest} 个问题`, `…and ${rest} more`)];
}

/**
 * Parses what a person or a page sent with `schema`; on failure throws an `invalid-data`
 * `UserFacingError` whose message names `subject` and whose details name each field.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, subject: { zh: string; en: string }, lang: Lang): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UserFacingError(
    'invalid-data',
    say(lang, `${subject.zh}没有保存：内容不对。`, `The ${subject.en} was not saved: some fields are not valid.`),
    capDetails(
      parsed.error.issues.map((issue) => describeIssue(issue, lang)),
      lang,
    ),
  );
}
