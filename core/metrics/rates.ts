/**
 * Shop rates from DOMAIN §6, as plain functions (no zod: the pages may load them). A rate is a
 * share of a whole; when the whole is zero, negative or unknown, or a count makes no sense, the
 * answer is "not available" with the reason, never NaN or Infinity.
 */

/** The counts a day's figures hold, by the names the pages and the reasons use. */
export type CountField = 'visitors' | 'buyers' | 'views' | 'ownVisits' | 'inquirers' | 'conversations';

/** Why a rate cannot be given. `field` names the count at fault, so the page can say which one. */
export type NotAvailableReason =
  /** Not entered (null or undefined). */
  | { code: 'missing'; field: CountField }
  /** Not a whole number from 0 to Number.MAX_SAFE_INTEGER (NaN, Infinity, 2.5, -3, 1e300). */
  | { code: 'invalid-count'; field: CountField }
  /** The whole is 0: nothing to divide by. `field` is the whole (for the charm index: views). */
  | { code: 'zero-denominator'; field: CountField }
  /** The whole is below 0 (own visits above page views). */
  | { code: 'negative-denominator'; field: CountField }
  /** A part larger than its whole (more buyers than visitors): the figures disagree. */
  | { code: 'exceeds-denominator'; field: CountField; of: CountField }
  /** No conversation with a usable time to count. */
  | { code: 'no-conversations' };

/** A rate and what it was made of (`value` = `numerator` / `denominator`, from 0 up). */
export interface Rate {
  value: number;
  numerator: number;
  denominator: number;
}
/** The answer of every rate function: the rate, or `value: null` with the reason. */
export type RateResult = Rate | { value: null; reason: NotAvailableReason };

/** True when the result holds a number. */
export const isAvailable = (result: RateResult): result is Rate => result.value !== null;

const notAvailable = (reason: NotAvailableReason): RateResult => ({ value: null, reason });

/** A count the rates accept: a whole number from 0 to MAX_SAFE_INTEGER (beyond it, sums lose units). */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The first count among `fields` that is missing or not a count, as a reason. */
function badCount(counts: Partial<Record<CountField, number | null>>, fields: readonly CountField[]): NotAvailableReason | null {
  for (const field of fields) {
    const value = counts[field];
    if (value === null || value === undefined) return { code: 'missing', field };
    if (!isCount(value)) return { code: 'invalid-count', field };
  }
  return null;
}

/**
 * Conversion rate = buyers who purchased / visitors. More buyers than visitors is refused
 * (`exceeds-denominator`): every buyer is a visitor, so the two figures come from different
 * sources or periods, and a rate above 100% would mislead.
 */
export function conversionRate(figures: { buyers: number | null | undefined; visitors: number | null | undefined }): RateResult {
  const bad = badCount(figures, ['buyers', 'visitors']);
  if (bad) return notAvailable(bad);
  const { buyers, visitors } = figures as { buyers: number; visitors: number };
  if (visitors === 0) return notAvailable({ code: 'zero-denominator', field: 'visitors' });
  if (buyers > visitors) return notAvailable({ code: 'exceeds-denominator', field: 'buyers', of: 'visitors' });
  return { value: buyers / visitors, numerator: buyers, denominator: visitors };
}

/**
 * Charm index (魅力指数) = inquirers / (page views − the shop's own visits). Own visits above the
 * views make a negative whole (`negative-denominator`); equal, a zero one. The index may pass 1:
 * buyers can ask about a product from the chat without opening its page, so it is not refused.
 */
export function charmIndex(figures: { inquirers: number | null | undefined; views: number | null | undefined; ownVisits: number | null | undefined }): RateResult {
  const bad = badCount(figures, ['inquirers', 'views', 'ownVisits']);
  if (bad) return notAvailable(bad);
  const { inquirers, views, ownVisits } = figures as { inquirers: number; views: number; ownVisits: number };
  const outside = views - ownVisits;
  if (outside < 0) return notAvailable({ code: 'negative-denominator', field: 'ownVisits' });
  if (outside === 0) return notAvailable({ code: 'zero-denominator', field: 'views' });
  return { value: inquirers / outside, numerator: inquirers, denominator: outside };
}
