import { z } from 'zod';
import { idSchema, recordMetaSchema } from '../store';

/** `local:usage:<phraseId>`: how often this machine inserted a phrase. Never leaves the machine. */
export const usageRecordId = (phraseId: string) => `local:usage:${phraseId}`;

export const phraseUsageRecordSchema = recordMetaSchema.extend({
  type: z.literal('phraseUsage'),
  scope: z.literal('local'),
  phraseId: idSchema,
  count: z.number().int().nonnegative(),
  lastUsedAt: z.number().int().nonnegative(),
});
export type PhraseUsageRecord = z.infer<typeof phraseUsageRecordSchema>;

/** Insertions of one phrase on this machine. */
export interface UsageEntry {
  count: number;
  lastUsedAt: number;
}
