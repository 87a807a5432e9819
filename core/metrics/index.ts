/**
 * Metrics calculator (issue 11 item 6, DOMAIN §6): conversion rate, charm index, 3- and 5-minute
 * reply rates, each a number or "not available" with its reason; the figures entered per day and
 * the reply waits the waiting radar records.
 */
export { charmIndex, conversionRate, isAvailable, isCount, type CountField, type NotAvailableReason, type Rate, type RateResult } from './rates';
export { EMPTY_REPLY_COUNTS, FIVE_MINUTES_MS, THREE_MINUTES_MS, countReplies, ratesFromCounts, replyRates, type Conversation, type ReplyCounts } from './reply-rates';
export { describeReason, fieldName } from './reasons';
export { COUNT_MAX, FIGURE_FIELDS, PRODUCT_MAX, checkDayFigures, dayRates, isCalendarDate, type DayDraft, type DayFigures, type FigureField, type FigureProblem } from './figures';
export {
  MAX_WAITS_PER_BATCH,
  MAX_WAITS_PER_DAY,
  WAIT_DAYS_KEPT,
  WAIT_DETAIL_DAYS,
  addWaits,
  buyerKey,
  shiftDate,
  summariseWaitDay,
  waitDaysByDate,
  type ReplyWait,
  type StoredWait,
  type WaitDay,
  type WaitDaySummary,
  type WaitsOutcome,
} from './wait-days';
export { FIGURE_DAYS_KEPT, MAX_ROWS_PER_DATE, createMetricsService, type MetricsDeps, type MetricsService } from './service';
export { metricsArea } from './area';
