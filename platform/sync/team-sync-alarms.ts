import { createTeamSync, type TeamSyncKeeper } from './team-sync';
import { createIdbTeamStorage, createTeamSyncKeeper, type StorageAreaLike } from './team-sync-keeper';
import { openTeamDatabase, type TeamDatabase } from './team-pouch';

export const TEAM_SYNC_ALARM = 'kefu-team-sync';
/** Within the 1–5 minutes: fresh enough for a team, light on a server with dozens of agents. */
export const TEAM_SYNC_PERIOD_MINUTES = 2;

/** The parts of `browser.alarms` team sync uses. */
export interface TeamAlarmsLike {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<unknown>;
  /** The alarm by name, if set (`browser.alarms.get`). */
  get?(name: string): Promise<unknown>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface StartTeamSyncDeps {
  /** Where the connection and status are kept: IndexedDB unless given. */
  storage?: StorageAreaLike;
  alarms: TeamAlarmsLike;
  now(): number;
  /** The local databases: IndexedDB unless given (Node tests give the memory adapter). */
  openLocal?: (name: string) => TeamDatabase;
}

/**
 * Team sync in the background, behind its switch: at start-up, when the connection says sync is
 * on, a periodic alarm is set and a run starts; when it is off (the default) the alarm is cleared
 * and nothing else happens. Each alarm is one short run (no live replication: MV3 stops an idle
 * worker), and the alarm wakes the worker for the next one.
 */
export function startTeamSync({ storage = createIdbTeamStorage(), alarms, now, openLocal = (name) => openTeamDatabase(name) }: StartTeamSyncDeps): { keeper: TeamSyncKeeper; run(): Promise<unknown> } {
  const keeper = createTeamSyncKeeper(storage);
  const sync = createTeamSync({
    keeper,
    now,
    openLocal,
    // The login is the CouchDB session cookie the browser holds for the server: sent, never read.
    openRemote: (url) => openTeamDatabase(url, { skip_setup: true, fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }) }),
  });
  const run = () => sync.run().catch((error: unknown) => console.error('[kefu-sidebar] team sync failed', error));
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_SYNC_ALARM) void run();
  });
  void (async () => {
    const connection = await keeper.connection();
    if (connection?.enabled) {
      await alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: TEAM_SYNC_PERIOD_MINUTES });
      await run();
    } else {
      await alarms.clear(TEAM_SYNC_ALARM);
    }
  })().catch((error: unknown) => console.error('[kefu-sidebar] could not start team sync', error));
  return { keeper, run };
}
