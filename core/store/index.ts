export { SCHEMA_VERSION, LOCAL_ID_PREFIX, idSchema, recordMetaSchema, type RecordMeta } from './record';
export { META_ID, RECORD_SCHEMAS, metaRecordSchema, type MetaRecord, type RecordSchemas, type StoredRecord } from './record-types';
export { createMemoryBackend, type StorageBackend } from './backend';
export {
  asInput,
  createRecordStore,
  type Change,
  type RecordInput,
  type RecordStore,
  type RecordStoreDeps,
  type StoreView,
  type WriteOutcome,
} from './record-store';
export { MIGRATIONS, runMigrations, tooNewError, type Migration } from './migrations';
export { UserFacingError } from './errors';
export { MAX_DETAIL_LINES, capDetails, describeIssue, describeProblem, fieldName, parseInput } from './issues';
