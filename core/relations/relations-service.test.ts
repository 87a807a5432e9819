import { describe, expect, it } from 'vitest';
import { createDataPack } from '../data-pack';
import { createIdMaker } from '../ids';
import { resolveColumns } from '../table-import';
import { createFlakyBackend, createTestClock, createTestStore, REAL_REGISTRY } from '../../test/helpers/store';
import { MESSAGE_CHANNEL, createRequestHandler, type SenderKind } from '../protocol';
import type { StoredRecord } from '../store';
import { CHUNK_SIZE, createRelationsService, relationsArea, type Account, type Relation } from '.';

const account = (id: string, over: Partial<Account> = {}): Account => ({ id, name: id, status: 'active', dedicated: true, inRouting: true, main: false, ...over });
const relations = (n: number, accountId: (i: number) => string | null, from = 0): Relation[] =>
  Array.from({ length: n }, (_, i) => ({ buyerId: `b${from + i}`, accountId: accountId(from + i) }));

function setup(backend = createFlakyBackend()) {
  const now = createTestClock();
  const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
  const newId = createIdMaker({ now });
  const service = createRelationsService({ store, now, newId, lang: 'en', resolveColumns });
  return { store, backend, service, now, newId };
}

describe('roster', () => {
  it('replaces, merges, saves and deletes accounts; refuses an account twice', async () => {
    const { service } = setup();
    expect(await service.getRoster()).toEqual([]);
    expect((await service.saveRoster([account('a'), account('b')], 'replace')).value).toEqual({ count: 2 });
    expect((await service.saveRoster([account('b', { status: 'frozen' }), account('c')], 'merge')).value).toEqual({ count: 3 });
    expect((await service.getRoster()).map((a) => [a.id, a.status])).toEqual([
      ['a', 'active'],
      ['b', 'frozen'],
      ['c', 'active'],
    ]);
    await service.saveAccount(account('a', { main: true }));
    await service.saveAccount(account('d'));
    expect((await service.deleteAccount('c')).value).toEqual({ count: 3 });
    expect((await service.getRoster()).map((a) => [a.id, a.main])).toEqual([
      ['a', true],
      ['b', false],
      ['d', false],
    ]);
    await expect(service.deleteAccount('zz')).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.saveRoster([account('x'), account('x')], 'merge')).rejects.toMatchObject({
      code: 'invalid-data',
      details: ['sub-account x is entry 1 and entry 2'],
    });
    expect(await service.getRoster()).toHaveLength(3);
    expect((await service.saveRoster([], 'replace')).value.count).toBe(0);
  });
});

describe('relation sets', () => {
  it('stores a scan page by page in a few chunk records, resumes, and reports every relation classified', async () => {
    const { service, store, backend } = setup();
    await service.saveRoster([account('小王'), account('阿离', { status: 'resigned' })], 'replace');
    const { value: begun } = await service.beginRelationSet('scan', 'relation page');
    // 250 pages of 40 rows: 10,000 relations.
    for (let page = 0; page < 250; page++) {
      const { value, written } = await service.addRelations(begun.setId, relations(40, (i) => (i % 10 === 0 ? '阿离' : i % 25 === 0 ? null : '店铺:小王'), page * 40), { pagesDone: page + 1 });
      expect(value.count).toBe((page + 1) * 40);
      // What a write reports (and so broadcasts) leaves the big chunk records out.
      expect(written.map((r) => r.type)).toEqual(['relationSet']);
      if (page === 99) expect(await service.getOpenRelationSet('scan')).toEqual({ setId: begun.setId, count: 4000, pagesDone: 100 });
    }
    expect(await service.getRelationReport()).toBeNull(); // nothing finished yet
    expect((await service.finishRelationSet(begun.setId)).value).toEqual({ total: 10_000 });
    expect(await service.getOpenRelationSet('scan')).toBeNull();

    const chunks = (await store.list('relationChunk')).length;
    expect(chunks).toBe(Math.ceil(10_000 / CHUNK_SIZE));
    expect(backend.peek().length).toBeLessThan(10); // meta, roster, set, chunks

    const report = (await service.getRelationReport())!;
    expect(report).toMatchObject({ setId: begun.setId, source: 'scan', label: 'relation page', total: 10_000, matched: 10_000 });
    expect(report.summary.byReason['account-inactive']).toBe(1000);
    expect(report.summary.byReason['no-dedicated-cs']).toBe(10_000 / 25 - 10_000 / 50);
    expect(report.rows[0]).toEqual({ buyerId: 'b0', accountId: '阿离', rosterId: '阿离', reasons: ['account-inactive'] });
    expect(report.rows[1]).toEqual({ buyerId: 'b1', accountId: '店铺:小王', rosterId: '小王', reasons: [] });
    expect(report.summary.byAccount.map((a) => [a.accountId, a.total])).toEqual([
      ['阿离', 1000],
      [null, 200],
      ['小王', 8800],
    ]);

    const page = (await service.getRelationReport({ abnormalOnly: true, offset: 5, limit: 3 }))!;
    expect(page.matched).toBe(1200);
    expect(page.rows.map((r) => r.buyerId)).toEqual(['b40', 'b50', 'b60']); // abnormal: b0 b10 b20 b25 b30 | b40 …
  });

  it('a buyer read twice counts once, the later reading kept', async () => {
    const { service } = setup();
    const { value } = await service.beginRelationSet('import', 'export.xlsx');
    await service.addRelations(value.setId, [{ buyerId: 'b1', accountId: 'old' }, { buyerId: 'b2', accountId: 'x', buyerName: '张三', boundAt: 1_764_000_000_000 }]);
    await service.addRelations(value.setId, [{ buyerId: 'b1', accountId: 'new' }]);
    expect((await service.finishRelationSet(value.setId)).value.total).toBe(2);
    const report = (await service.getRelationReport())!;
    expect(report.rows).toEqual([
      { buyerId: 'b2', buyerName: '张三', accountId: 'x', boundAt: 1_764_000_000_000, reasons: ['unknown-account'] },
      { buyerId: 'b1', accountId: 'new', reasons: ['unknown-account'] },
    ]);
    expect((await service.currentRelations())!.relations).toHaveLength(2);
  });

  it('a new set of the same source drops the unfinished one; finishing drops older finished sets, not open ones', async () => {
    const { service, store } = setup();
    const first = (await service.beginRelationSet('scan', 'one')).value.setId;
    await service.addRelations(first, relations(10, () => 'a'));
    const second = (await service.beginRelationSet('scan', 'two')).value.setId;
    await expect(service.addRelations(first, relations(1, () => 'a'))).rejects.toMatchObject({ code: 'not-found' });
    expect(await service.getOpenRelationSet('scan')).toMatchObject({ setId: second, count: 0 });
    await service.addRelations(second, relations(3, () => 'a'));
    await service.finishRelationSet(second);
    await expect(service.addRelations(second, relations(1, () => 'a'))).rejects.toMatchObject({ code: 'conflict' });

    const open = (await service.beginRelationSet('scan', 'three')).value.setId;
    await service.addRelations(open, relations(2, () => 'a'));
    const imported = (await service.beginRelationSet('import', 'file')).value.setId;
    await service.addRelations(imported, relations(5, () => 'a'));
    await service.finishRelationSet(imported);
    expect((await service.getRelationReport())!).toMatchObject({ setId: imported, total: 5 });
    expect(await service.getOpenRelationSet('scan')).toMatchObject({ setId: open, count: 2 });
    // Dropped sets keep no buyer data: their records are emptied tombstones.
    const dropped = (await store.all({ includeDeleted: true })).filter((r) => r.deleted);
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((r) => (r.type === 'relationChunk' ? r.buyerIds === '' : r.type === 'relationSet' ? (r.chunkIds as unknown[]).length === 0 : true))).toBe(true);
  });

  it('all or nothing: a failing write changes nothing; a set past the limit is refused', async () => {
    const { service, backend } = setup();
    const setId = (await service.beginRelationSet('import', 'f')).value.setId;
    await service.addRelations(setId, relations(3, () => 'a'));
    backend.failCommits(true);
    await expect(service.addRelations(setId, relations(3, () => 'a', 3))).rejects.toMatchObject({ code: 'storage-failed' });
    backend.failCommits(false);
    expect(await service.getOpenRelationSet('import')).toMatchObject({ count: 3 });
    await expect(service.addRelations(setId, relations(5000, () => 'a').concat(new Array(300_000).fill({ buyerId: 'x', accountId: 'a' })))).rejects.toMatchObject({
      code: 'invalid-data',
    });
  });

  it('survives a service-worker wake: a new store over the same storage reads the same report', async () => {
    const { service, backend } = setup();
    await service.saveRoster([account('a', { inRouting: false })], 'replace');
    const setId = (await service.beginRelationSet('import', 'f')).value.setId;
    await service.addRelations(setId, [{ buyerId: 'b1', accountId: 'a', buyerName: 'line\nbreak' }, { buyerId: 'b2', accountId: null }]);
    await service.finishRelationSet(setId);
    const woken = setup(backend);
    expect((await woken.service.getRelationReport())!.rows).toEqual([
      { buyerId: 'b1', buyerName: 'line break', accountId: 'a', rosterId: 'a', reasons: ['not-in-routing'] },
      { buyerId: 'b2', accountId: null, reasons: ['no-dedicated-cs'] },
    ]);
  });
});

describe('column mappings and deleting relation data', () => {
  it('keeps the owner’s mapping per table and applies it to the headers asked about', async () => {
    const { service } = setup();
    expect(await service.getTableMapping('relations', ['顾客', '专属客服'])).toEqual({ saved: null, mapping: { account: '专属客服' }, missing: ['buyerId'] });
    await service.saveTableMapping('relations', { buyerId: '顾客' });
    expect(await service.getTableMapping('relations', ['顾客', '专属客服'])).toEqual({ saved: { buyerId: '顾客' }, mapping: { buyerId: '顾客', account: '专属客服' }, missing: [] });
    expect((await service.getTableMapping('staff', ['账号'])).saved).toBeNull();
  });

  it('deleteRelationData drops the sets and the roster, keeps the mappings', async () => {
    const { service } = setup();
    await service.saveRoster([account('a')], 'replace');
    await service.saveTableMapping('staff', { id: '工号' });
    const setId = (await service.beginRelationSet('scan', 's')).value.setId;
    await service.addRelations(setId, relations(3, () => 'a'));
    await service.finishRelationSet(setId);
    expect((await service.deleteRelationData()).value).toEqual({ sets: 1, accounts: 1 });
    expect(await service.getRelationReport()).toBeNull();
    expect(await service.getRoster()).toEqual([]);
    expect((await service.getTableMapping('staff', [])).saved).toEqual({ id: '工号' });
  });
});

describe('backup', () => {
  it('relation data goes out with a full backup and comes back into another machine', async () => {
    const source = setup();
    await source.service.saveRoster([account('a'), account('b', { dedicated: false })], 'replace');
    await source.service.saveTableMapping('relations', { buyerId: '顾客' });
    const setId = (await source.service.beginRelationSet('import', 'export.csv')).value.setId;
    await source.service.addRelations(setId, relations(CHUNK_SIZE + 10, (i) => (i % 2 ? 'a' : 'b')));
    await source.service.finishRelationSet(setId);
    const before = (await source.service.getRelationReport())!;
    const pack = createDataPack({ ...REAL_REGISTRY, store: source.store, now: source.now, newId: source.newId, lang: 'en' });
    const { json } = await pack.exportAll();
    expect(JSON.parse(json).records.map((r: { type: string }) => r.type).sort()).toEqual(['relationChunk', 'relationChunk', 'relationRoster', 'relationSet', 'tableMapping']);

    const target = setup();
    const targetPack = createDataPack({ ...REAL_REGISTRY, store: target.store, now: target.now, newId: target.newId, lang: 'en' });
    await targetPack.importAll(json, 'backup.json');
    const after = (await target.service.getRelationReport())!;
    expect(after.summary).toEqual(before.summary);
    expect(after.rows).toEqual(before.rows);
    expect(await target.service.getRoster()).toEqual(await source.service.getRoster());
    expect((await target.service.getTableMapping('relations', [])).saved).toEqual({ buyerId: '顾客' });
  });
});

describe('relations requests', () => {
  function serve() {
    const s = setup();
    const written: StoredRecord[][] = [];
    const handle = createRequestHandler(relationsArea.requests!({ relations: s.service }), { lang: 'en', onWritten: (r) => written.push(r) });
    const ask = (sender: SenderKind, body: unknown) => handle({ channel: MESSAGE_CHANNEL, body }, sender);
    return { ...s, ask, written };
  }

  it('a back-office page scans and reads the report; only the options page deletes everything', async () => {
    const { ask, written } = serve();
    expect(await ask('console', { kind: 'saveRoster', accounts: [account('a')], mode: 'replace' })).toEqual({ ok: true, value: { count: 1 } });
    const begun = await ask('console', { kind: 'beginRelationSet', source: 'scan', label: 'p' });
    const setId = begun.ok ? (begun.value as { setId: string }).setId : '';
    expect(await ask('console', { kind: 'addRelations', setId, relations: relations(3, () => 'a'), cursor: { pagesDone: 1 } })).toEqual({ ok: true, value: { count: 3 } });
    expect(await ask('console', { kind: 'finishRelationSet', setId })).toEqual({ ok: true, value: { total: 3 } });
    const report = await ask('console', { kind: 'getRelationReport', abnormalOnly: true });
    expect(report).toMatchObject({ ok: true, value: { total: 3, matched: 0, rows: [] } });
    expect(written.flat().some((r) => r.type === 'relationChunk')).toBe(false);

    expect(await ask('console', { kind: 'deleteRelationData' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await ask('options', { kind: 'deleteRelationData' })).toEqual({ ok: true, value: { sets: 1, accounts: 1 } });
  });

  it('refuses more than 5,000 relations in one message, and a relation without a buyer, naming the field', async () => {
    const { ask } = serve();
    const begun = await ask('console', { kind: 'beginRelationSet', source: 'import', label: 'f' });
    const setId = begun.ok ? (begun.value as { setId: string }).setId : '';
    expect(await ask('console', { kind: 'addRelations', setId, relations: relations(5001, () => 'a') })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('console', { kind: 'addRelations', setId, relations: [{ buyerId: ' ', accountId: 'a' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', details: [expect.stringContaining('relations[0].buyerId')] },
    });
    expect(await ask('console', { kind: 'getOpenRelationSet', source: 'import' })).toEqual({ ok: true, value: { setId, count: 0, pagesDone: 0 } });
  });
});
