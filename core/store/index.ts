export { SCHEMA_VERSION, idSchema, recordMetaSchema, type RecordMeta } from './record';
export { META_ID, metaRecordSchema, schemaOf, type MetaRecord, type RecordSchemas, type StoredRecord } from './record-types';
export { createMemoryBackend, type CommitOptions, type StorageBackend } from './backend';
export { describeStorageFailure, storageFailureKind, type StorageFailureKind } from './storage-errors';
export {
  asInput,
  createRecordStore,
  type Change,
  type RecordInput,
  type RecordStore,
  type RecordStoreDeps,
  type UpdateOptions,
  type StoreView,
  type WriteOutcome,
} from './record-store';
export { joinMigrations, runMigrations, tooNewError, type Migration } from './migrations';
export { UserFacingError, type UserError } from '../errors';
export { MAX_DETAIL_LINES, capDetails, describeIssue, describeProblem, fieldName, parseInput } from './issues';
export { RECEIPTS_KEPT, createReceiptBook, isReceiptKey, type ReceiptBook, type ReceiptWrite, type WriteReceipt } from './write-receipts';
