import { MIGRATIONS, RECORD_SCHEMAS } from '../../core/areas';
import { createMemoryBackend, createRecordStore, type RecordStore, type RecordStoreDeps, type StorageBackend } from '../../core/store';

/** The real record types and migrations (as `core/areas.ts` assembles them), for stores and data packs under test. */
export const REAL_REGISTRY = { schemas: RECORD_SCHEMAS, migrations: MIGRATIONS };

/** A record store with the real record types and migrations unless the test gives its own. */
export function createTestStore(deps: Omit<RecordStoreDeps, 'schemas' | 'migrations'> & Partial<RecordStoreDeps>): RecordStore {
  return createRecordStore({ ...REAL_REGISTRY, ...deps });
}

/** A clock for tests: starts at a fixed time and moves one second per call. */
export function createTestClock(start = 1_764_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

/** A memory backend whose commits can be made to fail, to prove all-or-nothing. */
export function createFlakyBackend(initial: readonly unknown[] = []) {
  const inner = createMemoryBackend(initial);
  let failing = false;
  const backend: StorageBackend & { loadReceipts(): Promise<unknown[]>; peek(): unknown[]; peekReceipts(): unknown[]; failCommits(on: boolean): void; commits: number } = {
    loadAll: () => inner.loadAll(),
    async commit(puts, options) {
      backend.commits++;
      if (failing) throw new Error('QuotaExceededError: disk full');
      await inner.commit(puts, options);
    },
    loadReceipts: () => inner.loadReceipts(),
    peek: () => inner.peek(),
    peekReceipts: () => inner.peekReceipts(),
    failCommits(on) {
      failing = on;
    },
    commits: 0,
  };
  return backend;
}
