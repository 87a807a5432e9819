import { say, type Lang } from '../i18n';
import { charmIndex, conversionRate, isCount, type RateResult } from './rates';
import { fieldName } from './reasons';

/** The counts an owner or agent enters for a day (DOMAIN §6), in the form's order. */
export const FIGURE_FIELDS = ['visitors', 'buyers', 'views', 'ownVisits', 'inquirers'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** A day's figures for the whole shop (`product` '') or one product. A count not entered is null. */
export interface DayFigures extends Record<FigureField, number | null> {
  /** YYYY-MM-DD, local. */
  date: string;
  /** The product's name as the owner writes it; '' for the whole shop. */
  product: string;
}

/** A count above this for one day is a typing slip, not a shop's traffic. */
export const COUNT_MAX = 1_000_000_000;
export const PRODUCT_MAX = 60;

/** One problem of a day's draft: the field it is in and what to do, in the UI language. */
export interface FigureProblem {
  field: FigureField | 'date' | 'product';
  message: string;
}

/** What the form (text) or a request (numbers) gives: counts as text, numbers or nothing. */
export type DayDraft = { date: string; product?: string } & Partial<Record<FigureField, string | number | null>>;

/**
 * Checks a day's draft and gives the figures, or every problem with its field. Counts are whole
 * numbers from 0 to COUNT_MAX (spaces and thousands commas allowed in text); empty = not entered,
 * but at least one count is needed. The date is a real calendar day, not after `today`.
 */
export function checkDayFigures(draft: DayDraft, today: string, lang: Lang): { ok: true; figures: DayFigures } | { ok: false; problems: FigureProblem[] } {
  const problems: FigureProblem[] = [];
  const date = String(draft.date ?? '').trim();
  if (!isCalendarDate(date)) problems.push({ field: 'date', message: say(lang, `日期：请填写真实的日期，格式如 2026-12-01（现在是“${clip(date)}”）`, `Date: enter a real day as 2026-12-01 (got “${clip(date)}”)`) });
  else if (date > today) problems.push({ field: 'date', message: say(lang, `日期：${date} 还没到，只能填写今天（${today}）或以前的数据`, `Date: ${date} has not come yet; enter today (${today}) or earlier`) });

  const product = String(draft.product ?? '').trim();
  if (product.length > PRODUCT_MAX) problems.push({ field: 'product', message: say(lang, `商品：最多 ${PRODUCT_MAX} 个字（现在 ${product.length} 个）`, `Product: at most ${PRODUCT_MAX} characters (now ${product.length})`) });

  const counts = {} as Record<FigureField, number | null>;
  for (const field of FIGURE_FIELDS) {
    const raw = draft[field];
    const value = readCount(raw);
    if (value === undefined) {
      const name = fieldName(field, lang);
      problems.push({
        field,
        message: say(lang, `${name}：请填写 0 到 ${COUNT_MAX} 之间的整数（现在是“${clip(String(raw))}”）`, `${name}: enter a whole number from 0 to ${COUNT_MAX} (got “${clip(String(raw))}”)`),
      });
    }
    counts[field] = value ?? null;
  }
  if (problems.length === 0 && FIGURE_FIELDS.every((f) => counts[f] === null)) {
    problems.push({ field: 'visitors', message: say(lang, '请至少填写一个数字（如访客数）', 'Enter at least one figure (visitors, for example)') });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, figures: { date, product, ...counts } };
}

/** null: not entered; undefined: not a count. */
function readCount(raw: string | number | null | undefined): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return isCount(raw) && raw <= COUNT_MAX ? raw : undefined;
  const text = raw.replace(/[\s,，]/g, '');
  if (text === '') return null;
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const value = Number(text);
  return value <= COUNT_MAX ? value : undefined;
}

/** YYYY-MM-DD that names a day of the calendar (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === text;
}

const clip = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

/** The two rates of a day's figures. */
export function dayRates(figures: Pick<DayFigures, FigureField>): { conversion: RateResult; charm: RateResult } {
  return { conversion: conversionRate(figures), charm: charmIndex(figures) };
}
