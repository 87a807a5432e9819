import { z } from 'zod';
import { defineArea } from '../area';
import { OPTIONS_ONLY, defineRequest } from '../protocol';
import { idSchema } from '../store';
import type { DataPack } from './data-pack';

/** Full backups and library packs, out and in. */
export const dataPackArea = defineArea({
  name: 'data-pack',
  requests: ({ dataPack }: { dataPack: DataPack }) => ({
    exportAll: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: async () => ({ value: await dataPack.exportAll() }) }),
    /** Reply `snapshotId`: the library before the import (restore it to undo). */
    importAll: defineRequest({
      // `takeTheirs`: local records newer than the file's that the seller chose to replace anyway.
      input: z.object({ json: z.string().max(50_000_000), fileName: z.string().max(200).optional(), takeTheirs: z.array(idSchema).max(40_000).optional() }),
      allow: OPTIONS_ONLY,
      handle: (req) => dataPack.importAll(req.json, req.fileName, { takeTheirs: req.takeTheirs ?? [] }),
    }),
    /** What `importAll` of this file would change, per record type, and which local records are newer. */
    previewImportAll: defineRequest({
      input: z.object({ json: z.string().max(50_000_000) }),
      allow: OPTIONS_ONLY,
      handle: async (req) => ({ value: await dataPack.previewImport(req.json) }),
    }),
    /** A library pack (`format: 'kefu-sidebar-library'`): shop phrases and groups, nothing machine-local. */
    exportLibrary: defineRequest({
      input: z.object({ includePersonal: z.boolean().optional() }),
      allow: OPTIONS_ONLY,
      handle: async (req) => ({ value: await dataPack.exportLibrary({ includePersonal: req.includePersonal ?? false }) }),
    }),
  }),
});
