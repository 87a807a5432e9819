import { z } from 'zod';
import { recordMetaSchema } from '../store';
import { COUNT_MAX, PRODUCT_MAX } from './figures';
import { cyrb53 } from '../library';
import { MAX_WAITS_PER_DAY } from './wait-days';

/** Record types of the `metrics` area; all stay on this machine (`local:` ids). */
export const siteSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0).max(COUNT_MAX).nullable();
const time = z.number().int().nonnegative();

/** A day's figures for the shop (`product` '') or one product, as entered by hand. */
export const metricsDayRecordSchema = recordMetaSchema.extend({
  type: z.literal('metricsDay'),
  scope: z.literal('local'),
  date: dateSchema,
  product: z.string().max(PRODUCT_MAX),
  visitors: count,
  buyers: count,
  views: count,
  ownVisits: count,
  inquirers: count,
});
export type MetricsDayRecord = z.infer<typeof metricsDayRecordSchema>;

const countsSchema = z.object({
  counted: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  within3: z.number().int().nonnegative(),
  within5: z.number().int().nonnegative(),
  undecided3: z.number().int().nonnegative(),
  undecided5: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});

/** One console's day of reply waits (buyer hashes, never ids), or its counts once compacted. */
export const replyWaitDayRecordSchema = recordMetaSchema.extend({
  type: z.literal('replyWaitDay'),
  scope: z.literal('local'),
  site: siteSchema,
  date: dateSchema,
  waits: z.array(z.tuple([z.string().max(16), time, time.nullable()])).max(MAX_WAITS_PER_DAY),
  summary: countsSchema.nullable(),
});
export type ReplyWaitDayRecord = z.infer<typeof replyWaitDayRecordSchema>;

/** The same date and product always land on one record: a second save replaces the first. */
export const metricsDayId = (date: string, product: string) => `local:metrics-day:${date}:${product === '' ? 'shop' : cyrb53(product)}`;
export const replyWaitDayId = (site: string, date: string) => `local:reply-waits:${site}:${date}`;
