import { z } from 'zod';
import { recordMetaSchema, type RecordMeta } from './record';
import { groupRecordSchema, phraseRecordSchema } from '../phrases/model';
import { selectorOverridesRecordSchema, uiPreferencesRecordSchema, variableSettingsRecordSchema } from '../settings/model';
import { librarySnapshotRecordSchema } from '../snapshots/model';
import { phraseUsageRecordSchema } from '../usage/model';

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

/** A zod schema per record type; every write and every import is checked against it. */
export type RecordSchemas = Readonly<Record<string, z.ZodType<StoredRecord>>>;

/**
 * Every type of data record the extension stores. A new area adds its type here, and it is
 * validated on write, exported and imported with no other change.
 */
export const RECORD_SCHEMAS: RecordSchemas = {
  phrase: phraseRecordSchema,
  phraseGroup: groupRecordSchema,
  selectorOverrides: selectorOverridesRecordSchema,
  variableSettings: variableSettingsRecordSchema,
  uiPreferences: uiPreferencesRecordSchema,
  phraseUsage: phraseUsageRecordSchema,
  librarySnapshot: librarySnapshotRecordSchema,
};
