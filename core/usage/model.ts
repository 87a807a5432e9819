import { z } from 'zod';
import { idSchema, recordMetaSchema } from '../store';
import { PICK_QUESTION_MAX, REPLY_PICKS_MAX } from './reply-picks';

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

/** The one record holding this machine's reply picks (core/usage/reply-picks.ts). Never leaves the machine but in a full backup. */
export const REPLY_PICKS_ID = 'local:picks';

export const replyPickSchema = z.object({
  question: z.string().trim().min(1).max(PICK_QUESTION_MAX),
  phraseId: idSchema,
  at: z.number().int().nonnegative(),
  count: z.number().int().positive(),
});

export const replyPicksRecordSchema = recordMetaSchema.extend({
  type: z.literal('replyPicks'),
  scope: z.literal('local'),
  picks: z
    .array(replyPickSchema)
    .max(REPLY_PICKS_MAX)
    .superRefine((picks, ctx) => {
      // Merged on write, so a file holding the same question and phrase twice was not written by us.
      const seen = new Set<string>();
      picks.forEach((p, i) => {
        const key = `${p.phraseId}\u0000${p.question}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: 'the same question and phrase twice' }); // said as "not valid", with where
        seen.add(key);
      });
    }),
});
export type ReplyPicksRecord = z.infer<typeof replyPicksRecordSchema>;
