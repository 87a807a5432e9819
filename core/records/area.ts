import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../protocol';
import { idSchema } from '../store';
import { conversationDraftSchema, conversationRecordSchema, recordQuerySchema } from './model';
import type { RecordsService } from './service';

/**
 * Conversation records (issue 11 items 4–5): the agent saves the visible conversation from the
 * sidebar; the sidebar lists, searches, shows and deletes one; exporting and deleting them all is
 * for the options page. Recurring questions are grouped in the page from `getRecordQuestions`.
 */
export const recordsArea = defineArea({
  name: 'records',
  records: { conversationRecord: conversationRecordSchema },
  requests: ({ records }: { records: RecordsService }) => ({
    saveConversationRecord: defineRequest({ input: z.object({ draft: conversationDraftSchema }), allow: ANY_PAGE, handle: (req) => records.save(req.draft) }),
    listConversationRecords: defineRequest({ input: z.object({ query: recordQuerySchema.optional() }), allow: ANY_PAGE, handle: (req) => records.list(req.query) }),
    getConversationRecord: defineRequest({ input: z.object({ id: idSchema }), allow: ANY_PAGE, handle: (req) => records.get(req.id) }),
    deleteConversationRecord: defineRequest({ input: z.object({ id: idSchema }), allow: ANY_PAGE, handle: (req) => records.delete(req.id) }),
    deleteAllConversationRecords: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => records.deleteAll() }),
    exportConversationRecords: defineRequest({
      // The file is written in the language of the page that asks (the person who reads it).
      input: z.object({ format: z.enum(['text', 'json']), query: recordQuerySchema.optional(), lang: z.enum(['zh', 'en']).optional() }),
      allow: OPTIONS_ONLY,
      handle: (req) => records.export(req.format, req.query, req.lang),
    }),
    getRecordQuestions: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: () => records.questions() }),
  }),
});
