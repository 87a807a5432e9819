import { createStore, get, set } from 'idb-keyval';

/**
 * Derived data worth keeping between service-worker wakes (search keys), in a database of its own:
 * never a source of truth, never synced or exported; losing it only costs a rebuild.
 */
export function createIdbCache(dbName: string) {
  const store = createStore(`${dbName}-cache`, 'cache');
  return {
    get: (key: string): Promise<unknown> => get(key, store),
    set: (key: string, value: unknown): Promise<void> => set(key, value, store),
  };
}
export type IdbCache = ReturnType<typeof createIdbCache>;
