import type { RecordStore, StoredRecord } from '../../core/store';
import { agentDatabaseName } from '../../core/sync';
import { conflictedIds, resolveConflicts } from './conflicts';
import type { TeamAwareBackend } from './team-backend';
import type { TeamConnection, TeamSyncKeeper, TeamSyncRun } from './team-sync';
import { TEAM_SYNC_ALARM, TEAM_SYNC_PERIOD_MINUTES, type TeamAlarmsLike } from './team-sync-alarms';
import type { TeamStoreModeKeeper } from './team-store-mode';

/** How long after a local write the sync runs: a burst of edits goes in one run. */
export const SYNC_SOON_MS = 5_000;

/** What the background builds once (issue 13, the contract between the team helpers). */
export interface TeamMembership {
  /** After login: the synced records move into PouchDB (a tested migration), then the first sync runs. */
  joined(connection: TeamConnection): Promise<void>;
  /** After "leave team": a local copy of everything goes back into IndexedDB; syncing stops. */
  left(): Promise<void>;
  /** A run shortly after a local write (debounced). Does nothing outside a team. */
  syncSoon(): void;
  /** A run now (the alarm, start-up, "sync now"); the run in flight when one is. */
  syncNow(): Promise<TeamSyncRun>;
  /**
   * At each wake of the worker: finishes a joining or leaving cut off by a stopped worker and makes
   * sure the alarm is set; with `run` (browser start-up) a run follows.
   */
  start(options?: { run?: boolean }): Promise<void>;
}

export interface TeamMembershipDeps {
  store: Pick<RecordStore, 'open' | 'reload'>;
  backend: Pick<TeamAwareBackend, 'teamUser' | 'databases' | 'behind'>;
  mode: TeamStoreModeKeeper;
  /** The connection the connect form keeps (read only here). */
  keeper: Pick<TeamSyncKeeper, 'connection'>;
  /** One sync run of every team database (`createTeamSync`). */
  sync: { run(): Promise<TeamSyncRun> };
  alarms: TeamAlarmsLike;
  /** Records that changed under the store (pulled, merged, moved): for the open pages. */
  onChanged(records: StoredRecord[]): void | Promise<void>;
  /** Keeps the worker awake while a run is in flight (`createKeepAlive`); none in tests. */
  keepAlive?: <T>(work: Promise<T>) => Promise<T>;
  delayMs?: number;
}

export function createTeamMembership(deps: TeamMembershipDeps): TeamMembership {
  const { store, backend, mode, keeper, sync, alarms, onChanged } = deps;
  const keepAlive = deps.keepAlive ?? (<T>(work: Promise<T>) => work);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<TeamSyncRun> | undefined;
  let starting: Promise<void> | undefined;

  /** The store sees again what is stored; the pages hear of every record that changed. */
  async function refresh(): Promise<void> {
    const changed = await store.reload();
    if (changed.length > 0) await onChanged(changed);
  }

  /**
   * Conflicts a pull brought in (or a local write met) are merged field by field where the
   * versions changed different fields; the others stay for the owner's screen, untouched.
   */
  async function settleConflicts(): Promise<void> {
    for (const db of backend.databases()) {
      for (const id of await conflictedIds(db)) {
        await resolveConflicts(db, id).catch((error: unknown) => console.error('[kefu-sidebar] could not settle a sync conflict', id, error));
      }
    }
  }

  async function runOnce(): Promise<TeamSyncRun> {
    // A joining cut off by a stopped worker is finished by the store's load, before anything is pushed.
    if (await mode.get()) await store.open();
    const result = await sync.run();
    // Even a failed run may have pulled some batches (they are kept: checkpoints resume from them).
    if (backend.teamUser()) {
      await settleConflicts();
      if (await backend.behind()) await refresh();
    }
    return result;
  }

  /** One run at a time: a call while one is in flight gets that run. */
  function runSerial(): Promise<TeamSyncRun> {
    running ??= keepAlive(runOnce()).finally(() => (running = undefined));
    return running;
  }

  /** After this wake's reconciling (an alarm can wake the worker before a cut-off joining is finished). */
  async function syncNow(): Promise<TeamSyncRun> {
    await (starting ??= reconcile());
    return runSerial();
  }

  async function joined(connection: TeamConnection): Promise<void> {
    agentDatabaseName(connection.userName); // a name CouchDB cannot take fails here, before anything moves
    await mode.set({ mode: 'team', user: connection.userName });
    await refresh();
    await alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: TEAM_SYNC_PERIOD_MINUTES });
    await runSerial();
  }

  async function left(): Promise<void> {
    clearTimeout(timer);
    await alarms.clear(TEAM_SYNC_ALARM);
    await running?.catch(() => undefined); // a run in flight writes into the databases being copied
    const current = await mode.get();
    if (current) await mode.set({ mode: 'leaving', user: current.user });
    await refresh();
  }

  /** Brings where the records are in line with the connection (a failure is logged: the next wake tries again). */
  function reconcile(): Promise<void> {
    return reconcileOnce().catch((error: unknown) => console.error('[kefu-sidebar] could not bring team sync in line', error));
  }

  async function reconcileOnce(): Promise<void> {
    const [current, connection] = await Promise.all([mode.get(), keeper.connection()]);
    if (current && (current.mode === 'leaving' || !connection?.enabled || current.user !== connection.userName)) await left();
    if (!connection?.enabled) return void (await alarms.clear(TEAM_SYNC_ALARM));
    // The connection was saved but the joining never finished (the worker stopped): finish it.
    if (current?.mode !== 'team' || current.user !== connection.userName) return joined(connection);
    // Re-creating an alarm restarts its period: only when it is missing (each wake comes here).
    if (!(await alarms.get?.(TEAM_SYNC_ALARM))) await alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: TEAM_SYNC_PERIOD_MINUTES });
  }

  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_SYNC_ALARM) void syncNow().catch((error: unknown) => console.error('[kefu-sidebar] team sync failed', error));
  });

  return {
    joined,
    left,
    syncNow,
    syncSoon() {
      if (!backend.teamUser()) return; // sync off: a local write is just a local write
      clearTimeout(timer);
      timer = setTimeout(() => void syncNow().catch((error: unknown) => console.error('[kefu-sidebar] team sync failed', error)), deps.delayMs ?? SYNC_SOON_MS);
    },
    async start(options) {
      await (starting ??= reconcile());
      if (options?.run) await runSerial();
    },
  };
}
