import { z } from 'zod';
import { idSchema, recordMetaSchema } from '../store/record';

export const PHRASE_TITLE_MAX = 60;
export const PHRASE_TEXT_MAX = 2000;
export const PHRASE_CODE_MAX = 20;
export const GROUP_NAME_MAX = 40;

/** What a person edits: the fields of a phrase without the bookkeeping. `id` absent = new phrase. */
export const phraseDraftSchema = z.object({
  id: idSchema.optional(),
  title: z.string().trim().min(1).max(PHRASE_TITLE_MAX),
  text: z.string().trim().min(1).max(PHRASE_TEXT_MAX),
  code: z.string().trim().max(PHRASE_CODE_MAX).optional(),
  groupId: idSchema.nullable(),
  order: z.number().finite().optional(),
});
export type PhraseDraft = z.infer<typeof phraseDraftSchema>;

export const phraseRecordSchema = recordMetaSchema.extend({
  type: z.literal('phrase'),
  title: phraseDraftSchema.shape.title,
  text: phraseDraftSchema.shape.text,
  code: phraseDraftSchema.shape.code,
  groupId: idSchema.nullable(),
  order: z.number().finite(),
});
export type PhraseRecord = z.infer<typeof phraseRecordSchema>;

export const groupDraftSchema = z.object({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(GROUP_NAME_MAX),
  order: z.number().finite().optional(),
});
export type GroupDraft = z.infer<typeof groupDraftSchema>;

export const groupRecordSchema = recordMetaSchema.extend({
  type: z.literal('phraseGroup'),
  name: groupDraftSchema.shape.name,
  order: z.number().finite(),
});
export type GroupRecord = z.infer<typeof groupRecordSchema>;
