import { z } from 'zod';
import { defineArea } from '../area';
import type { ImportRow } from '../phrase-files';
import { OPTIONS_ONLY, defineRequest } from '../protocol';
import type { PhraseImport } from './import-service';

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
  examples: z.array(z.string().max(1_000)).max(100).optional(),
  publicReply: z.boolean().optional(),
}) satisfies z.ZodType<ImportRow>;
/** More than an import takes (20,000), so that the import itself says "too many rows" in words. */
const importInputSchema = z.object({ rows: z.array(importRowSchema).max(100_000), fileName: z.string().max(200) });

/** Importing phrase files: preview row by row, then apply all or nothing. */
export const phraseImportArea = defineArea({
  name: 'phrase-import',
  requests: ({ phraseImport }: { phraseImport: PhraseImport }) => ({
    previewImport: defineRequest({
      input: importInputSchema,
      allow: OPTIONS_ONLY,
      handle: async (req) => ({ value: await phraseImport.previewImport(req.rows, req.fileName) }),
    }),
    applyImport: defineRequest({ input: importInputSchema, allow: OPTIONS_ONLY, handle: (req) => phraseImport.applyImport(req.rows, req.fileName) }),
  }),
});
