import { z } from 'zod';
import { idSchema } from '../store/record';
import { groupDraftSchema, phraseDraftSchema } from '../phrases/model';
import { selectorTextSchema, siteIdSchema } from '../settings/model';
import type { Broadcast } from './messages';

/** Requests from our content scripts and extension pages to the background (the single writer). */
export const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('getSnapshot') }),
  z.object({ kind: z.literal('savePhrase'), phrase: phraseDraftSchema }),
  z.object({ kind: z.literal('deletePhrase'), id: idSchema }),
  z.object({ kind: z.literal('saveGroup'), group: groupDraftSchema }),
  z.object({ kind: z.literal('deleteGroup'), id: idSchema }),
  z.object({
    kind: z.literal('saveSelectorOverrides'),
    site: siteIdSchema,
    overrides: z.record(z.string().max(40), selectorTextSchema),
  }),
  z.object({ kind: z.literal('exportAll') }),
  z.object({ kind: z.literal('importAll'), json: z.string().max(50_000_000) }),
  z.object({ kind: z.literal('restoreStarterPhrases') }),
]);
/** Pushed by the background to every open tab and extension page after a write or a command. */
export const broadcastSchema = z.discriminatedUnion('kind', [
  /** Records written in one transaction (tombstones included); receivers merge them by id. */
  z.object({ kind: z.literal('recordsChanged'), records: z.array(z.unknown()) }),
  /** Keyboard command: open the sidebar and focus phrase search. */
  z.object({ kind: z.literal('openSidebar') }),
]) satisfies z.ZodType<Broadcast>;
