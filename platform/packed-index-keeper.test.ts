import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdMaker } from '../core/ids';
import { blobRevision, createLibraryService, createPhraseIndexCache, loadOfBlob } from '../core/library';
import { searchPhrases } from '../core/phrases/search';
import { createRecordStore } from '../core/store';
import { REAL_REGISTRY, createTestClock } from '../test/helpers/store';
import { createIdbBackend } from './idb-backend';
import type { IdbCache } from './idb-cache';
import { LIBRARY_BLOB_CACHE_KEY, LIBRARY_BLOB_REVISION_KEY, OLD_PACKED_INDEX_CACHE_KEY } from './library-db';
import { createPackedIndexKeeper, libraryTombstones } from './packed-index-keeper';

const STARTER = {
  groups: [{ key: 'ship', name: '发货物流' }],
  phrases: [
    { key: 'when', groupKey: 'ship', title: '发货时间', text: '亲，付款后48小时内发货。', stage: 'presale' as const },
    { key: 'where', groupKey: 'ship', title: '查询物流', text: '亲，物流信息在订单详情里可以看到。', stage: 'aftersale' as const },
  ],
};
const DELAY = 1000;
let dbCount = 0;

/** The background's parts the keeper works with, on (fake) IndexedDB; the cache in memory, counting writes. */
function setup() {
  const now = createTestClock();
  const backend = createIdbBackend(`keeper-test-${++dbCount}`);
  const store = createRecordStore({ backend, now, actor: 'local', lang: 'zh', ...REAL_REGISTRY });
  const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'zh', starter: STARTER, indexCache: createPhraseIndexCache() });
  const values = new Map<string, unknown>();
  const sets: string[] = [];
  const cache: IdbCache = {
    get: async (key) => values.get(key),
    set: async (key, value) => {
      sets.push(key);
      values.set(key, structuredClone(value));
    },
    delete: async (key) => void values.delete(key),
  };
  const saveKeys = vi.fn(async () => {});
  const view = vi.fn(() => library.view());
  const keeper = createPackedIndexKeeper({ cache, view, tombstones: () => libraryTombstones(store), revision: () => backend.revision(), saveKeys, delayMs: DELAY });
  const kept = () => values.get(LIBRARY_BLOB_CACHE_KEY);
  const settings = { selectorOverrides: [], usage: [] };
  return { library, backend, keeper, cache, values, sets, saveKeys, view, kept, settings };
}

describe('library view keeper', () => {
  // Only the keeper's timer is faked: (fake) IndexedDB runs on the real setImmediate.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps the view a moment after the last call, once for a burst of calls, stamped with the revision', async () => {
    const t = setup();
    await t.library.seedStarterLibraryIfEmpty();
    t.values.set(OLD_PACKED_INDEX_CACHE_KEY, { format: 1 }); // kept alone by an earlier version
    t.keeper.soon();
    await vi.advanceTimersByTimeAsync(DELAY / 2);
    t.keeper.soon();
    t.keeper.soon();
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(t.sets).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await t.keeper.now(); // waits for the keeping under way
    expect(t.sets).toEqual([LIBRARY_BLOB_CACHE_KEY, LIBRARY_BLOB_REVISION_KEY]);
    expect(t.saveKeys).toHaveBeenCalled();
    expect(t.values.has(OLD_PACKED_INDEX_CACHE_KEY), 'the old packed index is removed').toBe(false);
    expect(blobRevision(t.kept())).toBe(t.backend.revision());
    const load = loadOfBlob(t.kept(), t.settings)!;
    expect(load.view.phrases.map((p) => p.title)).toEqual(['发货时间', '查询物流']);
    expect(searchPhrases(load.view.phraseIndex, 'cxwl').map((r) => r.id)).toEqual(['phr_starter_where']);
  });

  it('does not write the view again while the revision is the same, and does after a phrase write', async () => {
    const t = setup();
    await t.library.seedStarterLibraryIfEmpty();
    await t.keeper.now();
    const first = blobRevision(t.kept());
    const views = t.view.mock.calls.length;
    await t.keeper.now();
    expect(t.sets).toHaveLength(2);
    expect(t.view.mock.calls.length, 'nothing built at a kept revision').toBe(views);

    await t.library.deletePhrase('phr_starter_where');
    await t.keeper.now();
    expect(t.sets).toHaveLength(4);
    expect(blobRevision(t.kept())).toBeGreaterThan(first!);
    const load = loadOfBlob(t.kept(), t.settings)!;
    expect(load.view.phrases.map((p) => p.id)).toEqual(['phr_starter_when']);
    expect(load.tombstones?.has('phr_starter_where')).toBe(true);
  });

  it('after a wake, learns the kept revision from the cache and builds nothing while it is current', async () => {
    const t = setup();
    await t.library.seedStarterLibraryIfEmpty();
    await t.keeper.now();
    const woken = createPackedIndexKeeper({ cache: t.cache, view: t.view, tombstones: async () => [], revision: () => t.backend.revision(), saveKeys: t.saveKeys, delayMs: DELAY });
    const views = t.view.mock.calls.length;
    await woken.now();
    expect(t.view.mock.calls.length).toBe(views);
    expect(t.sets).toHaveLength(2);
  });

  it('says so and keeps nothing when the view cannot be made, and keeps it the next time', async () => {
    const t = setup();
    await t.library.seedStarterLibraryIfEmpty();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    t.view.mockRejectedValueOnce(new Error('storage failed'));
    await t.keeper.now();
    expect(t.sets).toEqual([]);
    expect(logged).toHaveBeenCalledWith('[kefu-sidebar] could not keep the library view', expect.any(Error));
    await t.keeper.now();
    expect(t.sets).toEqual([LIBRARY_BLOB_CACHE_KEY, LIBRARY_BLOB_REVISION_KEY]);
    logged.mockRestore();
  });
});

describe('library tombstones', () => {
  it('lists deleted phrases and groups with the time they were deleted, and nothing live', async () => {
    const store = { list: vi.fn(async (type: string) => [
      { id: `${type}-live`, type, updatedAt: 1 },
      { id: `${type}-gone`, type, updatedAt: 7, deleted: true },
    ]) };
    expect(await libraryTombstones(store as never)).toEqual([
      ['phrase-gone', 7],
      ['phraseGroup-gone', 7],
    ]);
    expect(store.list).toHaveBeenCalledWith('phrase', { includeDeleted: true });
  });
});
