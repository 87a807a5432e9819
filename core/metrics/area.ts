import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, defineRequest } from '../protocol';
import { COUNT_MAX, PRODUCT_MAX } from './figures';
import { dateSchema, metricsDayRecordSchema, replyWaitDayRecordSchema, siteSchema } from './records';
import type { MetricsService } from './service';
import { MAX_WAITS_PER_BATCH } from './wait-days';

const time = z.number().int().nonnegative();
const waitSchema = z
  .object({ site: siteSchema, buyerId: z.string().min(1).max(300), askedAt: time, answeredAt: time.nullable() })
  .refine((w) => w.answeredAt === null || w.answeredAt >= w.askedAt, { message: 'answeredAt is before askedAt', path: ['answeredAt'] });
/** A count as a request carries it: a number, the form's text, or nothing (not entered). Checked in the service, field by field. */
const countInput = z.union([z.number().int().min(0).max(COUNT_MAX), z.string().max(40)]).nullable().optional();

/**
 * Metrics calculator (issue 11 item 6): the figures entered per day (shop or product) and the reply
 * waits the waiting radar observes on the chat pages. Any of our pages may save a day or record
 * waits (one day, a bounded batch); both stay on this machine.
 */
export const metricsArea = defineArea({
  name: 'metrics',
  records: { metricsDay: metricsDayRecordSchema, replyWaitDay: replyWaitDayRecordSchema },
  requests: ({ metrics: m }: { metrics: MetricsService }) => ({
    saveMetricsDay: defineRequest({
      input: z.object({
        day: z.object({
          date: z.string().max(40),
          product: z.string().max(PRODUCT_MAX * 2).optional(),
          visitors: countInput,
          buyers: countInput,
          views: countInput,
          ownVisits: countInput,
          inquirers: countInput,
        }),
      }),
      allow: ANY_PAGE,
      handle: (req) => m.saveDay(req.day),
    }),
    deleteMetricsDay: defineRequest({ input: z.object({ date: dateSchema, product: z.string().max(PRODUCT_MAX * 2) }), allow: ANY_PAGE, handle: (req) => m.deleteDay(req.date, req.product) }),
    getMetricsDays: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => m.days() }),
    recordReplyWaits: defineRequest({
      input: z.object({ waits: z.array(waitSchema).min(1).max(MAX_WAITS_PER_BATCH) }),
      allow: ANY_PAGE,
      handle: (req) => m.recordWaits(req.waits),
    }),
    getReplyWaitDays: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => m.waitDays() }),
  }),
});
