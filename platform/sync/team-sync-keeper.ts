import { createStore, get, set } from 'idb-keyval';
import { z } from 'zod';
import type { SyncStatus } from '../../core/sync';
import type { TeamConnection, TeamSyncKeeper } from './team-sync';

/** The storage keys: the connection (never a password: the login is the browser's session cookie) and the status. */
export const CONNECTION_KEY = 'teamSync.connection';
export const STATUS_KEY = 'teamSync.status';

/** A key-value store (IndexedDB via idb-keyval in the extension: no `storage` permission needed). */
export interface StorageAreaLike {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The extension's store for team sync: its own IndexedDB database, apart from the library's. */
export function createIdbTeamStorage(): StorageAreaLike {
  const store = createStore('kefu-team-sync', 'settings');
  return { get: (key) => get(key, store), set: (key, value) => set(key, value, store) };
}

/** Joining or leaving a team writes the connection; nothing else does (the options page's 团队同步). */
export interface TeamConnectionWriter {
  saveConnection(connection: TeamConnection): Promise<void>;
}

const connectionSchema = z.object({
  enabled: z.boolean(),
  serverUrl: z.string().regex(/^https?:\/\/[^\s]+$/).max(300),
  userName: z.string().min(1).max(80),
  roles: z.array(z.string().max(80)).max(50),
});
const failureKind = z.enum(['network', 'auth', 'forbidden', 'quota', 'server', 'unexpected']);
const statusSchema = z.object({
  lastSuccessAt: z.number().optional(),
  lastFailure: z.object({ at: z.number(), kind: failureKind }).optional(),
});

/**
 * Keeps the team connection and the sync status in their own small store (not in the record store:
 * they belong to this machine, never to a backup or to the team). Anything unreadable counts as
 * "not connected", so a damaged entry turns sync off instead of sending to a wrong address.
 */
export function createTeamSyncKeeper(area: StorageAreaLike): TeamSyncKeeper & TeamConnectionWriter {
  return {
    async connection(): Promise<TeamConnection | undefined> {
      const parsed = connectionSchema.safeParse(await area.get(CONNECTION_KEY));
      return parsed.success ? parsed.data : undefined;
    },
    async saveConnection(connection) {
      await area.set(CONNECTION_KEY, connectionSchema.parse(connection));
    },
    async status(): Promise<SyncStatus> {
      const parsed = statusSchema.safeParse(await area.get(STATUS_KEY));
      return parsed.success ? parsed.data : {};
    },
    async saveStatus(status) {
      await area.set(STATUS_KEY, status);
    },
  };
}
