import { z } from 'zod';
import { defineArea } from '../area';
import { ANY_PAGE, OPTIONS_ONLY, defineRequest } from '../protocol';
import { accountSchema, relationSchema } from './model';
import {
  MAPPED_TABLES,
  RELATION_SOURCES,
  relationChunkRecordSchema,
  relationSetRecordSchema,
  rosterRecordSchema,
  tableMappingRecordSchema,
} from './records';
import type { RelationsService } from './relations-service';

/** Rows one message carries (a scanned page, a part of an imported file). */
export const MAX_RELATIONS_PER_MESSAGE = 5_000;
const setIdSchema = z.string().min(3).max(80);
const tableSchema = z.enum(MAPPED_TABLES);

/**
 * The owner's roster of sub-accounts and the relation table as last scanned or imported, with the
 * column mappings kept for next time. Reads and scan/import writes come from any of our pages (the
 * sidebar on the back office, the options page); deleting everything only from the options page.
 */
export const relationsArea = defineArea({
  name: 'relations',
  records: {
    relationRoster: rosterRecordSchema,
    relationSet: relationSetRecordSchema,
    relationChunk: relationChunkRecordSchema,
    tableMapping: tableMappingRecordSchema,
  },
  requests: ({ relations }: { relations: RelationsService }) => ({
    getRoster: defineRequest({ input: z.object({}), allow: ANY_PAGE, handle: async () => ({ value: await relations.getRoster() }) }),
    saveRoster: defineRequest({
      input: z.object({ accounts: z.array(accountSchema).max(5_000), mode: z.enum(['replace', 'merge']) }),
      allow: ANY_PAGE,
      handle: (req) => relations.saveRoster(req.accounts, req.mode),
    }),
    saveAccount: defineRequest({ input: z.object({ account: accountSchema }), allow: ANY_PAGE, handle: (req) => relations.saveAccount(req.account) }),
    deleteAccount: defineRequest({ input: z.object({ id: z.string().min(1).max(200) }), allow: ANY_PAGE, handle: (req) => relations.deleteAccount(req.id) }),
    beginRelationSet: defineRequest({
      input: z.object({ source: z.enum(RELATION_SOURCES), label: z.string().max(200) }),
      allow: ANY_PAGE,
      handle: (req) => relations.beginRelationSet(req.source, req.label),
    }),
    addRelations: defineRequest({
      input: z.object({
        setId: setIdSchema,
        relations: z.array(relationSchema).max(MAX_RELATIONS_PER_MESSAGE),
        cursor: z.object({ pagesDone: z.number().int().nonnegative() }).optional(),
      }),
      allow: ANY_PAGE,
      handle: (req) => relations.addRelations(req.setId, req.relations, req.cursor),
    }),
    finishRelationSet: defineRequest({ input: z.object({ setId: setIdSchema }), allow: ANY_PAGE, handle: (req) => relations.finishRelationSet(req.setId) }),
    getOpenRelationSet: defineRequest({
      input: z.object({ source: z.enum(RELATION_SOURCES) }),
      allow: ANY_PAGE,
      handle: async (req) => ({ value: await relations.getOpenRelationSet(req.source) }),
    }),
    getRelationReport: defineRequest({
      input: z.object({
        abnormalOnly: z.boolean().optional(),
        offset: z.number().int().nonnegative().optional(),
        limit: z.number().int().positive().optional(),
      }),
      allow: ANY_PAGE,
      handle: async (req) => ({ value: await relations.getRelationReport(req) }),
    }),
    getTableMapping: defineRequest({
      input: z.object({ table: tableSchema, headers: z.array(z.string().max(200)).max(200) }),
      allow: ANY_PAGE,
      handle: async (req) => ({ value: await relations.getTableMapping(req.table, req.headers) }),
    }),
    saveTableMapping: defineRequest({
      input: z.object({ table: tableSchema, mapping: z.record(z.string().max(40), z.string().max(200)) }),
      allow: ANY_PAGE,
      handle: (req) => relations.saveTableMapping(req.table, req.mapping),
    }),
    deleteRelationData: defineRequest({ input: z.object({}), allow: OPTIONS_ONLY, handle: () => relations.deleteRelationData() }),
  }),
});
