import { describe, expect, it } from 'vitest';
import { createMemoryBackend, type StorageBackend } from './backend';
import { storageFailureKind } from './storage-errors';
import { createTestClock, createTestStore } from '../../test/helpers/store';

// The errors IndexedDB reports, as DOMExceptions with these names.
const domError = (name: string, message = 'from the browser') => Object.assign(new Error(message), { name });

function failingBackend(error: unknown, when: 'commit' | 'load'): StorageBackend & { peek(): unknown[] } {
  const inner = createMemoryBackend();
  let armed = false;
  return {
    loadAll: () => (when === 'load' && armed ? Promise.reject(error) : inner.loadAll()),
    commit: (puts, options) => (when === 'commit' && armed ? Promise.reject(error) : inner.commit(puts, options)),
    peek: () => ((armed = true), inner.peek()),
  };
}

const group = (name: string) => ({ put: { id: 'grp_a', type: 'phraseGroup', scope: 'shop' as const, name, order: 0, parentId: null } });

describe('storage failures in the seller’s words', () => {
  it('names each IndexedDB failure by its kind', () => {
    expect(storageFailureKind(domError('QuotaExceededError'))).toBe('quota');
    expect(storageFailureKind(domError('UnknownError', 'Quota exceeded for origin'))).toBe('quota');
    expect(storageFailureKind(domError('InvalidStateError', 'The database connection is closing.'))).toBe('unavailable');
    expect(storageFailureKind(domError('BlockedError'))).toBe('unavailable');
    expect(storageFailureKind(domError('AbortError'))).toBe('aborted');
    expect(storageFailureKind(domError('TransactionInactiveError'))).toBe('aborted');
    expect(storageFailureKind(domError('DataError'))).toBe('other');
    expect(storageFailureKind('a string')).toBe('other');
  });

  const cases = [
    ['QuotaExceededError', /存储空间已满.*已有数据都还在.*导出备份/, /storage .* is full\. This change was not saved; everything saved before is still there\. Export a backup/],
    ['InvalidStateError', /数据库暂时不可用.*已有数据都还在.*刷新页面/, /database is not available right now.*everything saved before is still there\. Reload the page/],
    ['AbortError', /中止了这次写入.*已有数据都还在.*重试/, /aborted this write.*everything saved before is still there\. Try again/],
  ] as const;
  for (const [name, zh, en] of cases) {
    it(`a write failing with ${name} rejects with a clear storage-failed error (zh and en) and changes nothing`, async () => {
      for (const [lang, text] of [['zh', zh], ['en', en]] as const) {
        const backend = failingBackend(domError(name), 'commit');
        const store = createTestStore({ backend, now: createTestClock(), actor: 'a', lang });
        await store.write([group('售后')]);
        backend.peek(); // from here on, commits fail
        const failure = await store.write([group('改名')]).catch((e: unknown) => e);
        expect(failure).toMatchObject({ code: 'storage-failed', message: expect.stringMatching(text), details: [expect.stringContaining(name)] });
        expect(await store.get('grp_a')).toMatchObject({ name: '售后' });
      }
    });
  }

  it('a read failing says it could not read, and the next open tries again', async () => {
    const backend = failingBackend(domError('InvalidStateError', 'closed'), 'load');
    backend.peek();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a', lang: 'en' });
    await expect(store.open()).rejects.toMatchObject({ code: 'storage-failed', message: expect.stringMatching(/^Could not read your data.*Nothing was changed/) });
  });
});
