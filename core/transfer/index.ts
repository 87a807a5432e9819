/**
 * Relation transfer (DOMAIN §3–§4): valid targets, the planner, task status and reminders' times,
 * reconciliation after a fresh scan, the permissions audit and the plan's export table. Pure apart
 * from the service, which goes through the record store.
 */
export { validTargets } from './targets';
export { MAX_BATCH, PLAN_MODES, planTransfer, type Assignment, type Batch, type PlanMode, type PlanOptions, type PlanTarget, type RejectedTarget, type TransferPlan, type UnplacedRelation } from './plan';
export {
  RECHECK_AFTER_MS,
  SLOW_AFTER_MS,
  TASK_STATUSES,
  TIMEOUT_AFTER_MS,
  attentionAt,
  needsAttention,
  nextCheckAt,
  taskStatus,
  type TaskStatus,
  type TaskTimes,
} from './status';
export { reconcile, type ReconcileAbnormal, type ReconcileMoved, type ReconcileNotMoved, type Reconciliation } from './reconcile';
export {
  AUDIT_ADVICE,
  NEEDED_RIGHTS,
  PRE_TRANSFER_CHECKLIST,
  RIGHTS,
  auditPermissions,
  rightTerm,
  type AccountAudit,
  type AuditAdviceCode,
  type ChecklistItem,
  type RightFinding,
  type RightNeed,
  type RightTerm,
  type Words,
} from './rights';
export { planFileBase, planTable, type PlanTable } from './export-rows';
export { CHUNK_MAX, TASK_MAX_ASSIGNMENTS, TRANSFER_TASK_ID_PREFIX, decodeAssignments, encodeAssignments, transferTaskRecordSchema, withoutTaskAssignments, type TransferTaskRecord } from './model';
export {
  NO_RELATIONS,
  createTransferService,
  newTaskId,
  type PermissionsAudit,
  type RelationSource,
  type StartTaskInput,
  type TaskSummary,
  type TaskTimesUpdate,
  type TransferService,
  type TransferServiceDeps,
} from './service';
export { transferArea } from './area';
export { relationSourceOf, type RelationsReader } from './relation-source';
