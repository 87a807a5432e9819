/**
 * Team sync on PouchDB ↔ CouchDB (issue 13), the browser side: the slim PouchDB, one sync run,
 * conflict settling. Used only by the background; nothing is wired while sync is off.
 */
export { addPouchAdapter, openTeamDatabase, openTeamServerDatabase, type OpenOptions, type TeamDatabase } from './team-pouch';
export { SYNC_BATCH_SIZE, syncOnce, type SyncOnceOptions, type SyncRunResult } from './sync-once';
export { chooseVersion, conflictedIds, resolveConflicts, type ConflictForOwner, type Resolution } from './conflicts';
export { installTeamRules } from './install-rules';
export { createTeamSync, databasesFor, type TeamConnection, type TeamSyncDeps, type TeamSyncKeeper, type TeamSyncRun } from './team-sync';
export { TEAM_SYNC_ALARM, TEAM_SYNC_PERIOD_MINUTES, type TeamAlarmsLike } from './team-sync-alarms';
export { CONNECTION_KEY, STATUS_KEY, createIdbTeamStorage, createTeamSyncKeeper, type StorageAreaLike } from './team-sync-keeper';
export { accessOf, agentCopyName, createTeamOwnerDesk, type TeamOwnerDeskDeps } from './team-owner-desk';
export { restoreFromTombstone } from './restore';
