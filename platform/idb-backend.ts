import { createStore, promisifyRequest } from 'idb-keyval';
import type { StorageBackend } from '../core/store';

/** The one object store of the records database, keyed by record id. */
export const RECORDS_STORE = 'records';

/**
 * Records in IndexedDB through idb-keyval, keyed by record id. Uses idb-keyval's raw
 * `(mode, callback)` store so that one commit is one IDB transaction (all or nothing).
 */
export function createIdbBackend(dbName: string): StorageBackend {
  const useStore = createStore(dbName, RECORDS_STORE);
  return {
    loadAll() {
      return useStore('readonly', (store) => promisifyRequest(store.getAll()));
    },
    commit(puts) {
      if (puts.length === 0) return Promise.resolve();
      return useStore('readwrite', (store) => {
        try {
          for (const record of puts) store.put(record, record.id);
        } catch (error) {
          // A put that throws (e.g. a value that cannot be cloned) must not let the earlier puts
          // commit on their own: abort the whole transaction.
          store.transaction.abort();
          throw error;
        }
        return promisifyRequest(store.transaction);
      });
    },
  };
}
