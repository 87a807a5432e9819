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

/** The schema of a record type, or undefined: a row's `type` is data (`constructor` names no schema). */
export function schemaOf(schemas: RecordSchemas, type: unknown): z.ZodType<StoredRecord> | undefined {
  return typeof type === 'string' && Object.hasOwn(schemas, type) ? schemas[type] : undefined;
}
