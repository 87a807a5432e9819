import { createStore, promisifyRequest } from 'idb-keyval';
import type { StorageBackend, StoredRecord } from '../core/store';
import { RECEIPT_PREFIX, REVISED_TYPES, REVISION_ID } from './library-db';

/** The one object store of the records database, keyed by record id. */
export const RECORDS_STORE = 'records';

/** The revision row as stored (see `REVISION_ID`). */
export interface RevisionRow {
  id: typeof REVISION_ID;
  revision: number;
}

/** A write receipt as stored (see `RECEIPT_PREFIX`): the receipt under its own key, no record fields. */
interface ReceiptRow {
  id: string;
  receipt: unknown;
}
const receiptRowId = (key: string) => RECEIPT_PREFIX + key;
const receiptRange = () => IDBKeyRange.bound(RECEIPT_PREFIX, RECEIPT_PREFIX + '\uffff');

export const revisionOf = (row: unknown): number | null => {
  const value = (row as Partial<RevisionRow> | null | undefined)?.revision;
  return typeof value === 'number' ? value : null;
};

/**
 * Records in IndexedDB through idb-keyval, keyed by record id. Uses idb-keyval's raw
 * `(mode, callback)` store so that one commit is one IDB transaction (all or nothing).
 * A commit writing a phrase or group also bumps the library revision in that transaction;
 * `revision()` is the revision of what this backend last loaded or committed (this process is
 * the only writer), undefined before the first load. A keyed write's receipt (core/store/write-receipts.ts)
 * is a row of the same store, put in the write's own transaction; `loadAll` leaves receipts out.
 */
export function createIdbBackend(dbName: string): StorageBackend & { revision(): number | undefined } {
  const useStore = createStore(dbName, RECORDS_STORE);
  let revision: number | undefined;
  return {
    async loadAll() {
      const all = await useStore('readonly', (store) => promisifyRequest(store.getAll()));
      const rows = all.filter((r) => !String((r as { id?: unknown } | null)?.id).startsWith(RECEIPT_PREFIX));
      const at = rows.findIndex((r) => (r as { id?: unknown } | null)?.id === REVISION_ID);
      if (at >= 0) {
        revision = revisionOf(rows[at]) ?? undefined;
        rows.splice(at, 1);
      }
      if (revision === undefined) {
        // Data from before revisions: give it one, from the clock so a database made again never
        // repeats an old revision a kept view may still carry.
        const row: RevisionRow = { id: REVISION_ID, revision: Date.now() };
        await useStore('readwrite', (store) => {
          store.put(row, REVISION_ID);
          return promisifyRequest(store.transaction);
        });
        revision = row.revision;
      }
      return rows;
    },
    async loadReceipts() {
      const rows = await useStore('readonly', (store) => promisifyRequest(store.getAll(receiptRange())));
      return rows.map((r) => (r as Partial<ReceiptRow> | null)?.receipt);
    },
    commit(puts, options) {
      if (puts.length === 0) return Promise.resolve();
      const receipt = options?.receipt;
      const revised = puts.some((r: StoredRecord) => REVISED_TYPES.has(r.type));
      let next: number | undefined;
      return useStore('readwrite', (store) => {
        try {
          for (const record of puts) store.put(record, record.id);
          if (receipt) {
            for (const key of receipt.forget) store.delete(receiptRowId(key));
            const id = receiptRowId(receipt.put.key);
            store.put({ id, receipt: receipt.put } satisfies ReceiptRow, id);
          }
        } catch (error) {
          // A put that throws (e.g. a value that cannot be cloned) must not let the earlier puts
          // commit on their own: abort the whole transaction.
          store.transaction.abort();
          throw error;
        }
        if (revised) {
          const current = store.get(REVISION_ID);
          current.onsuccess = () => {
            next = (revisionOf(current.result) ?? Date.now()) + 1;
            store.put({ id: REVISION_ID, revision: next } satisfies RevisionRow, REVISION_ID);
          };
        }
        return promisifyRequest(store.transaction);
      }).then(() => {
        if (next !== undefined) revision = next;
      });
    },
    revision: () => revision,
  };
}
