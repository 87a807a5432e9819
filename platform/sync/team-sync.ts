import { AGENT_ROLE, SHOP_DATABASE, agentDatabaseName, classifySyncFailure, type SyncStatus } from '../../core/sync';
import { syncOnce } from './sync-once';
import type { TeamDatabase } from './team-pouch';

/** How this browser is connected to a team. Absent, or `enabled: false`, = sync is off (the default). */
export interface TeamConnection {
  enabled: boolean;
  /** `https://couch.example.com` (no database). */
  serverUrl: string;
  /** The CouchDB user this browser logged in as, and the roles the server gave it. */
  userName: string;
  roles: string[];
}

/** Where the connection and the status are kept (its own IndexedDB store in the extension). */
export interface TeamSyncKeeper {
  connection(): Promise<TeamConnection | undefined>;
  status(): Promise<SyncStatus>;
  saveStatus(status: SyncStatus): Promise<void>;
}

export interface TeamSyncDeps {
  keeper: TeamSyncKeeper;
  /** A local database by name (IndexedDB in the extension). */
  openLocal(name: string): TeamDatabase;
  /** A database on the team server, carrying the login (the session cookie in the extension). */
  openRemote(url: string): TeamDatabase;
  now(): number;
}

export type TeamSyncRun = { ran: false } | { ran: true; status: SyncStatus };

/** Which databases this browser syncs, and whether it may push to each. */
export function databasesFor(connection: TeamConnection): Array<{ name: string; pullOnly: boolean }> {
  const agent = connection.roles.includes(AGENT_ROLE) && !connection.roles.some((r) => r === 'owner' || r === 'admin');
  if (!agent) return [{ name: SHOP_DATABASE, pullOnly: false }];
  return [
    { name: SHOP_DATABASE, pullOnly: true },
    { name: agentDatabaseName(connection.userName), pullOnly: false },
  ];
}

/**
 * One team sync run, from an alarm or at start-up: nothing at all while sync is off; else each
 * database one-shot (push, then pull) and the outcome kept as the status: the last success, or the
 * last failure's kind, which the options page says in the seller's words. Runs never overlap: a
 * call while one is in flight gets that run's outcome.
 */
export function createTeamSync({ keeper, openLocal, openRemote, now }: TeamSyncDeps): { run(): Promise<TeamSyncRun> } {
  let inFlight: Promise<TeamSyncRun> | undefined;

  async function runOnce(): Promise<TeamSyncRun> {
    const connection = await keeper.connection();
    if (!connection?.enabled) return { ran: false };
    const previous = await keeper.status();
    let status: SyncStatus;
    try {
      const base = connection.serverUrl.replace(/\/+$/, '');
      for (const { name, pullOnly } of databasesFor(connection)) {
        await syncOnce(openLocal(`team-${name}`), openRemote(`${base}/${encodeURIComponent(name)}`), { pullOnly });
      }
      status = { ...previous, lastSuccessAt: now() };
    } catch (error) {
      status = { ...previous, lastFailure: { at: now(), kind: classifySyncFailure(error) } };
    }
    await keeper.saveStatus(status);
    return { ran: true, status };
  }

  return {
    run() {
      inFlight ??= runOnce().finally(() => (inFlight = undefined));
      return inFlight;
    },
  };
}
