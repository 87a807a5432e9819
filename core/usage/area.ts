import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../protocol';
import { idSchema } from '../store';
import { phraseUsageRecordSchema, replyPicksRecordSchema } from './model';
import type { UsageService } from './usage-service';

/** How often each phrase was inserted on this machine, and for which buyer questions (reply picks). */
export const usageArea = defineArea({
  name: 'usage',
  records: { phraseUsage: phraseUsageRecordSchema, replyPicks: replyPicksRecordSchema },
  requests: ({ usage }: { usage: UsageService }) => ({
    /** `question`: the buyer's latest messages joined by '\n' (the sidebar sends at most 300 characters); page text, folded and cut by the model. */
    recordUsage: defineRequest({
      input: z.object({ phraseId: idSchema, question: z.string().max(2000).optional() }),
      allow: ANY_PAGE,
      handle: (req) => usage.recordUsage(req.phraseId, req.question),
    }),
    /** Without `phraseId`: forget every pick. From the options page only (wiping what the agent taught is a bulk change). */
    forgetReplyPicks: defineRequest({
      input: z.object({ phraseId: idSchema.optional() }),
      allow: OPTIONS_ONLY,
      handle: (req) => usage.forgetReplyPicks(req.phraseId),
    }),
  }),
});
