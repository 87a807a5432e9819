/**
 * One connection to a records database, opened when first needed and opened again after the
 * browser closed it (storage cleared, the database deleted, a version change elsewhere).
 * idb-keyval's store opener cannot pass transaction options (durability), hence this one.
 */
export interface IdbConnection {
  /** Runs `work` in one transaction on `storeName`; resolves when that transaction commits. */
  run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => T, options?: IDBTransactionOptions): Promise<T>;
}

/** How long an open may wait on another connection holding an old version before giving up. */
const BLOCKED_MS = 5000;

export function openIdbConnection(dbName: string, storeName: string): IdbConnection {
  let db: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      let blockedTimer: ReturnType<typeof setTimeout> | undefined;
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => {
        clearTimeout(blockedTimer);
        const opened = request.result;
        // Forget a connection the browser closed, or that another page needs closed, so the next
        // transaction opens a new one instead of failing with InvalidStateError.
        opened.onclose = () => (db = undefined);
        opened.onversionchange = () => {
          opened.close();
          db = undefined;
        };
        resolve(opened);
      };
      request.onerror = () => {
        clearTimeout(blockedTimer);
        db = undefined;
        reject(request.error ?? new DOMException('The database could not be opened', 'UnknownError'));
      };
      request.onblocked = () => {
        blockedTimer = setTimeout(() => {
          db = undefined;
          reject(new DOMException('Another tab holds the database open', 'BlockedError'));
        }, BLOCKED_MS);
      };
    }));

  async function transaction(mode: IDBTransactionMode, options: IDBTransactionOptions | undefined): Promise<IDBTransaction> {
    const connection = await open();
    try {
      return connection.transaction(storeName, mode, options);
    } catch (error) {
      // A connection closing under us: open once more (nothing was written in it).
      if ((error as { name?: unknown } | null)?.name !== 'InvalidStateError') throw error;
      db = undefined;
      return (await open()).transaction(storeName, mode, options);
    }
  }

  return {
    async run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => T, options?: IDBTransactionOptions): Promise<T> {
      const tx = await transaction(mode, options);
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted', 'AbortError'));
        tx.onerror = (event) => event.preventDefault(); // the abort that follows carries the error
      });
      let value: T;
      try {
        value = work(tx.objectStore(storeName));
      } catch (error) {
        // A request that throws (a value that cannot be cloned) must not let earlier ones commit.
        tx.abort();
        await done.catch(() => undefined);
        throw error;
      }
      await done;
      return value;
    },
  };
}
