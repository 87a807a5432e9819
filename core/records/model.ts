import { z } from 'zod';
import { recordMetaSchema } from '../store';
import { RECORD_LABEL_CHARS, RECORD_MESSAGE_CHARS, RECORD_MESSAGES_MAX, RECORD_QUERY_CHARS } from './limits';

/** Conversation records never leave this machine: their ids say so (DESIGN: a prefix of their own). */
export const CONVERSATION_RECORD_ID_PREFIX = 'local:conversation:';

const label = z.string().trim().max(RECORD_LABEL_CHARS);
const count = z.number().int().nonnegative().max(1_000_000);

export const recordedMessageSchema = z.object({
  from: z.enum(['buyer', 'agent']),
  text: z.string().min(1).max(RECORD_MESSAGE_CHARS),
});

export const recordCutsSchema = z.object({ earlier: count, long: count });

/** What the sidebar sends to save: the page reader's draft (already bounded). */
export const conversationDraftSchema = z.object({
  site: label.min(1),
  buyerId: label.min(1),
  buyerName: label,
  product: label.nullable(),
  messages: z.array(recordedMessageSchema).min(1).max(RECORD_MESSAGES_MAX),
  cuts: recordCutsSchema,
});

/**
 * One saved conversation (evidence for a dispute), on this machine only: who wrote each message
 * in page order, the site, the buyer, the product when the page showed one, and when it was saved.
 */
export const conversationRecordSchema = recordMetaSchema.extend({
  type: z.literal('conversationRecord'),
  scope: z.literal('local'),
  site: label.min(1),
  buyerId: label.min(1),
  buyerName: label,
  product: label.nullable(),
  savedAt: z.number().int().nonnegative(),
  messages: z.array(recordedMessageSchema).max(RECORD_MESSAGES_MAX),
  cuts: recordCutsSchema,
});
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

export const recordQuerySchema = z.string().max(RECORD_QUERY_CHARS * 10).transform((q) => q.slice(0, RECORD_QUERY_CHARS));
