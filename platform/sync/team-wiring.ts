import type { RecordStore, StoredRecord } from '../../core/store';
import type { IdbBackend } from '../idb-backend';
import { createKeepAlive } from './keep-alive';
import { shareLocalDatabases } from './local-databases';
import { createTeamAwareBackend, type TeamAwareBackend } from './team-backend';
import { createTeamMembership, type TeamMembership } from './team-membership';
import { openTeamDatabase, openTeamServerDatabase } from './team-pouch';
import { createTeamStoreModeKeeper } from './team-store-mode';
import { createTeamSync } from './team-sync';
import type { TeamAlarmsLike } from './team-sync-alarms';
import { createIdbTeamStorage, createTeamSyncKeeper } from './team-sync-keeper';

/**
 * Team sync as the background builds it, in two steps because the store sits between them:
 * first the store's backend (IndexedDB, plus PouchDB while in a team), then, once the store
 * exists, the membership that joins, leaves and runs the sync.
 */
export function createTeamStorage(local: IdbBackend) {
  const area = createIdbTeamStorage();
  const mode = createTeamStoreModeKeeper(area);
  const openLocal = shareLocalDatabases((name) => openTeamDatabase(name));
  const keeper = createTeamSyncKeeper(area);
  let membership: TeamMembership | undefined;
  // A local write that met a version pulled meanwhile: the next run settles the conflict. A write
  // PouchDB refused waits in IndexedDB: the next run reloads the store, which moves it in.
  const backend = createTeamAwareBackend({
    local,
    mode,
    openLocal,
    onConflicted: () => membership?.syncSoon(),
    onUnsettled: (error) => {
      console.error('[kefu-sidebar] a saved change waits to reach the team database', error);
      membership?.syncSoon();
    },
  });

  return {
    backend,
    /** The connection and status, for the team form and the owner's desk. */
    keeper,
    /** The local databases, one handle per name, shared with the owner's desk. */
    openLocal,
    openRemote: openTeamServerDatabase,
    membership(deps: {
      store: Pick<RecordStore, 'open' | 'reload'>;
      alarms: TeamAlarmsLike;
      now(): number;
      onChanged(records: StoredRecord[]): void | Promise<void>;
      /** A cheap extension API call (resets MV3's idle clock while a run is in flight). */
      ping(): Promise<unknown>;
    }): TeamMembership {
      const sync = createTeamSync({ keeper, now: deps.now, openLocal, openRemote: openTeamServerDatabase });
      membership = createTeamMembership({ ...deps, backend: backend satisfies TeamAwareBackend, mode, keeper, sync, keepAlive: createKeepAlive(deps.ping) });
      return membership;
    },
  };
}
