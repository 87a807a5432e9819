import { describe, expect, it } from 'vitest';
import { createRequests } from '../areas';
import { createIdMaker } from '../ids';
import { MESSAGE_CHANNEL, createRequestHandler, type Reply } from '../protocol';
import type { Account, Relation } from '../relations';
import { createMemoryBackend, createRecordStore } from '../store';
import { MIGRATIONS, RECORD_SCHEMAS } from '../areas';
import { createTransferService, type RelationSource, type TaskSummary } from '.';

const H = 3_600_000;
const T0 = 1_764_547_200_000;
const acc = (id: string, over: Partial<Account> = {}): Account => ({ id, name: id, status: 'active', dedicated: true, inRouting: true, main: false, ...over });

function setup(data: { relations: Relation[]; roster: Account[] } | null = null, backend = createMemoryBackend()) {
  const clock = { t: T0 };
  const now = () => clock.t;
  const store = createRecordStore({ backend, now, actor: 'dev', lang: 'en', schemas: RECORD_SCHEMAS, migrations: MIGRATIONS });
  const state = { data };
  const source: RelationSource = { roster: async () => state.data?.roster ?? [], current: async () => state.data };
  const transfer = createTransferService({ store, source, newId: createIdMaker({ now }), now, lang: 'en' });
  return { clock, store, transfer, state, backend };
}

const ROSTER = [acc('A'), acc('B'), acc('R', { status: 'resigned' }), acc('M', { main: true, rights: ['财务'] }), acc('W', { rights: ['商品编辑', '消息'] })];
const RELATIONS: Relation[] = [
  ...Array.from({ length: 700 }, (_, i) => ({ buyerId: `r${i}`, accountId: 'R' })),
  { buyerId: 'ok', accountId: 'A' },
];

describe('transfer service', () => {
  it('says there is no relation data before any scan or import', async () => {
    const { transfer } = setup();
    await expect(transfer.plan({ mode: 'even' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no relation data') });
  });

  it('plans over the current relation set and roster', async () => {
    const { transfer } = setup({ relations: RELATIONS, roster: ROSTER });
    const { value } = await transfer.plan({ mode: 'chosen', targets: ['A', 'M'] });
    expect(value.rejected).toEqual([{ accountId: 'M', reasons: ['bound-to-main'] }]);
    expect(value.batches.map((b) => b.buyerIds.length)).toEqual([300, 300, 100]);
  });

  it('keeps a task with its relations, follows its status with time, and survives a reopen', async () => {
    const { transfer, clock, backend } = setup({ relations: RELATIONS, roster: ROSTER });
    const { value: task, written } = await transfer.startTask({ name: '  双十一前  ', assignments: [{ buyerId: 'r1', from: 'R', to: 'A' }, { buyerId: 'r2', from: 'R', to: 'B' }] });
    expect(written).toHaveLength(1);
    expect(task).toMatchObject({ name: '双十一前', startedAt: T0, count: 2, status: 'in-progress', nextCheckAt: T0 + 8 * H, targets: [{ accountId: 'A', count: 1 }, { accountId: 'B', count: 1 }] });
    expect(task.id).toMatch(/^local:transfer:/);

    clock.t = T0 + 9 * H;
    expect((await transfer.listTasks()).value).toMatchObject({ attention: 1, tasks: [{ id: task.id, status: 'slow', nextCheckAt: T0 + 72 * H }] });

    await transfer.updateTask({ id: task.id, completedAt: T0 + 9 * H });
    expect((await transfer.listTasks()).value).toMatchObject({ attention: 0, tasks: [{ status: 'awaiting-recheck', nextCheckAt: T0 + 33 * H }] });

    // A new worker over the same storage sees the same task.
    const again = setup({ relations: RELATIONS, roster: ROSTER }, backend);
    again.clock.t = T0 + 33 * H;
    const { value } = await again.transfer.getTask(task.id);
    expect(value).toMatchObject({ status: 'recheck-due', completedAt: T0 + 9 * H, assignments: [{ buyerId: 'r1', from: 'R', to: 'A' }, { buyerId: 'r2', from: 'R', to: 'B' }] });
    await again.transfer.updateTask({ id: task.id, recheckedAt: T0 + 33 * H });
    expect((await again.transfer.taskTimes())[0]).toEqual({ startedAt: T0, completedAt: T0 + 9 * H, recheckedAt: T0 + 33 * H });
  });

  it('starts a task from the plan’s chosen batches, and takes more relations in chunks', async () => {
    const { transfer } = setup({ relations: RELATIONS, roster: ROSTER });
    const { value: task } = await transfer.startTask({ name: 'batches 1 and 3', plan: { mode: 'chosen', targets: ['A'] }, batches: [3, 1], startedAt: T0 - H });
    expect(task).toMatchObject({ count: 400, startedAt: T0 - H });
    const { value: full } = await transfer.getTask(task.id);
    expect(full.assignments[0]).toEqual({ buyerId: 'r0', from: 'R', to: 'A' });
    expect(full.assignments[300]).toEqual({ buyerId: 'r600', from: 'R', to: 'A' });
    await expect(transfer.startTask({ name: 'x', plan: { mode: 'chosen', targets: ['A'] }, batches: [4] })).rejects.toMatchObject({ code: 'invalid-request', details: ['batch 4 (the plan has 3)'] });

    const { value: more } = await transfer.addAssignments(task.id, [{ buyerId: 'late', from: null, to: 'B' }]);
    expect(more.count).toBe(401);
  });

  it('refuses a recheck before completion and a completion before the start, changing nothing', async () => {
    const { transfer } = setup();
    const { value: task } = await transfer.startTask({ name: 't', assignments: [] });
    await expect(transfer.updateTask({ id: task.id, recheckedAt: T0 })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(transfer.updateTask({ id: task.id, completedAt: T0 - 1 })).rejects.toMatchObject({ code: 'invalid-request' });
    expect((await transfer.getTask(task.id)).value).not.toHaveProperty('completedAt');
    // A completion marked by mistake can be taken back.
    await transfer.updateTask({ id: task.id, completedAt: T0 });
    expect((await transfer.updateTask({ id: task.id, completedAt: null })).value.status).toBe('in-progress');
  });

  it('deletes a task, keeping a tombstone without its relations', async () => {
    const { transfer, store } = setup();
    const { value: task } = await transfer.startTask({ name: 't', assignments: [{ buyerId: 'b', from: null, to: 'A' }] });
    await transfer.deleteTask(task.id);
    expect((await transfer.listTasks()).value.tasks).toEqual([]);
    expect(await store.get(task.id)).toMatchObject({ deleted: true, count: 0 });
    await expect(transfer.getTask(task.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reconciles a task with the current relation set', async () => {
    const { transfer, state } = setup({ relations: RELATIONS, roster: ROSTER });
    const { value: task } = await transfer.startTask({ name: 't', assignments: [{ buyerId: 'r1', from: 'R', to: 'A' }, { buyerId: 'r2', from: 'R', to: 'B' }] });
    state.data = { relations: [{ buyerId: 'r1', accountId: 'A' }, { buyerId: 'r2', accountId: 'R' }], roster: ROSTER };
    const { value } = await transfer.reconcileTask(task.id);
    expect(value.moved).toEqual([{ buyerId: 'r1', to: 'A' }]);
    expect(value.stillAbnormal).toEqual([{ buyerId: 'r2', to: 'B', accountId: 'R', moved: false, reasons: ['account-inactive'] }]);
  });

  it('audits the dedicated accounts of the roster, with the checklist', async () => {
    const { transfer } = setup({ relations: [], roster: ROSTER });
    const { value } = await transfer.audit();
    expect(value.accounts.map((a) => a.accountId)).toEqual(['A', 'B', 'R', 'W']);
    expect(value.accounts[3]!.extra.map((x) => x.term.id)).toEqual(['product-edit']);
    expect(value.checklist.map((c) => c.id)).toContain('set-sending-limits');
  });
});

describe('transfer requests', () => {
  function serve() {
    const s = setup({ relations: RELATIONS, roster: ROSTER });
    const requests = createRequests({ transfer: s.transfer } as never);
    const handle = createRequestHandler(requests, { lang: 'en' });
    const ask = <T>(body: object, sender: 'console' | 'options' = 'console') => handle({ channel: MESSAGE_CHANNEL, body }, sender) as Promise<Reply<T>>;
    return { ...s, ask };
  }

  it('answers from a console page (the back office) as well as from options', async () => {
    const { ask } = serve();
    const started = await ask<TaskSummary>({ kind: 'startTransferTask', name: 'n', assignments: [{ buyerId: 'b', from: 'R', to: 'A' }], startedAt: T0 - 9 * H });
    expect(started).toMatchObject({ ok: true, value: { status: 'slow' } });
    expect(await ask({ kind: 'getTransferTasks' }, 'options')).toMatchObject({ ok: true, value: { attention: 1 } });
    expect(await ask({ kind: 'planTransfer', mode: 'even' })).toMatchObject({ ok: true, value: { considered: 700 } });
    expect(await ask({ kind: 'getPermissionsAudit' })).toMatchObject({ ok: true });
  });

  it('refuses malformed requests and says what is wrong', async () => {
    const { ask } = serve();
    expect(await ask({ kind: 'planTransfer', mode: 'chosen' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask({ kind: 'planTransfer', mode: 'even', batchSize: 301 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask({ kind: 'startTransferTask', name: '', assignments: [] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask({ kind: 'startTransferTask', name: 'n' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const tooMany = Array.from({ length: 5001 }, (_, i) => ({ buyerId: `b${i}`, from: null, to: 'A' }));
    expect(await ask({ kind: 'startTransferTask', name: 'n', assignments: tooMany })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
