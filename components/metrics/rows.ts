import { dayRates, waitDaysByDate, type DayFigures, type RateResult, type ReplyCounts, type WaitDaySummary } from '../../core/metrics';

/** One row of the 每日指标 table: a date's shop or product figures with their rates. */
export interface MetricsRow {
  key: string;
  date: string;
  /** '' for the whole shop. */
  product: string;
  /** What was entered; null for a shop row that only has reply waits. */
  figures: DayFigures | null;
  conversion: RateResult;
  charm: RateResult;
  /** The day's reply rates, on the shop row only (waits are not per product). */
  replies: { counts: ReplyCounts; within3: RateResult; within5: RateResult } | null;
}

const NOTHING: Omit<DayFigures, 'date' | 'product'> = { visitors: null, buyers: null, views: null, ownVisits: null, inquirers: null };

/**
 * The table's rows: newest date first; in a date the shop row (with the day's reply rates, all
 * consoles together) and then its products by name. A date with reply waits but no figures gets a
 * shop row whose figures show as not entered.
 */
export function metricsRows(days: readonly DayFigures[], waitDays: readonly WaitDaySummary[]): MetricsRow[] {
  const replies = new Map(waitDaysByDate(waitDays).map((d) => [d.date, { counts: d.counts, within3: d.within3, within5: d.within5 }]));
  const dates = [...new Set([...days.map((d) => d.date), ...replies.keys()])].sort().reverse();
  return dates.flatMap((date) => {
    const ofDate = days.filter((d) => d.date === date);
    const shop = ofDate.find((d) => d.product === '') ?? null;
    const products = ofDate.filter((d) => d.product !== '').sort((a, b) => a.product.localeCompare(b.product));
    const rows: MetricsRow[] = [];
    if (shop || replies.has(date)) rows.push(row(date, '', shop, replies.get(date) ?? null));
    for (const p of products) rows.push(row(date, p.product, p, null));
    return rows;
  });
}

function row(date: string, product: string, figures: DayFigures | null, replies: MetricsRow['replies']): MetricsRow {
  return { key: `${date}/${product}`, date, product, figures, ...dayRates(figures ?? NOTHING), replies };
}

/** The shop rows of the newest `days` dates, oldest first: what the trend chart draws. */
export function trendRows(rows: readonly MetricsRow[], days: number): MetricsRow[] {
  return rows.filter((r) => r.product === '').slice(0, days).reverse();
}
