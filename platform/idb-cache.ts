import { createStore, del, get, set } from 'idb-keyval';

/** The cache database of a records database, and its one object store. */
export const cacheDbName = (dbName: string) => `${dbName}-cache`;
export const CACHE_STORE = 'cache';

/**
 * Derived data worth keeping between service-worker wakes (search keys), in a database of its own:
 * never a source of truth, never synced or exported; losing it only costs a rebuild.
 */
export function createIdbCache(dbName: string) {
  const store = createStore(cacheDbName(dbName), CACHE_STORE);
  return {
    get: (key: string): Promise<unknown> => get(key, store),
    set: (key: string, value: unknown): Promise<void> => set(key, value, store),
    delete: (key: string): Promise<void> => del(key, store),
  };
}
export type IdbCache = ReturnType<typeof createIdbCache>;
