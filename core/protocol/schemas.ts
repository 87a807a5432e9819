import { z } from 'zod';
import { idSchema } from '../store/record';
import { groupDraftSchema, phraseDraftSchema } from '../phrases/model';
import { selectorTextSchema, siteIdSchema } from '../settings/model';
import { snapshotLabelSchema } from '../snapshots/model';
import type { ImportRow } from '../phrase-files/types';
import type { Broadcast } from './messages';

/** Ids a bulk request names: as many as a library can hold. */
const idListSchema = z.array(idSchema).max(20_000);

/**
 * A row as the file parser read it. Bounds here only keep a message small; every row is checked
 * field by field by the import (so a problem names its row and field in the seller's words).
 */
const importRowSchema = z.object({
  rowNumber: z.number().int().positive(),
  title: z.string().max(10_000).optional(),
  text: z.string().max(100_000).optional(),
  code: z.string().max(1_000).optional(),
  groupPath: z.array(z.string().max(1_000)).max(20).optional(),
  stage: z.string().max(100).optional(),
  tags: z.array(z.string().max(1_000)).max(100).optional(),
}) satisfies z.ZodType<ImportRow>;
/** More than an import takes (20,000), so that the import itself says "too many rows" in words. */
const importRowsSchema = z.array(importRowSchema).max(100_000);

/** Requests from our content scripts and extension pages to the background (the single writer). */
export const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('getSnapshot') }),
  // `baseUpdatedAt`: the `updatedAt` the edit started from (absent for a new phrase).
  z.object({ kind: z.literal('savePhrase'), phrase: phraseDraftSchema, baseUpdatedAt: z.number().finite().optional() }),
  z.object({ kind: z.literal('deletePhrase'), id: idSchema }),
  z.object({ kind: z.literal('saveGroup'), group: groupDraftSchema }),
  z.object({ kind: z.literal('deleteGroup'), id: idSchema }),
  z.object({ kind: z.literal('saveSidebarCollapsed'), site: siteIdSchema, collapsed: z.boolean() }),
  z.object({ kind: z.literal('saveVariableSettings'), values: z.record(z.string().max(20), z.string().max(100)) }),
  z.object({
    kind: z.literal('saveSelectorOverrides'),
    site: siteIdSchema,
    overrides: z.record(z.string().max(40), selectorTextSchema),
  }),
  z.object({ kind: z.literal('exportAll') }),
  z.object({ kind: z.literal('importAll'), json: z.string().max(50_000_000), fileName: z.string().max(200).optional() }),
  z.object({ kind: z.literal('exportLibrary'), includePersonal: z.boolean().optional() }),
  z.object({ kind: z.literal('restoreStarterPhrases') }),
  z.object({ kind: z.literal('recordUsage'), phraseId: idSchema }),
  z.object({ kind: z.literal('listSnapshots') }),
  z.object({ kind: z.literal('createSnapshot'), label: snapshotLabelSchema }),
  z.object({ kind: z.literal('restoreSnapshot'), id: idSchema, onlyIds: z.array(idSchema).max(40_000).optional() }),
  z.object({ kind: z.literal('movePhrases'), ids: idListSchema.min(1), groupId: idSchema.nullable() }),
  z.object({ kind: z.literal('deletePhrases'), ids: idListSchema.min(1) }),
  z.object({ kind: z.literal('reorderPhrases'), groupId: idSchema.nullable(), orderedIds: idListSchema }),
  z.object({ kind: z.literal('reorderGroups'), parentId: idSchema.nullable(), orderedIds: idListSchema }),
  z.object({ kind: z.literal('previewImport'), rows: importRowsSchema, fileName: z.string().max(200) }),
  z.object({ kind: z.literal('applyImport'), rows: importRowsSchema, fileName: z.string().max(200) }),
]);
/** Pushed by the background to every open tab and extension page after a write or a command. */
export const broadcastSchema = z.discriminatedUnion('kind', [
  /** Records written in one transaction (tombstones included); receivers merge them by id. */
  z.object({ kind: z.literal('recordsChanged'), records: z.array(z.unknown()) }),
  /** Keyboard command: open the sidebar and focus phrase search. */
  z.object({ kind: z.literal('openSidebar') }),
]) satisfies z.ZodType<Broadcast>;
