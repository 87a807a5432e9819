import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../core/ids';
import { adoptPackedIndex, createLibraryService, createPhraseIndexCache } from '../core/library';
import { buildLibraryView } from '../core/library/library-view';
import { searchPhrases } from '../core/phrases/search';
import { createSnapshotService } from '../core/snapshots';
import { createRecordStore } from '../core/store';
import { createSettingsService } from '../core/settings';
import { createUsageService } from '../core/usage';
import { REAL_REGISTRY, createTestClock } from '../test/helpers/store';
import { createIdbBackend } from './idb-backend';
import { createIdbCache } from './idb-cache';
import { INDEX_CACHE_KEY, TEAM_SEEN_SEQS_ID } from './library-db';
import { createPackedIndexKeeper, libraryTombstones } from './packed-index-keeper';
import { createLibraryReader } from './library-reader';

const STARTER = {
  groups: [{ key: 'ship', name: '发货物流' }],
  phrases: [
    { key: 'when', groupKey: 'ship', title: '发货时间', text: '亲，付款后48小时内发货。', stage: 'presale' as const },
    { key: 'where', groupKey: 'ship', title: '查询物流', text: '亲，物流信息在订单详情里可以看到。', stage: 'aftersale' as const },
  ],
};

let dbCount = 0;

/** The background's side, on (fake) IndexedDB, as entrypoints/background.ts wires it. */
function createBackground() {
  const dbName = `reader-test-${++dbCount}`;
  const now = createTestClock();
  const backend = createIdbBackend(dbName);
  const store = createRecordStore({ backend, now, actor: 'local', lang: 'zh', ...REAL_REGISTRY });
  const newId = createIdMaker({ now });
  const indexCache = createPhraseIndexCache();
  const library = createLibraryService({ store, newId, lang: 'zh', starter: STARTER, indexCache });
  const cache = createIdbCache(dbName);
  const saveKeys = async () => {
    const changes = indexCache.takeChanges();
    if (changes) await cache.set(INDEX_CACHE_KEY, changes);
  };
  const keeper = createPackedIndexKeeper({
    cache,
    view: () => library.view(),
    tombstones: () => libraryTombstones(store),
    revision: () => backend.revision(),
    saveKeys,
    delayMs: 0,
  });
  return {
    dbName,
    library,
    settings: createSettingsService({ store, lang: 'zh' }),
    usage: createUsageService({ store, now, lang: 'zh' }),
    snapshots: createSnapshotService({ store, newId, lang: 'zh' }),
    reader: createLibraryReader({ dbName }),
    /** What the background does after answering a request. */
    saveKeys,
    /** What the background does a moment after a library write: keeps the whole view. */
    keepView: () => keeper.now(),
  };
}

describe('library reader', () => {
  it('builds the same view as the background from IndexedDB, search keys from the cache', async () => {
    const bg = createBackground();
    await bg.library.seedStarterLibraryIfEmpty();
    await bg.library.savePhrase({ title: '尺码推荐', text: '亲，身高体重发给我。', groupId: null });
    await bg.usage.recordUsage('phr_starter_where', '到哪了');
    await bg.usage.recordUsage('phr_starter_when', '几天发货');
    await bg.library.deletePhrase('phr_starter_where');
    await bg.settings.saveVariableSettings({ 店铺: '小店' });
    const expected = await bg.library.view();
    expect(expected.replyPicks.map((p) => p.question), 'the deleted phrase’s pick left out').toEqual(['几天发货']);
    await bg.saveKeys();

    const load = await bg.reader.read();
    expect(load).not.toBeNull();
    const view = buildLibraryView(load!.records, load!.keys);
    expect(view).toEqual(expected);
    expect(searchPhrases(view.phraseIndex, 'cmtj')[0]).toBeDefined();
    expect(load!.tombstones?.has('phr_starter_where')).toBe(true);
  });

  it('loads the view the background kept whole, while no phrase or group was written since', async () => {
    const bg = createBackground();
    await bg.library.seedStarterLibraryIfEmpty();
    await bg.library.savePhrase({ title: '尺码推荐', text: '亲，身高体重发给我。', groupId: null });
    await bg.library.deletePhrase('phr_starter_where');
    await bg.keepView();
    await bg.settings.saveVariableSettings({ 店铺: '小店' }); // settings are read beside the kept view
    await bg.usage.recordUsage('phr_starter_when', '几天发货'); // and so are the reply picks
    const expected = await bg.library.view();
    expect(expected.replyPicks.map((p) => p.question)).toEqual(['几天发货']);

    const load = (await bg.reader.read())!;
    expect(load.view).toBeDefined();
    expect(JSON.parse(JSON.stringify(load.view))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(load.tombstones?.has('phr_starter_where')).toBe(true);
    expect(searchPhrases(load.view!.phraseIndex, 'cmtj').map((r) => r.id)).toEqual([expected.phrases.find((p) => p.title === '尺码推荐')!.id]);

    await bg.library.savePhrase({ id: 'phr_starter_when', title: '发货时间', text: '亲，付款后24小时内发货。', groupId: 'grp_starter_ship' });
    await bg.library.view();
    await bg.saveKeys();
    const stale = (await bg.reader.read())!;
    expect(stale.view, 'a phrase was written after the view was kept').toBeUndefined();
    expect(buildLibraryView(stale.records, stale.keys).phrases.find((p) => p.id === 'phr_starter_when')?.text).toBe('亲，付款后24小时内发货。');
  });

  it('hands over the packed index of a stale kept view, adopted while the index fits and refused once a phrase changed', async () => {
    const bg = createBackground();
    await bg.library.seedStarterLibraryIfEmpty();
    await bg.library.view();
    await bg.saveKeys();
    expect((await bg.reader.read())!.packedIndex).toBeUndefined(); // nothing kept yet: the page packs
    await bg.keepView();
    // Saved again with the same words: the revision moves on, the index does not.
    await bg.library.savePhrase({ id: 'phr_starter_when', title: '发货时间', text: '亲，付款后48小时内发货。', groupId: 'grp_starter_ship' });

    const load = (await bg.reader.read())!;
    expect(load.view).toBeUndefined();
    const view = buildLibraryView(load.records, load.keys);
    expect(adoptPackedIndex(view.phraseIndex, load.packedIndex)).toBe(true);
    expect(searchPhrases(view.phraseIndex, 'cxwl').map((r) => r.id)).toEqual(['phr_starter_where']);

    await bg.library.savePhrase({ id: 'phr_starter_where', title: '快递单号', text: '亲，单号在订单详情里。', groupId: 'grp_starter_ship' });
    await bg.library.view();
    await bg.saveKeys();
    const later = (await bg.reader.read())!;
    const laterView = buildLibraryView(later.records, later.keys);
    expect(adoptPackedIndex(laterView.phraseIndex, later.packedIndex)).toBe(false);
    expect(searchPhrases(laterView.phraseIndex, 'kddh').map((r) => r.id)).toEqual(['phr_starter_where']);
  });

  it('leaves library snapshots (whole-library backups) unread', async () => {
    const bg = createBackground();
    await bg.library.seedStarterLibraryIfEmpty();
    await bg.snapshots.createSnapshot('备份');
    await bg.library.view();
    await bg.saveKeys();
    const load = await bg.reader.read();
    expect(load!.records.phrases).toHaveLength(2);
    expect(load!.tombstones?.size).toBe(0);
  });

  it('says "ask the background" when there is no database yet, and does not create one', async () => {
    const bg = createBackground();
    expect(await bg.reader.read()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(bg.dbName);
    // The background still creates its database with its store afterwards.
    await bg.library.seedStarterLibraryIfEmpty();
    expect((await bg.library.view()).phrases).toHaveLength(2);
  });

  it('says "ask the background" before the starter library was seeded', async () => {
    const bg = createBackground();
    await bg.settings.saveVariableSettings({ 店铺: '小店' }); // the database exists, the library was never filled
    await bg.library.view();
    await bg.saveKeys();
    expect(await bg.reader.read()).toBeNull();
  });

  it('says "ask the background" when search keys are missing or made from older words', async () => {
    const bg = createBackground();
    await bg.library.seedStarterLibraryIfEmpty();
    expect(await bg.reader.read(), 'no keys saved yet').toBeNull();
    await bg.library.view();
    await bg.saveKeys();
    expect(await bg.reader.read()).not.toBeNull();
    await bg.library.savePhrase({ id: 'phr_starter_when', title: '改了标题', text: '改了内容。', groupId: 'grp_starter_ship' });
    expect(await bg.reader.read(), 'keys not made for the new words yet').toBeNull();
  });

  it('says "ask the background" in a team without a current kept view: records in IndexedDB are then not the library', async () => {
    const bg = createBackground();
    await bg.library.seedStarterLibraryIfEmpty();
    await bg.library.view();
    await bg.saveKeys();
    expect(await bg.reader.read()).not.toBeNull();
    // What the team backend keeps while in a team (its library records are in PouchDB).
    await createIdbBackend(bg.dbName).commit([], undefined, { rows: [{ id: TEAM_SEEN_SEQS_ID }], bumpRevision: true });
    expect(await bg.reader.read()).toBeNull();
  });

  it('says "ask the background" for data of another schema version (the background migrates)', async () => {
    const bg = createBackground();
    await bg.library.seedStarterLibraryIfEmpty();
    await bg.library.view();
    await bg.saveKeys();
    expect(await createLibraryReader({ dbName: bg.dbName, schemaVersion: 99 }).read()).toBeNull();
  });
});
