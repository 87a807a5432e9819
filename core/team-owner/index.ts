/**
 * The shop owner's view of the team (issue 13 items 4 and 5), the pure part: the conflict screen's
 * side-by-side versions, the roster, and the merges of the agents' usage, routing measurements and
 * relation scans. The PouchDB side is `platform/sync/team-owner-desk.ts`.
 */
export { teamOwnerArea } from './area';
export { describeConflict, type ConflictVersionView, type ConflictVersions, type ConflictView } from './conflict-view';
export type { AgentCopyState, AgentPullFailure, OwnerAccess, TeamConflicts, TeamOwnerDesk, TeamViews } from './desk';
export { teamMemberRecordId, teamMemberRecordSchema, teamUserNameSchema, type TeamMember, type TeamMemberRecord } from './model';
export { TEAM_MEMBERS_MAX, createTeamRosterService, type TeamRosterService } from './roster';
export { FIELD_TEXT_MAX, fieldText } from './texts';
export {
  mergeRouting,
  mergeScans,
  mergeUsage,
  phraseTitles,
  ratio,
  routingDaysOf,
  type AgentCopy,
  type OutcomeSummary,
  type PhraseUseRow,
  type Ratio,
  type RoutingSummary,
  type ScanRow,
  type TeamRouting,
  type TeamScans,
  type TeamUsage,
  type UsageTable,
} from './team-views';
export { feedRoutingAdvisor } from './routing-feed';
