/**
 * Team sync (issue 13), the pure part: records ↔ PouchDB documents, field-by-field merge of
 * conflicting versions, the team's database names and the server-side rules the app installs.
 * Nothing here touches PouchDB or the network (platform/sync does).
 */
export { docIdOf, fromSyncDoc, recordFieldsOf, toSyncDoc, type FromDocResult, type SyncDoc } from './sync-doc';
export { commonAncestor, mergeVersions, sameValue, type MergeResult, type RevisionPath } from './merge';
export { AGENT_DATA_TYPES, AGENT_ROLE, SHOP_DATABASE, SHOP_WRITER_ROLES, agentDatabaseName } from './databases';
export { AGENT_DESIGN_ID, SHOP_DESIGN_ID, agentDesignDoc, agentSecurity, shopDesignDoc, shopSecurity, type SecurityObject } from './design-docs';
export { classifySyncFailure, describeSyncFailure, type SyncFailureKind, type SyncStatus } from './status';
