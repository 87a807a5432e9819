import { describe, expect, it } from 'vitest';
import { createRequests } from '../areas';
import { createDataPack } from '../data-pack';
import { createIdMaker } from '../ids';
import type { Lang } from '../i18n';
import { MESSAGE_CHANNEL, createRequestHandler } from '../protocol';
import { UserFacingError, type StoredRecord } from '../store';
import { REAL_REGISTRY, createFlakyBackend, createTestStore } from '../../test/helpers/store';
import { CUSTOMER_LIMITS, createCustomerService, customerIdBase, withoutCustomerNotes } from '.';

const DAY = 86_400_000;
const T0 = new Date(2026, 11, 1, 9, 0).getTime();
const A = { site: 'pinduoduo' as const, buyerId: 'buyer-A' };
const B = { site: 'pinduoduo' as const, buyerId: 'buyer-B' };

function setup(lang: Lang = 'en', backend = createFlakyBackend()) {
  const clock = { t: T0 };
  const now = () => clock.t;
  const store = createTestStore({ backend, now, actor: 'dev', lang });
  const newId = createIdMaker({ now });
  const customers = createCustomerService({ store, now, newId, lang });
  const pack = createDataPack({ ...REAL_REGISTRY, store, now, newId, lang });
  return { clock, store, customers, pack, backend };
}

async function failure(run: Promise<unknown>): Promise<UserFacingError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

describe('customer card service', () => {
  it('keeps one card per console and buyer: A’s notes stay A’s, B starts empty, the same id on another console is another buyer', async () => {
    const { customers } = setup();
    expect((await customers.getCard(A)).value.card).toBeNull();
    await customers.saveCard({ ...A, name: '小王', memo: '要发顺丰', nickname: '王姐', tags: ['回头客', ' 回头客 ', '', '怕冷'], groupId: 'grp-8' });
    expect((await customers.getCard(B)).value.card).toBeNull();
    expect((await customers.getCard({ site: 'jd', buyerId: A.buyerId })).value.card).toBeNull();
    const { card, groups } = (await customers.getCard(A)).value;
    expect(card).toMatchObject({ name: '小王', memo: '要发顺丰', nickname: '王姐', tags: ['回头客', '怕冷'], groupId: 'grp-8' });
    expect(groups.find((g) => g.id === 'grp-8')!.label).toBe('8 Buyers');
  });

  it('finds a card by its buyer even when two buyers’ ids hash alike (the next id is tried)', async () => {
    const { customers, store } = setup();
    // Someone else's card sits where A's would go.
    await store.write([{ put: { id: customerIdBase(A.site, A.buyerId), type: 'customer', scope: 'local', site: 'pinduoduo', buyerId: 'other', name: 'o', nickname: '', memo: 'other memo', tags: [], promises: [], products: [] } }]);
    await customers.saveCard({ ...A, name: 'A', memo: 'mine' });
    expect((await customers.getCard(A)).value.card).toMatchObject({ id: `${customerIdBase(A.site, A.buyerId)}-1`, memo: 'mine' });
    expect((await store.get(customerIdBase(A.site, A.buyerId)))!.memo).toBe('other memo');
  });

  it('records the contact when the conversation is open: last contact at most every 10 minutes, the product looked at, the name as shown', async () => {
    const { customers, clock } = setup();
    const first = await customers.touch({ ...A, name: '小王', product: '咨询商品：加厚羽绒服' });
    expect(first.written).toHaveLength(1);
    expect(first.value.card).toMatchObject({ lastContactAt: T0, products: [{ title: '咨询商品：加厚羽绒服', at: T0 }] });
    clock.t += 60_000;
    expect((await customers.touch({ ...A, name: '小王' })).written).toHaveLength(0);
    expect((await customers.touch({ ...A, name: '小王', product: '围巾' })).value.card.products.map((p) => p.title)).toEqual(['围巾', '咨询商品：加厚羽绒服']);
    clock.t += 11 * 60_000;
    const later = await customers.touch({ ...A, name: '<b>王</b>\u202e' + 'x'.repeat(10_000) });
    expect(later.value.card.lastContactAt).toBe(clock.t);
    expect(later.value.card.name.length).toBeLessThanOrEqual(CUSTOMER_LIMITS.name);
    expect(later.value.card.name).not.toContain('\u202e');
  });

  it('refuses what does not fit, naming the field, and keeps the card as it was', async () => {
    const { customers } = setup();
    await customers.saveCard({ ...A, name: 'A', memo: 'keep me' });
    const long = await failure(customers.saveCard({ ...A, name: 'A', memo: 'x'.repeat(CUSTOMER_LIMITS.memo + 1) }));
    expect(long).toMatchObject({ code: 'invalid-data', message: 'The customer card was not saved: some fields are not valid.' });
    expect(long.details).toEqual(['field memo: too long (at most 2000 characters)']);
    const group = await failure(customers.saveCard({ ...A, name: 'A', groupId: 'nope' }));
    expect(group.message).toMatch(/customer group \(nope\) was not found/);
    const tags = await failure(customers.saveCard({ ...A, name: 'A', tags: Array.from({ length: 13 }, (_, i) => `t${i}`) }));
    expect(tags.details).toEqual(['field tags: too large (at most 12)']);
    expect((await customers.getCard(A)).value.card!.memo).toBe('keep me');
  });

  it('keeps promises with a due day: due ones are listed for every customer until marked done', async () => {
    const { customers, clock } = setup();
    await customers.addPromise({ ...A, name: 'A', text: '周三前补发赠品', due: '2026-12-02' });
    await customers.addPromise({ ...B, name: 'B', text: '今天回复退款进度', due: '2026-12-01' });
    let due = (await customers.duePromises()).value;
    expect(due.today).toBe('2026-12-01');
    expect(due.items.map((d) => [d.label, d.promise.text, d.state])).toEqual([['B', '今天回复退款进度', 'today']]);
    clock.t += 2 * DAY;
    due = (await customers.duePromises()).value;
    expect(due.items.map((d) => [d.label, d.state])).toEqual([
      ['B', 'overdue'],
      ['A', 'overdue'],
    ]);
    const id = due.items[0]!.promise.id;
    const done = await customers.updatePromise({ ...B, promiseId: id, done: true });
    expect(done.value.card.promises[0]).toMatchObject({ done: true, doneAt: clock.t });
    expect((await customers.duePromises()).value.items.map((d) => d.label)).toEqual(['A']);
    await customers.updatePromise({ ...B, promiseId: id, remove: true });
    expect((await customers.getCard(B)).value.card!.promises).toEqual([]);
    expect((await failure(customers.updatePromise({ ...B, promiseId: id, done: true }))).code).toBe('not-found');
  });

  it('lets the agent rename, add sub-groups, renumber, and delete a group only when empty or its customers are moved', async () => {
    const { customers } = setup('zh');
    const { value } = await customers.saveGroup({ prefix: '1a', name: '老同学' });
    await customers.saveGroup({ id: 'grp-2', prefix: '2', name: '参谋' });
    let groups = (await customers.groups()).value.groups;
    expect(groups.slice(0, 3).map((g) => [g.label, g.depth])).toEqual([
      ['1 好友', 0],
      ['1A 老同学', 1],
      ['2 参谋', 0],
    ]);
    expect((await failure(customers.saveGroup({ prefix: '1A', name: '重复' }))).details).toEqual(['分组“1A 重复”：编号 1A 已被“老同学”使用']);
    await customers.saveCard({ ...A, name: 'A', groupId: value.id });
    const refused = await failure(customers.deleteGroup({ id: value.id }));
    expect(refused.message).toContain('还有 1 位客户');
    const moved = await customers.deleteGroup({ id: value.id, moveTo: 'grp-1' });
    expect(moved.value.moved).toBe(1);
    expect((await customers.getCard(A)).value.card!.groupId).toBe('grp-1');
    groups = (await customers.groups()).value.groups;
    expect(groups.find((g) => g.id === 'grp-1')!.count).toBe(1);
    await customers.deleteGroup({ id: 'grp-1', moveTo: null });
    expect((await customers.getCard(A)).value.card!.groupId).toBeUndefined();
    await customers.deleteGroup({ id: 'grp-10' });
    expect((await customers.groups()).value.groups.map((g) => g.prefix)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('cleans up inactive customers from a preview and undoes it exactly', async () => {
    const { customers, clock, store } = setup();
    await customers.touch({ ...A, name: 'A', product: '羽绒服' });
    await customers.saveCard({ ...A, name: 'A', memo: '私密备注', tags: ['VIP'], groupId: 'grp-5' });
    await customers.touch({ ...B, name: 'B' });
    await customers.addPromise({ ...B, name: 'B', text: '补发', due: '2026-12-03' });
    clock.t += 40 * DAY;
    const C = { site: 'jd' as const, buyerId: 'C' };
    await customers.touch({ ...C, name: 'C' });
    const before = await store.all();

    const preview = (await customers.previewCleanup({ days: 30 })).value;
    expect(preview.candidates.map((c) => [c.buyerId, c.hasNotes])).toEqual([['buyer-A', true]]);
    expect(preview.kept).toBe(1); // B has an open promise
    const { value } = await customers.cleanUp({ days: 30, ids: preview.candidates.map((c) => c.id) });
    expect(value.removed).toBe(1);
    expect((await customers.getCard(A)).value.card).toBeNull();
    // The tombstone keeps no notes.
    const tomb = (await store.list('customer', { includeDeleted: true })).find((r) => r.buyerId === 'buyer-A')!;
    expect(JSON.stringify(tomb)).not.toContain('私密备注');
    expect((await customers.previewCleanup({ days: 30 })).value.lastCleanup).toMatchObject({ id: value.undoId, count: 1 });

    const undone = await customers.undoCleanup({ id: value.undoId });
    expect(undone.value).toEqual({ restored: 1, skipped: 0 });
    const fields = (records: StoredRecord[]) =>
      records.filter((r) => r.type === 'customer').map(({ updatedAt: _u, schemaVersion: _v, updatedBy: _b, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(fields(await store.all())).toEqual(fields(before));
    expect((await failure(customers.undoCleanup({ id: value.undoId }))).code).toBe('not-found');
  });

  it('refuses a cleanup of a customer contacted since the preview, removing nobody', async () => {
    const { customers, clock } = setup();
    await customers.touch({ ...A, name: 'A' });
    clock.t += 40 * DAY;
    const ids = (await customers.previewCleanup({ days: 30 })).value.candidates.map((c) => c.id);
    await customers.touch({ ...A, name: 'A' });
    expect((await failure(customers.cleanUp({ days: 30, ids }))).code).toBe('conflict');
    expect((await customers.getCard(A)).value.card).not.toBeNull();
  });

  it('round-trips cards and groups through a full backup', async () => {
    const source = setup();
    await source.customers.saveGroup({ prefix: '1B', name: 'Colleagues' });
    await source.customers.saveCard({ ...A, name: '小王', memo: '发顺丰', nickname: '王姐', tags: ['VIP'], groupId: 'grp-1' });
    await source.customers.addPromise({ ...A, name: '小王', text: '补发赠品', due: '2026-12-05' });
    const { json } = await source.pack.exportAll();
    expect(JSON.parse(json).records.map((r: StoredRecord) => r.type)).toEqual(expect.arrayContaining(['customer', 'customerGroups']));

    const target = setup();
    await target.pack.importAll(json);
    expect((await target.customers.getCard(A)).value.card).toEqual((await source.customers.getCard(A)).value.card);
    expect((await target.customers.groups()).value.groups).toEqual((await source.customers.groups()).value.groups);
  });

  it('leaves buyer notes out of change broadcasts', async () => {
    const { customers } = setup();
    const { written } = await customers.saveCard({ ...A, name: 'A', memo: 'secret memo' });
    const shown = withoutCustomerNotes(written);
    expect(JSON.stringify(shown)).not.toMatch(/secret memo|buyer-A/);
    expect(shown[0]).toMatchObject({ id: written[0]!.id, type: 'customer' });
  });

  it('lets console pages use the card, and only the options page edit groups and clean up', async () => {
    const { store, clock } = setup();
    const now = () => clock.t;
    const requests = createRequests({ customers: createCustomerService({ store, now, newId: createIdMaker({ now }), lang: 'en' }) } as never);
    const handle = createRequestHandler(requests, { lang: 'en', onWritten: () => {} });
    const wrap = (body: unknown) => ({ channel: MESSAGE_CHANNEL, body });
    expect(await handle(wrap({ kind: 'saveCustomerCard', ...A, name: 'A', memo: 'm' }), 'console')).toMatchObject({ ok: true });
    expect(await handle(wrap({ kind: 'previewCustomerCleanup', days: 30 }), 'console')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await handle(wrap({ kind: 'previewCustomerCleanup', days: 30 }), 'options')).toMatchObject({ ok: true });
    expect(await handle(wrap({ kind: 'saveCustomerGroup', prefix: '1A', name: 'x' }), 'console')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await handle(wrap({ kind: 'addCustomerPromise', ...A, name: 'A', text: 'x', due: '2026-02-30' }), 'console')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await handle(wrap({ kind: 'getCustomerCard', site: 'evil', buyerId: 'A' }), 'console')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
