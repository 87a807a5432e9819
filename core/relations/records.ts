import { z } from 'zod';
import { idSchema, recordMetaSchema } from '../store';
import { accountSchema } from './model';

/**
 * The stored shapes of the `relations` area. Everything is `local`: relation data is the owner's and
 * never leaves the machine (a full backup carries it, a library pack never does).
 */

export const ROSTER_RECORD_ID = 'local:roster';
export const setRecordId = (setId: string) => `local:relset:${setId}`;
export const chunkRecordId = (setId: string, seq: number) => `local:relchunk:${setId}:${seq}`;
export const mappingRecordId = (table: string) => `local:tablemap:${table}`;

/** Most sub-accounts a roster holds (a shop has tens). */
export const MAX_ROSTER = 2_000;
/** Relations per chunk record: big enough that 100,000 relations are ~25 records, small enough to rewrite one per scanned page. */
export const CHUNK_SIZE = 4_000;
/** Relations one set may hold. */
export const MAX_SET_RELATIONS = 300_000;

export const RELATION_SOURCES = ['scan', 'import'] as const;
export type RelationSource = (typeof RELATION_SOURCES)[number];
export const MAPPED_TABLES = ['relations', 'staff'] as const;

/** The whole roster in one record: small, and saved all at once or one account at a time. */
export const rosterRecordSchema = recordMetaSchema.extend({
  id: z.literal(ROSTER_RECORD_ID),
  type: z.literal('relationRoster'),
  scope: z.literal('local'),
  accounts: z.array(accountSchema).max(MAX_ROSTER),
});

/**
 * One scan or import of the relation table. Open (`finishedAt` null) while pages or file parts come
 * in; the latest finished set is the current one. A dropped set is a tombstone without chunk ids.
 */
export const relationSetRecordSchema = recordMetaSchema.extend({
  type: z.literal('relationSet'),
  scope: z.literal('local'),
  setId: idSchema,
  source: z.enum(RELATION_SOURCES),
  label: z.string().max(200),
  startedAt: z.number().int().nonnegative(),
  finishedAt: z.number().int().nonnegative().nullable(),
  /** Relations added (repeats of a buyer included; the report keeps the last). */
  count: z.number().int().nonnegative(),
  /** Scan: pages fully read, to resume an unfinished scan. */
  pagesDone: z.number().int().nonnegative(),
  chunkIds: z.array(idSchema).max(Math.ceil(MAX_SET_RELATIONS / CHUNK_SIZE) + 1),
});
export type RelationSetRecord = z.infer<typeof relationSetRecordSchema>;

/**
 * Up to `CHUNK_SIZE` relations of a set, as columns joined into strings (see chunk-codec.ts): the
 * store loads and checks every record on each service-worker wake, and a few long strings cost
 * next to nothing there, where thousands of small objects would not.
 */
export const relationChunkRecordSchema = recordMetaSchema.extend({
  type: z.literal('relationChunk'),
  scope: z.literal('local'),
  setId: idSchema,
  count: z.number().int().nonnegative().max(CHUNK_SIZE),
  /** Buyer ids, one per line. */
  buyerIds: z.string().max(CHUNK_SIZE * 201),
  /** Buyer names, one per line ('' = none). */
  buyerNames: z.string().max(CHUNK_SIZE * 201),
  /** The bound-account texts of this chunk, each once, one per line. */
  accounts: z.string().max(CHUNK_SIZE * 201),
  /** Per relation: its account's place in `accounts` (base 36), '' = no account bound; comma-separated. */
  accountOf: z.string().max(CHUNK_SIZE * 8),
  /** Per relation: bound time in epoch ms (base 36), '' = unknown; comma-separated. */
  boundAt: z.string().max(CHUNK_SIZE * 12),
});
export type RelationChunkRecord = z.infer<typeof relationChunkRecordSchema>;

/** The owner's column choice for a table whose headers were not recognised, kept for next time. */
export const tableMappingRecordSchema = recordMetaSchema.extend({
  type: z.literal('tableMapping'),
  scope: z.literal('local'),
  table: z.enum(MAPPED_TABLES),
  mapping: z.record(z.string().max(40), z.string().max(200)),
});
