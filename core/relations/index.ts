export { ACCOUNT_STATUSES, REASON_CODES, accountSchema, relationSchema, type Account, type AccountStatus, type ReasonCode, type Relation, type Roster } from './model';
export { accountReasons, classifyRelation } from './classify';
