import type { StoredRecord } from './record-types';
import type { ReceiptWrite } from './write-receipts';

/** What a commit may carry besides its records. */
export interface CommitOptions {
  /** The idempotency receipt of a keyed write (`write-receipts.ts`): stored in the same transaction. */
  receipt?: ReceiptWrite;
  /**
   * `'strict'`: resolve only once the write is on disk (imports and restores, where a crash right
   * after "done" must not lose what the seller was told is saved). Default: the browser's.
   */
  durability?: 'strict' | 'default';
}

/**
 * Where records live. The store is the only caller; nothing else in the extension touches storage.
 * `commit` writes every record in ONE transaction: either all of them are stored or none is.
 */
export interface StorageBackend {
  loadAll(): Promise<unknown[]>;
  commit(puts: readonly StoredRecord[], options?: CommitOptions): Promise<void>;
  /** The stored write receipts; a backend without them keeps none (retried writes are not recognised). */
  loadReceipts?(): Promise<unknown[]>;
}

/** A backend in memory, for tests and tools. Copies on the way in and out, like IndexedDB does. */
export function createMemoryBackend(initial: readonly unknown[] = []): StorageBackend & { loadReceipts(): Promise<unknown[]>; peek(): unknown[]; peekReceipts(): unknown[] } {
  const rows = new Map<string, unknown>();
  const receipts = new Map<string, unknown>();
  for (const row of initial) {
    const id = (row as { id?: unknown } | null)?.id;
    rows.set(typeof id === 'string' ? id : `row-${rows.size}`, structuredClone(row));
  }
  return {
    async loadAll() {
      return [...rows.values()].map((r) => structuredClone(r));
    },
    async commit(puts, options) {
      const copies = puts.map((r) => [r.id, structuredClone(r)] as const); // throws before any change
      const receipt = options?.receipt && structuredClone(options.receipt.put);
      for (const [id, copy] of copies) rows.set(id, copy);
      for (const key of options?.receipt?.forget ?? []) receipts.delete(key);
      if (receipt) receipts.set(receipt.key, receipt);
    },
    async loadReceipts() {
      return [...receipts.values()].map((r) => structuredClone(r));
    },
    peek() {
      return [...rows.values()].map((r) => structuredClone(r));
    },
    peekReceipts() {
      return [...receipts.values()].map((r) => structuredClone(r));
    },
  };
}
