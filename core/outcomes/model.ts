import { z } from 'zod';
import { OUTCOME_BUYER_ID_MAX, OUTCOME_NOTE_MAX, OUTCOME_PATH_ENTRY, OUTCOME_PATH_MAX, PLAYBOOK_IDS } from '../playbooks';
import { recordMetaSchema } from '../store';

/** A console id, as the sidebar names it (`pinduoduo`, `jd` …). */
export const outcomeSiteSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, 'a console id in lowercase letters');
/** Page text: the buyer as the console shows them, bounded as the page reader bounds it. */
export const outcomeBuyerIdSchema = z.string().trim().min(1).max(OUTCOME_BUYER_ID_MAX);

/** What the agent records: how a conversation ended, after a playbook or the closing checklist. */
const outcomeShape = z.object({
  site: outcomeSiteSchema,
  buyerId: outcomeBuyerIdSchema,
  source: z.enum(['playbook', 'closing']),
  /** Which playbook ran (`source: 'playbook'` only). */
  playbook: z.enum(PLAYBOOK_IDS).optional(),
  /** The steps chosen (`step:answer`), or the checklist items ticked. */
  path: z.array(z.string().regex(OUTCOME_PATH_ENTRY, 'a step id, or step:answer')).max(OUTCOME_PATH_MAX),
  /** Absent: the agent did not say. */
  resolved: z.boolean().optional(),
  sale: z.boolean().optional(),
  note: z.string().trim().max(OUTCOME_NOTE_MAX).optional(),
});

/** The request's fields: a playbook outcome names its playbook, a checklist outcome none. */
export const outcomeFieldsSchema = outcomeShape.superRefine((o, ctx) => {
  if (o.source === 'playbook' && !o.playbook) ctx.addIssue({ code: 'custom', path: ['playbook'], message: 'a playbook outcome names its playbook' });
  if (o.source === 'closing' && o.playbook) ctx.addIssue({ code: 'custom', path: ['playbook'], message: 'a closing-checklist outcome names no playbook' });
});
export type OutcomeFields = z.infer<typeof outcomeFieldsSchema>;

/**
 * `conversationOutcome`: one conversation's end on this machine. Buyer data: scope `local`, never
 * broadcast to the pages, in the full backup only.
 */
export const conversationOutcomeRecordSchema = recordMetaSchema.extend({
  ...outcomeShape.shape,
  type: z.literal('conversationOutcome'),
  scope: z.literal('local'),
  /** When it was recorded (the background's clock). */
  at: z.number().int().nonnegative(),
});
export type ConversationOutcomeRecord = z.infer<typeof conversationOutcomeRecordSchema>;

/** An outcome as the pages get it: the record without the bookkeeping. */
export interface ConversationOutcome extends OutcomeFields {
  id: string;
  at: number;
}
