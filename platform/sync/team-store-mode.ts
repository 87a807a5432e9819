import { z } from 'zod';
import type { StorageAreaLike } from './team-sync-keeper';

/** Where the store keeps its synced records: absent = IndexedDB only (sync never turned on, or left). */
export const STORE_MODE_KEY = 'teamSync.storeMode';

/**
 * `team`: shop and agent records live in the local PouchDB databases of this user.
 * `leaving`: they are being copied back into IndexedDB (the next load finishes it, even after a crash).
 */
export interface TeamStoreMode {
  mode: 'team' | 'leaving';
  user: string;
}

const modeSchema = z.object({ mode: z.enum(['team', 'leaving']), user: z.string().min(1).max(80) });

export interface TeamStoreModeKeeper {
  get(): Promise<TeamStoreMode | undefined>;
  set(mode: TeamStoreMode | undefined): Promise<void>;
}

/**
 * Kept apart from the connection (which the connect form writes): the connection says what the
 * seller asked for, this says where the records are now. A joining or leaving cut off by a stopped
 * worker is finished by the next load, because the store reads this before anything else.
 */
export function createTeamStoreModeKeeper(area: StorageAreaLike): TeamStoreModeKeeper {
  return {
    async get() {
      const parsed = modeSchema.safeParse(await area.get(STORE_MODE_KEY));
      return parsed.success ? parsed.data : undefined;
    },
    async set(mode) {
      await area.set(STORE_MODE_KEY, mode);
    },
  };
}
