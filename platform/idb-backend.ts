import type { CommitOptions, StorageBackend, StoredRecord } from '../core/store';
import { openIdbConnection } from './idb-connection';
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
 * What a commit may do besides storing records, for a backend layered on this one (team sync,
 * platform/sync/team-backend.ts): rows that are not records, ids to delete, and a revision bump
 * for library records that live elsewhere, or none for library records only passing through
 * (`bumpRevision: false`). All in the commit's one transaction.
 */
export interface CommitExtra {
  rows?: ReadonlyArray<{ id: string }>;
  deletes?: readonly string[];
  bumpRevision?: boolean;
}

export interface IdbBackend extends StorageBackend {
  commit(puts: readonly StoredRecord[], options?: CommitOptions, extra?: CommitExtra): Promise<void>;
  revision(): number | undefined;
}

/**
 * Records in IndexedDB, keyed by record id; one commit is one IDB transaction (all or nothing).
 * A commit asked to be durable (imports, restores) uses `durability: 'strict'`: it resolves only
 * once the data is on disk, not merely handed to the OS.
 * A commit writing a phrase or group also bumps the library revision in that transaction;
 * `revision()` is the revision of what this backend last loaded or committed (this process is
 * the only writer), undefined before the first load. A keyed write's receipt (core/store/write-receipts.ts)
 * is a row of the same store, put in the write's own transaction; `loadAll` leaves receipts out.
 */
export function createIdbBackend(dbName: string): IdbBackend {
  const db = openIdbConnection(dbName, RECORDS_STORE);
  let revision: number | undefined;
  return {
    async loadAll() {
      const request = await db.run('readonly', (store) => store.getAll());
      const rows = (request.result as unknown[]).filter((r) => !String((r as { id?: unknown } | null)?.id).startsWith(RECEIPT_PREFIX));
      const at = rows.findIndex((r) => (r as { id?: unknown } | null)?.id === REVISION_ID);
      if (at >= 0) {
        revision = revisionOf(rows[at]) ?? undefined;
        rows.splice(at, 1);
      }
      if (revision === undefined) {
        // Data from before revisions: give it one, from the clock so a database made again never
        // repeats an old revision a kept view may still carry.
        const row: RevisionRow = { id: REVISION_ID, revision: Date.now() };
        await db.run('readwrite', (store) => store.put(row, REVISION_ID));
        revision = row.revision;
      }
      return rows;
    },
    async loadReceipts() {
      const request = await db.run('readonly', (store) => store.getAll(receiptRange()));
      return (request.result as unknown[]).map((r) => (r as Partial<ReceiptRow> | null)?.receipt);
    },
    async commit(puts: readonly StoredRecord[], options?: CommitOptions, extra?: CommitExtra) {
      const receipt = options?.receipt;
      if (puts.length === 0 && !receipt && !extra) return;
      const revised = extra?.bumpRevision ?? puts.some((r) => REVISED_TYPES.has(r.type));
      let next: number | undefined;
      await db.run(
        'readwrite',
        (store) => {
          for (const record of puts) store.put(record, record.id);
          for (const row of extra?.rows ?? []) store.put(row, row.id);
          for (const id of extra?.deletes ?? []) store.delete(id);
          if (receipt) {
            for (const key of receipt.forget) store.delete(receiptRowId(key));
            const id = receiptRowId(receipt.put.key);
            store.put({ id, receipt: receipt.put } satisfies ReceiptRow, id);
          }
          if (revised) {
            const current = store.get(REVISION_ID);
            current.onsuccess = () => {
              next = (revisionOf(current.result) ?? Date.now()) + 1;
              store.put({ id: REVISION_ID, revision: next } satisfies RevisionRow, REVISION_ID);
            };
          }
        },
        { durability: options?.durability ?? 'default' },
      );
      if (next !== undefined) revision = next;
    },
    revision: () => revision,
  };
}
