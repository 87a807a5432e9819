import { describe, expect, it, vi } from 'vitest';
import { changeBroadcast, createLibraryService, createPhraseIndexCache, libraryBlobOf, loadOfBlob, MAX_DELTA_RECORDS, savedPackedIndex } from '../../core/library';
import { createIdMaker } from '../../core/ids';
import { searchPhrases } from '../../core/phrases/search';
import { createProtocolClient, type Broadcast, type LibraryView } from '../../core/client';
import { createRequests, MIGRATIONS, RECORD_SCHEMAS } from '../../core/areas';
import { createRequestHandler } from '../../core/protocol';
import { createSettingsService } from '../../core/settings';
import { createCustomerService } from '../../core/customers';
import { createDataPack } from '../../core/data-pack';
import { createPhraseImport } from '../../core/phrase-import';
import { createRelationsService } from '../../core/relations';
import { resolveColumns } from '../../core/table-import';
import { createSnapshotService } from '../../core/snapshots';
import { createMemoryBackend, createRecordStore } from '../../core/store';
import { createUsageService } from '../../core/usage';
import { createMetricsService } from '../../core/metrics';
import { createRoutingMeasuresService, fixedClock } from '../../core/routing/measured';
import { NO_RELATIONS, createTransferService } from '../../core/transfer';
import { createOutcomesService } from '../../core/outcomes';
import { createRoutingScenarioService } from '../../core/routing';
import { createRecordsService } from '../../core/records';
import { createTestClock } from '../../test/helpers/store';
import { createTeamService } from '../../core/team';
import { memoryTeamPorts } from '../../test/helpers/team';
import { createLibraryState, type LibraryLoad } from './library-state';
import { teamOwnerServices } from '../../test/helpers/services';

const STARTER = {
  groups: [{ key: 'ship', name: '发货物流' }],
  phrases: [
    { key: 'when', groupKey: 'ship', title: '发货时间', text: '亲，付款后48小时内发货。', stage: 'presale' as const },
    { key: 'where', groupKey: 'ship', title: '查询物流', text: '亲，物流信息在订单详情里可以看到。', stage: 'aftersale' as const },
  ],
};

/**
 * The background as it runs (store, services, request handler, broadcast shaping), in memory:
 * every write's broadcast is collected and can be handed to pages, like the real one sends it.
 */
async function createBackground() {
  const now = createTestClock();
  const store = createRecordStore({ backend: createMemoryBackend(), now, actor: 'local', lang: 'zh', schemas: RECORD_SCHEMAS, migrations: MIGRATIONS });
  const newId = createIdMaker({ now });
  const indexCache = createPhraseIndexCache();
  const library = createLibraryService({ store, newId, lang: 'zh', starter: STARTER, indexCache });
  const broadcasts: Broadcast[] = [];
  const requests = createRequests({
    library,
    settings: createSettingsService({ store, lang: 'zh' }),
    dataPack: createDataPack({ store, now, newId, lang: 'zh', schemas: RECORD_SCHEMAS, migrations: MIGRATIONS }),
    usage: createUsageService({ store, now, lang: 'zh' }),
    snapshots: createSnapshotService({ store, newId, lang: 'zh' }),
    phraseImport: createPhraseImport({ store, newId, lang: 'zh' }),
    relations: createRelationsService({ store, now, newId, lang: 'zh', resolveColumns }),
    transfer: createTransferService({ store, source: NO_RELATIONS, newId, now, lang: 'zh' }),
    routingMeasures: createRoutingMeasuresService({ store, now, lang: 'zh' }),
    customers: createCustomerService({ store, now, newId, lang: 'zh' }),
    routing: createRoutingScenarioService({ store, lang: 'zh' }),
    outcomes: createOutcomesService({ store, now, newId }),
    metrics: createMetricsService({ store, now, dateOf: fixedClock(480).dateOf, lang: 'zh' }),
    records: createRecordsService({ store, newId, now, lang: 'zh' }),
    team: createTeamService(memoryTeamPorts().ports, 'zh'),
    ...teamOwnerServices(store, now),
  });
  const handle = createRequestHandler(requests, { lang: 'zh', onWritten: (written) => broadcasts.push(changeBroadcast(written, indexCache)) });
  await library.seedStarterLibraryIfEmpty();
  const asked: string[] = [];
  const client = createProtocolClient(async (message) => {
    asked.push((message.body as { kind: string }).kind);
    return handle(message, 'options');
  });
  return { client, requests: asked, broadcasts, library, store };
}

const search = (view: LibraryView | null, query: string) => searchPhrases(view!.phraseIndex, query, 5).map((r) => r.id);

describe('library state', () => {
  it('patches a saved phrase in from the broadcast: no request after the load, the new words searchable at once', async () => {
    const bg = await createBackground();
    const page = createLibraryState({ client: bg.client });
    await page.load();
    expect(bg.requests).toEqual(['getLibraryView']);

    const reply = await bg.client.request({ kind: 'savePhrase', phrase: { id: 'phr_starter_when', title: '退货地址', text: '亲，退货请寄到仓库。', groupId: 'grp_starter_ship' } });
    expect(reply.ok).toBe(true);
    await page.applyBroadcast(bg.broadcasts.at(-1)!);

    expect(bg.requests, 'only the save itself').toEqual(['getLibraryView', 'savePhrase']);
    expect(search(page.snapshot.value, 'thdz')).toEqual(['phr_starter_when']);
    expect(search(page.snapshot.value, 'fahuoshijian')).toEqual([]);
    expect(page.snapshot.value).toEqual(await bg.library.view());
  });

  it('adds and deletes phrases and groups, and the view equals the background’s own', async () => {
    const bg = await createBackground();
    const page = createLibraryState({ client: bg.client });
    await page.load();
    const group = await bg.client.request({ kind: 'saveGroup', group: { name: '售后退换', parentId: null } });
    const added = await bg.client.request({ kind: 'savePhrase', phrase: { title: '换货流程', text: '亲，请先申请换货。', groupId: group.ok ? group.value.id : null } });
    await bg.client.request({ kind: 'deletePhrase', id: 'phr_starter_where' });
    await bg.client.request({ kind: 'deleteGroup', id: 'grp_starter_ship' }); // its phrase moves to the top level
    for (const b of bg.broadcasts) await page.applyBroadcast(b);

    const view = page.snapshot.value!;
    expect(view.phrases.map((p) => p.id)).toEqual([added.ok && added.value.id, 'phr_starter_when']);
    expect(view.groups.map((g) => g.name)).toEqual(['售后退换']);
    expect(search(view, 'hhlc')).toEqual([added.ok && added.value.id]);
    expect(search(view, 'shth'), 'the new group’s name is searchable').toEqual([added.ok && added.value.id]);
    expect(search(view, 'cxwl')).toEqual([]);
    expect(view).toEqual(await bg.library.view());
    expect(bg.requests.filter((k) => k === 'getLibraryView')).toHaveLength(1);
  });

  it('patches usage, preferences, selector overrides and variable settings', async () => {
    const bg = await createBackground();
    const page = createLibraryState({ client: bg.client });
    await page.load();
    const index = page.snapshot.value!.phraseIndex;
    await bg.client.request({ kind: 'recordUsage', phraseId: 'phr_starter_where' });
    await bg.client.request({ kind: 'saveSidebarCollapsed', site: 'jd', collapsed: true });
    await bg.client.request({ kind: 'saveSelectorOverrides', site: 'jd', overrides: { chatInput: '#editor' } });
    await bg.client.request({ kind: 'saveVariableSettings', values: { 店铺: '小店' } });
    for (const b of bg.broadcasts) await page.applyBroadcast(b);

    const view = page.snapshot.value!;
    expect(view.usage.phr_starter_where?.count).toBe(1);
    expect(view.sidebarCollapsed).toEqual({ jd: true });
    expect(view.selectorOverrides.map((o) => o.overrides)).toEqual([{ chatInput: '#editor' }]);
    expect(view.variableSettings).toEqual({ 店铺: '小店' });
    expect(view.phraseIndex, 'the packed index is kept when no phrase changed').toBe(index);
    expect(view).toEqual(await bg.library.view());
  });

  it('reply picks: an insertion on one page shows in another page’s view from the broadcast; a deleted phrase’s picks leave it; forgetting empties it', async () => {
    const bg = await createBackground();
    const pages = [createLibraryState({ client: bg.client }), createLibraryState({ client: bg.client })];
    for (const page of pages) await page.load();
    const hear = async () => {
      for (const b of bg.broadcasts.splice(0)) for (const page of pages) await page.applyBroadcast(b);
    };
    expect((await bg.client.request({ kind: 'recordUsage', phraseId: 'phr_starter_when', question: '在吗\n什么时候发货？' })).ok).toBe(true);
    expect((await bg.client.request({ kind: 'recordUsage', phraseId: 'phr_starter_where', question: '<img src=x onerror=alert(1)>到哪了' })).ok).toBe(true);
    await hear();
    for (const page of pages) {
      expect(page.snapshot.value!.replyPicks.map((p) => [p.question, p.phraseId, p.count])).toEqual([
        ['<img src=x onerror=alert(1)>到哪了', 'phr_starter_where', 1],
        ['在吗\n什么时候发货?', 'phr_starter_when', 1],
      ]);
    }
    const asked = bg.requests.filter((k) => k === 'getLibraryView').length;

    await bg.client.request({ kind: 'deletePhrase', id: 'phr_starter_where' });
    await hear();
    expect(pages[1]!.snapshot.value!.replyPicks.map((p) => p.phraseId)).toEqual(['phr_starter_when']);
    await bg.client.request({ kind: 'undoDeletePhrase', id: 'phr_starter_where' });
    await hear();
    expect(pages[1]!.snapshot.value!.replyPicks.map((p) => p.phraseId)).toEqual(['phr_starter_where', 'phr_starter_when']);

    expect(await bg.client.request({ kind: 'forgetReplyPicks', phraseId: 'phr_starter_when' })).toMatchObject({ ok: true, value: { forgotten: 1 } });
    await hear();
    expect(pages[0]!.snapshot.value!.replyPicks.map((p) => p.phraseId)).toEqual(['phr_starter_where']);
    expect(await bg.client.request({ kind: 'forgetReplyPicks' })).toMatchObject({ ok: true, value: { forgotten: 1 } });
    await hear();
    for (const page of pages) expect(page.snapshot.value!.replyPicks).toEqual([]);
    expect(bg.requests.filter((k) => k === 'getLibraryView').length, 'patched, never read again').toBe(asked);
    expect(pages[0]!.snapshot.value).toEqual(await bg.library.view());
  });

  it('recordUsage refuses an oversized question or a malformed phrase id in words, and counts nothing', async () => {
    const bg = await createBackground();
    const long = await bg.client.request({ kind: 'recordUsage', phraseId: 'phr_starter_when', question: 'x'.repeat(2001) });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid-request', details: [expect.stringContaining('question')] } });
    const hostile = await bg.client.request({ kind: 'recordUsage', phraseId: '"><script>', question: '包邮吗' });
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid-request', details: [expect.stringContaining('phraseId')] } });
    const view = await bg.library.view();
    expect(view.usage).toEqual({});
    expect(view.replyPicks).toEqual([]);
  });

  it('moves little: one saved phrase is one record and its keys', async () => {
    const bg = await createBackground();
    await bg.client.request({ kind: 'savePhrase', phrase: { title: '尺码推荐', text: '亲，身高体重发给我，帮您推荐尺码。', groupId: null } });
    const body = bg.broadcasts.at(-1)!;
    expect(body.kind === 'recordsChanged' && [body.records.length, body.keys?.phrases.length]).toEqual([1, 1]);
    expect(JSON.stringify(body).length).toBeLessThan(3_000);
  });

  it('ignores a broadcast older than what it holds (a late one after a load, or one already applied)', async () => {
    const bg = await createBackground();
    await bg.client.request({ kind: 'savePhrase', phrase: { id: 'phr_starter_when', title: '旧标题', text: '旧的说明。', groupId: 'grp_starter_ship' } });
    const late = bg.broadcasts.at(-1)!;
    await bg.client.request({ kind: 'savePhrase', phrase: { id: 'phr_starter_when', title: '新标题', text: '新的说明。', groupId: 'grp_starter_ship' } });
    await bg.client.request({ kind: 'deletePhrase', id: 'phr_starter_where' });
    const deletion = bg.broadcasts.at(-1)!;
    const page = createLibraryState({ client: bg.client });
    await page.load();
    await page.applyBroadcast(late);
    await page.applyBroadcast(deletion);
    expect(page.snapshot.value!.phrases.map((p) => p.title)).toEqual(['新标题']);
    expect(search(page.snapshot.value, 'xbt')).toEqual(['phr_starter_when']);
    expect(bg.requests.filter((k) => k === 'getLibraryView')).toHaveLength(1);
  });

  it('holds back a change heard while loading, and applies it after', async () => {
    const bg = await createBackground();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = { request: vi.fn(async (req: never) => (await gate, bg.client.request(req))) };
    const page = createLibraryState({ client: slow as never });
    const loading = page.load();
    await bg.client.request({ kind: 'savePhrase', phrase: { title: '加急发货', text: '亲，已为您加急。', groupId: null } });
    void page.applyBroadcast(bg.broadcasts.at(-1)!);
    // The load started before the save but answers after it: either way the phrase is there once.
    release();
    await loading;
    expect(page.snapshot.value!.phrases.filter((p) => p.title === '加急发货')).toHaveLength(1);
    expect(search(page.snapshot.value, 'jjfh')).toHaveLength(1);
  });

  it('reads the whole library again for a write too large to send, and when keys are missing', async () => {
    const bg = await createBackground();
    const page = createLibraryState({ client: bg.client });
    await page.load();
    const rows = Array.from({ length: MAX_DELTA_RECORDS + 1 }, (_, i) => ({ rowNumber: i + 2, title: `批量话术${i}`, text: `内容${i}` }));
    await bg.client.request({ kind: 'applyImport', rows, fileName: 'big.csv' });
    expect(bg.broadcasts.at(-1)).toEqual({ kind: 'libraryReplaced' });
    await page.applyBroadcast(bg.broadcasts.at(-1)!);
    expect(page.snapshot.value!.phrases).toHaveLength(2 + rows.length);
    expect(bg.requests.filter((k) => k === 'getLibraryView')).toHaveLength(2);

    // A phrase changed without its keys (never sent so by the background): read again, not guessed.
    const phrase = { ...page.snapshot.value!.phrases[0]!, title: '改过的标题', updatedAt: Date.now() * 2 };
    await page.applyChange([phrase]);
    expect(bg.requests.filter((k) => k === 'getLibraryView')).toHaveLength(3);
  });

  it('reads storage when it can and asks the background only when storage has nothing', async () => {
    const bg = await createBackground();
    const view = await bg.library.view();
    const fromStorage: LibraryLoad = {
      records: { ...view, usage: [], variableSettings: undefined, uiPreferences: undefined, replyPicks: undefined },
      keys: {
        phrases: new Map(view.phraseIndex.phrases.map(({ group: _, ...k }) => [k.id, k as never])),
        groups: new Map(view.phraseIndex.groups.map((g) => [g.name, g.keys])),
      },
    };
    const read = vi.fn<() => Promise<LibraryLoad | null>>().mockResolvedValueOnce(fromStorage).mockResolvedValueOnce(null);
    const page = createLibraryState({ client: bg.client, read });
    await page.load();
    expect(bg.requests).toEqual([]);
    expect(page.snapshot.value).toEqual(view);
    await page.reload();
    expect(bg.requests).toEqual(['getLibraryView']);
  });

  it('adopts the index the background packed when it fits the library read, and packs its own when not', async () => {
    const bg = await createBackground();
    const view = await bg.library.view();
    const loadWith = (packedIndex: unknown): LibraryLoad => ({
      records: { ...view, usage: [], variableSettings: undefined, uiPreferences: undefined, replyPicks: undefined },
      keys: {
        phrases: new Map(view.phraseIndex.phrases.map(({ group: _, ...k }) => [k.id, k as never])),
        groups: new Map(view.phraseIndex.groups.map((g) => [g.name, g.keys])),
      },
      packedIndex: structuredClone(packedIndex),
    });
    const fits = savedPackedIndex(view.phraseIndex);
    await bg.library.savePhrase({ title: '尺码推荐', text: '亲，身高体重发给我。', groupId: null });
    const stale = savedPackedIndex((await bg.library.view()).phraseIndex);
    const loaded = () => (performance.getEntriesByName('kefu:library-loaded').at(-1) as PerformanceMark).detail as { packedIndex: boolean };
    for (const [packed, adopted] of [[fits, true], [stale, false], [undefined, false]] as const) {
      const page = createLibraryState({ client: bg.client, read: async () => loadWith(packed) });
      await page.load();
      expect(loaded().packedIndex).toBe(adopted);
      expect(search(page.snapshot.value, 'cxwl')).toEqual(['phr_starter_where']);
      expect(search(page.snapshot.value, 'fhsj')).toEqual(['phr_starter_when']);
    }
  });

  it('takes the view the background kept whole as it is, and patches it like any other', async () => {
    const bg = await createBackground();
    const settings = { selectorOverrides: [], usage: [] };
    const kept = loadOfBlob(structuredClone(libraryBlobOf(await bg.library.view(), [], 1)), settings)!;
    const page = createLibraryState({ client: bg.client, read: async () => kept });
    await page.load();
    expect(bg.requests).toEqual([]);
    expect(page.snapshot.value!.phraseIndex).toBe(kept.view.phraseIndex); // nothing built or packed again
    expect(search(page.snapshot.value, 'cxwl')).toEqual(['phr_starter_where']);

    // Same words, other tags: the kept entry stays in place, its keys read through its getters.
    await bg.client.request({ kind: 'savePhrase', phrase: { id: 'phr_starter_when', title: '发货时间', text: '亲，付款后48小时内发货。', groupId: 'grp_starter_ship', tags: ['新'] } });
    await page.applyBroadcast(bg.broadcasts.at(-1)!);
    // A new phrase: the lists are sorted and indexed again from the kept keys.
    await bg.client.request({ kind: 'savePhrase', phrase: { title: '尺码推荐', text: '亲，身高体重发给我。', groupId: null } });
    await page.applyBroadcast(bg.broadcasts.at(-1)!);
    expect(bg.requests).toEqual(['savePhrase', 'savePhrase']);
    const expected = await bg.library.view();
    expect(JSON.parse(JSON.stringify(page.snapshot.value))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(search(page.snapshot.value, 'fhsj')).toEqual(['phr_starter_when']);
    expect(search(page.snapshot.value, 'cmtj')).toEqual(search(expected, 'cmtj'));
  });

  it('keeps the last good library and says why when loading fails', async () => {
    const bg = await createBackground();
    let fail = false;
    const client = { request: (req: never) => (fail ? Promise.resolve({ ok: false, error: { code: 'internal', message: '扩展后台没有响应' } }) : bg.client.request(req)) };
    const page = createLibraryState({ client: client as never });
    await page.load();
    fail = true;
    await page.reload();
    expect(page.snapshot.value!.phrases).toHaveLength(2);
    expect(page.loadError.value?.message).toBe('扩展后台没有响应');
  });

  it('reads made while a read runs share one more read, which sees the latest library', async () => {
    const bg = await createBackground();
    const page = createLibraryState({ client: bg.client });
    const first = page.reload();
    const second = page.reload();
    const third = page.reload();
    await bg.client.request({ kind: 'deletePhrase', id: 'phr_starter_where' });
    await Promise.all([first, second, third]);
    expect(bg.requests.filter((k) => k === 'getLibraryView')).toHaveLength(2);
    expect(page.snapshot.value!.phrases).toHaveLength(1);
  });
});
