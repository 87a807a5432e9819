export { ACCOUNT_STATUSES, REASON_CODES, accountSchema, relationSchema, type Account, type AccountStatus, type ReasonCode, type Relation, type Roster } from './model';
export { accountReasons, classifyRelation, createClassifier, isUnbound, type RelationClassifier } from './classify';
export { accountKey, createAccountMatcher, type AccountMatcher } from './match';
export { emptyReasonCounts, summarizeRelations, type AccountSummary, type ReasonCounts, type RelationSummary } from './summary';
