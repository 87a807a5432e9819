import { z } from 'zod';

export { SCHEMA_VERSION } from './schema-version';

export const idSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[A-Za-z0-9_:.-]+$/, 'id may hold letters, digits and _ : . - only');

/**
 * Fields every stored record carries, so that team sync (PouchDB/CouchDB) needs no reshaping:
 * a global id made at creation, type, schema version, timestamps, author, owner scope, tombstone.
 */
export const recordMetaSchema = z.object({
  id: idSchema,
  type: z.string().min(1).max(40),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  updatedBy: z.string().max(80),
  scope: z.enum(['shop', 'agent', 'local']),
  deleted: z.boolean().optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;
