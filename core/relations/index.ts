export { ACCOUNT_STATUSES, REASON_CODES, accountSchema, relationSchema, type Account, type AccountStatus, type ReasonCode, type Relation, type Roster } from './model';
export { accountReasons, classifyRelation, createClassifier, isUnbound, type RelationClassifier } from './classify';
export { accountKey, createAccountMatcher, type AccountMatcher } from './match';
export { emptyReasonCounts, summarizeRelations, type AccountSummary, type ReasonCounts, type RelationSummary } from './summary';
export { CHUNK_SIZE, MAX_SET_RELATIONS, RELATION_SOURCES, type RelationSource } from './records';
export {
  createRelationsService,
  type ColumnMapping,
  type CurrentRelations,
  type MappedTable,
  type OpenRelationSet,
  type RelationReport,
  type RelationReportRow,
  type RelationsService,
  type RelationsServiceDeps,
  type ReportOptions,
  type ResolveColumns,
  type TableMappingReply,
} from './relations-service';
export { MAX_RELATIONS_PER_MESSAGE, relationsArea } from './area';
