import type { StoredRecord } from './record-types';

/**
 * Where records live. The store is the only caller; nothing else in the extension touches storage.
 * `commit` writes every record in ONE transaction: either all of them are stored or none is.
 */
export interface StorageBackend {
  loadAll(): Promise<unknown[]>;
  commit(puts: readonly StoredRecord[], options?: CommitOptions): Promise<void>;
}

/**
 * `durability: 'strict'`: resolve only once the write is on disk (imports and restores, where a
 * crash right after "done" must not lose what the seller was told is saved). Default: the browser's.
 */
export interface CommitOptions {
  durability?: 'strict' | 'default';
}

/** A backend in memory, for tests and tools. Copies on the way in and out, like IndexedDB does. */
export function createMemoryBackend(initial: readonly unknown[] = []): StorageBackend & { peek(): unknown[] } {
  const rows = new Map<string, unknown>();
  for (const row of initial) {
    const id = (row as { id?: unknown } | null)?.id;
    rows.set(typeof id === 'string' ? id : `row-${rows.size}`, structuredClone(row));
  }
  return {
    async loadAll() {
      return [...rows.values()].map((r) => structuredClone(r));
    },
    async commit(puts) {
      const copies = puts.map((r) => [r.id, structuredClone(r)] as const); // throws before any change
      for (const [id, copy] of copies) rows.set(id, copy);
    },
    peek() {
      return [...rows.values()].map((r) => structuredClone(r));
    },
  };
}
