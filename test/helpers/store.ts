import { createMemoryBackend, type StorageBackend } from '../../core/store';

/** A clock for tests: starts at a fixed time and moves one second per call. */
export function createTestClock(start = 1_764_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

/** A memory backend whose commits can be made to fail, to prove all-or-nothing. */
export function createFlakyBackend(initial: readonly unknown[] = []) {
  const inner = createMemoryBackend(initial);
  let failing = false;
  const backend: StorageBackend & { peek(): unknown[]; failCommits(on: boolean): void; commits: number } = {
    loadAll: () => inner.loadAll(),
    async commit(puts) {
      backend.commits++;
      if (failing) throw new Error('QuotaExceededError: disk full');
      await inner.commit(puts);
    },
    peek: () => inner.peek(),
    failCommits(on) {
      failing = on;
    },
    commits: 0,
  };
  return backend;
}
