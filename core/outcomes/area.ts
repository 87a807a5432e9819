import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, defineRequest } from '../protocol';
import { conversationOutcomeRecordSchema, outcomeBuyerIdSchema, outcomeFieldsSchema, outcomeSiteSchema } from './model';
import type { OutcomesService } from './service';

/**
 * Conversation outcomes (issue 11 items 3 and 4): how a conversation ended, recorded by a guided
 * playbook or the closing checklist, kept per buyer on this machine. The sidebar of a chat console
 * records and reads them; the customer card shows them too.
 */
export const outcomesArea = defineArea({
  name: 'outcomes',
  records: { conversationOutcome: conversationOutcomeRecordSchema },
  requests: ({ outcomes }: { outcomes: OutcomesService }) => ({
    recordConversationOutcome: defineRequest({ input: outcomeFieldsSchema, allow: ANY_PAGE, handle: (req) => outcomes.record(req) }),
    getConversationOutcomes: defineRequest({
      input: z.object({ site: outcomeSiteSchema, buyerId: outcomeBuyerIdSchema }),
      allow: ANY_PAGE,
      handle: (req) => outcomes.forBuyer(req),
    }),
  }),
});
