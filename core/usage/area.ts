import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, defineRequest } from '../protocol';
import { idSchema } from '../store';
import { phraseUsageRecordSchema } from './model';
import type { UsageService } from './usage-service';

/** How often each phrase was inserted on this machine. */
export const usageArea = defineArea({
  name: 'usage',
  records: { phraseUsage: phraseUsageRecordSchema },
  requests: ({ usage }: { usage: UsageService }) => ({
    recordUsage: defineRequest({ input: z.object({ phraseId: idSchema }), allow: ANY_PAGE, handle: (req) => usage.recordUsage(req.phraseId) }),
  }),
});
