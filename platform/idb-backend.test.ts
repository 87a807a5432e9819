import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createIdbBackend } from './idb-backend';
import type { StoredRecord } from '../core/store';
import { createTestClock, createTestStore } from '../test/helpers/store';

const rec = (id: string, extra: Record<string, unknown> = {}): StoredRecord => ({
  id,
  type: 'phraseGroup',
  scope: 'shop',
  schemaVersion: 1,
  createdAt: 1,
  updatedAt: 1,
  updatedBy: 't',
  name: id,
  order: 0,
  parentId: null,
  ...extra,
});

let dbCount = 0;
const freshDb = () => `kefu-test-${++dbCount}`;

describe('IndexedDB backend', () => {
  it('round-trips records through IndexedDB', async () => {
    const name = freshDb();
    await createIdbBackend(name).commit([rec('grp_a'), rec('grp_b', { deleted: true })]);
    const rows = await createIdbBackend(name).loadAll();
    expect(rows).toEqual(expect.arrayContaining([rec('grp_a'), rec('grp_b', { deleted: true })]));
    expect(rows).toHaveLength(2);
  });

  it('a commit with one bad record stores none of them', async () => {
    const name = freshDb();
    const backend = createIdbBackend(name);
    await backend.commit([rec('grp_keep')]);
    // A function cannot be cloned into IndexedDB: the put throws after earlier puts were queued.
    const bad = rec('grp_bad', { oops: () => 1 });
    await expect(backend.commit([rec('grp_new'), rec('grp_keep', { name: 'changed' }), bad])).rejects.toThrow();
    const rows = await backend.loadAll();
    expect(rows).toEqual([rec('grp_keep')]);
  });

  it('bumps the library revision in each commit writing a phrase or group, and in no other', async () => {
    const name = freshDb();
    const backend = createIdbBackend(name);
    expect(backend.revision()).toBeUndefined();
    expect(await backend.loadAll()).toEqual([]); // the revision row is not a record
    const first = backend.revision()!;
    expect(first).toBeGreaterThan(0);
    await backend.commit([rec('grp_a')]);
    expect(backend.revision()).toBe(first + 1);
    await backend.commit([rec('local:usage:p1', { type: 'phraseUsage' })]);
    expect(backend.revision()).toBe(first + 1);
    const bad = rec('grp_bad', { oops: () => 1 });
    await expect(backend.commit([rec('grp_b'), bad])).rejects.toThrow();
    expect(backend.revision()).toBe(first + 1);

    const again = createIdbBackend(name);
    expect(await again.loadAll()).toHaveLength(2);
    expect(again.revision()).toBe(first + 1);
  });

  it('a record store over IndexedDB keeps data across a restart', async () => {
    const name = freshDb();
    const first = createTestStore({ backend: createIdbBackend(name), now: createTestClock(), actor: 'a' });
    await first.write([{ put: { id: 'grp_x', type: 'phraseGroup', scope: 'shop', name: '物流', order: 1, parentId: null } }]);
    await first.write([{ delete: 'grp_x' }]);
    const second = createTestStore({ backend: createIdbBackend(name), now: createTestClock(), actor: 'a' });
    expect(await second.get('grp_x')).toMatchObject({ name: '物流', deleted: true });
  });

  it('keeps write receipts beside the records, out of what loadAll returns, and recognises a retry after a restart', async () => {
    const name = freshDb();
    const first = createTestStore({ backend: createIdbBackend(name), now: createTestClock(), actor: 'a' });
    await first.keyed('savePhrase:k1', () => first.write([{ put: { id: 'grp_r', type: 'phraseGroup', scope: 'shop', name: 'R', order: 0, parentId: null } }]));
    const backend = createIdbBackend(name);
    expect((await backend.loadAll()).some((r) => String((r as { id?: unknown }).id).startsWith('local:receipt:'))).toBe(false);
    expect(await backend.loadReceipts!()).toEqual([expect.objectContaining({ key: 'savePhrase:k1', ids: ['grp_r'] })]);
    const second = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    await second.keyed('savePhrase:k1', () => second.write([{ put: { id: 'grp_r', type: 'phraseGroup', scope: 'shop', name: 'R twice', order: 0, parentId: null } }]));
    expect(await second.get('grp_r')).toMatchObject({ name: 'R' });
  });
});

describe('IndexedDB backend: durability and a closed connection', () => {
  it('commits with durability strict only when asked (imports and restores)', async () => {
    const seen: Array<IDBTransactionOptions | undefined> = [];
    const original = IDBDatabase.prototype.transaction;
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, mode, options) {
      if (mode === 'readwrite') seen.push(options);
      return original.call(this, names, mode, options);
    });
    try {
      const backend = createIdbBackend(freshDb());
      await backend.loadAll();
      seen.length = 0;
      await backend.commit([rec('grp_a')]);
      await backend.commit([rec('grp_b')], { durability: 'strict' });
      expect(seen.map((o) => o?.durability)).toEqual(['default', 'strict']);
    } finally {
      spy.mockRestore();
    }
  });

  it('opens the database again after the browser closed it (deleted, or a version change elsewhere)', async () => {
    const name = freshDb();
    const backend = createIdbBackend(name);
    await backend.commit([rec('grp_a')]);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await backend.commit([rec('grp_b')]);
    expect(await backend.loadAll()).toEqual([rec('grp_b')]);
  });
});
