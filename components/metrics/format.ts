import { describeReason, type RateResult } from '../../core/metrics';
import type { Lang } from '../../core/i18n';
import { mm } from './messages';

/** A share as a percentage with one decimal: 0.0305 → `3.1%`. */
export const percent = (value: number): string => `${(Math.round(value * 1000) / 10).toFixed(1)}%`;

/** What a rate cell says: the percentage and what it was made of, or 不可用 with the reason. */
export function rateText(lang: Lang, result: RateResult): { main: string; detail: string } {
  if (result.value === null) return { main: mm(lang, 'notAvailable'), detail: describeReason(result.reason, lang) };
  return { main: percent(result.value), detail: `${result.numerator} / ${result.denominator}` };
}

/** A rate as a number for the chart (percent), or null for a gap. */
export const chartValue = (result: RateResult | undefined): number | null => (result && result.value !== null ? Math.round(result.value * 1000) / 10 : null);

/** Today's date (YYYY-MM-DD) on this machine's clock, for the form's default. */
export const localToday = (now: number): string => new Date(now - new Date(now).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
