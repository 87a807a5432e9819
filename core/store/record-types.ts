import { z } from 'zod';
import { recordMetaSchema, type RecordMeta } from './record';

import { META_ID } from './schema-version';
export { META_ID };

export const metaRecordSchema = recordMetaSchema.extend({
  id: z.literal(META_ID),
  type: z.literal('meta'),
  scope: z.literal('local'),
});
export type MetaRecord = z.infer<typeof metaRecordSchema>;

/** A record as it sits in storage: the common metadata plus its type's own fields. */
export type StoredRecord = RecordMeta & Record<string, unknown>;

/**
 * A zod schema per record type; every write and every import is checked against it. The areas
 * declare theirs (`core/areas.ts` joins them); the store gets them as a dependency.
 */
export type RecordSchemas = Readonly<Record<string, z.ZodType<StoredRecord>>>;
