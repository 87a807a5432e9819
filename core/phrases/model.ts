import { z } from 'zod';
import { idSchema, recordMetaSchema } from '../store';
import { PHRASE_STAGES } from './stages';

import { GROUP_NAME_MAX, normalizeExamples, PHRASE_CODE_MAX, PHRASE_EXAMPLE_MAX, PHRASE_EXAMPLES_MAX, PHRASE_TAG_MAX, PHRASE_TAGS_MAX, PHRASE_TEXT_MAX, PHRASE_TITLE_MAX } from './limits';
export * from './limits';

// Sales stages (售前/售中/售后/大促/结束) live in ./stages; `null` on a phrase = no stage.
export { PHRASE_STAGES, SALES_STAGES, stageFromName, stageName, type PhraseStage } from './stages';

/** Which library a phrase is in: the shop's (shared with every agent) or this agent's own. */
export const LIBRARY_SCOPES = ['shop', 'agent'] as const;
export type LibraryScope = (typeof LIBRARY_SCOPES)[number];

export const phraseStageSchema = z.enum(PHRASE_STAGES);
export const libraryScopeSchema = z.enum(LIBRARY_SCOPES);
export const phraseTagSchema = z.string().trim().min(1).max(PHRASE_TAG_MAX);
export const phraseTagsSchema = z.array(phraseTagSchema).max(PHRASE_TAGS_MAX);
/** Buyer questions the phrase answers, in buyers' words: they help suggestions find it, never shown to buyers. */
export const phraseExamplesSchema = z.array(z.string().trim().min(1).max(PHRASE_EXAMPLE_MAX)).max(PHRASE_EXAMPLES_MAX);

/**
 * What a person edits: the fields of a phrase without the bookkeeping. `id` absent = new phrase.
 * `stage`, `tags` and `scope` absent: a new phrase gets no stage, no tags and the shop library;
 * an edited one keeps what it had.
 */
export const phraseDraftSchema = z.object({
  id: idSchema.optional(),
  title: z.string().trim().min(1).max(PHRASE_TITLE_MAX),
  text: z.string().trim().min(1).max(PHRASE_TEXT_MAX),
  code: z.string().trim().max(PHRASE_CODE_MAX).optional(),
  groupId: idSchema.nullable(),
  order: z.number().finite().optional(),
  stage: phraseStageSchema.nullable().optional(),
  tags: phraseTagsSchema.optional(),
  scope: libraryScopeSchema.optional(),
  examples: phraseExamplesSchema.optional(),
  /** A public reply to a review: shown in the library, never suggested in chat. */
  publicReply: z.boolean().optional(),
});
export type PhraseDraft = z.infer<typeof phraseDraftSchema>;

export const phraseRecordSchema = recordMetaSchema.extend({
  type: z.literal('phrase'),
  /** `shop` = the shop library, `agent` = this agent's personal library. */
  scope: libraryScopeSchema,
  title: phraseDraftSchema.shape.title,
  text: phraseDraftSchema.shape.text,
  code: phraseDraftSchema.shape.code,
  groupId: idSchema.nullable(),
  order: z.number().finite(),
  stage: phraseStageSchema.nullable(),
  tags: phraseTagsSchema,
  /** Absent on phrases stored before examples existed (= none); no migration needed. */
  examples: phraseExamplesSchema.optional(),
  /** Absent = false. */
  publicReply: z.boolean().optional(),
});
export type PhraseRecord = z.infer<typeof phraseRecordSchema>;

/** Which starter library version this library has taken in (one record; absent = v1 or none). */
export const STARTER_STATE_ID = 'starter_library_state';
export const starterStateRecordSchema = recordMetaSchema.extend({
  id: z.literal(STARTER_STATE_ID),
  type: z.literal('starterLibraryState'),
  scope: z.literal('shop'),
  version: z.number().int().positive(),
});
export type StarterStateRecord = z.infer<typeof starterStateRecordSchema>;

/** A group; `parentId` makes them nested (siblings ordered by `order`). Absent on an edit = unchanged. */
export const groupDraftSchema = z.object({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(GROUP_NAME_MAX),
  order: z.number().finite().optional(),
  parentId: idSchema.nullable().optional(),
});

export const groupRecordSchema = recordMetaSchema.extend({
  type: z.literal('phraseGroup'),
  name: groupDraftSchema.shape.name,
  order: z.number().finite(),
  parentId: idSchema.nullable(),
});
export type GroupRecord = z.infer<typeof groupRecordSchema>;

/** The optional fields as stored: left out when empty / false, so older records and new ones look alike. */
export function phraseExtras(examples: readonly string[] | undefined, publicReply: boolean | undefined): { examples?: string[]; publicReply?: true } {
  const list = normalizeExamples(examples ?? []);
  return { ...(list.length > 0 ? { examples: list } : {}), ...(publicReply ? { publicReply: true as const } : {}) };
}
