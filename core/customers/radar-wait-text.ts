/**
 * The consoles' own wait texts (`已等待3分钟`, Doudian's bare `45秒`, JD's `等待 38秒`, `已超时`,
 * `50秒后超时`) as seconds already waited, where the text says it.
 */

const UNIT_S: Record<string, number> = { 秒: 1, 分钟: 60, 分: 60, 小时: 3600 };
/** `已超时`: past the console's own timeout, which we take as at least the 3-minute mark (the first one scored). */
const TIMED_OUT_S = 180;

/**
 * Seconds waited by the console's text, or null when the text does not say: a countdown to the
 * console's own timeout (`50秒后超时`) gives no start, since that timeout's length is the console's.
 */
export function waitedSecondsOf(text: string | null | undefined): number | null {
  if (!text) return null;
  if (/后超时/.test(text)) return null;
  if (/已超时/.test(text)) return TIMED_OUT_S;
  const m = /(\d{1,6})\s*(秒|分钟|分|小时)/.exec(text);
  return m ? Number(m[1]) * UNIT_S[m[2]!]! : null;
}
