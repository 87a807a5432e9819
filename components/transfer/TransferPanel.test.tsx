// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, byRole, check, click, fakeClient, flush } from '../../test/helpers/manager';
import { createStatus } from '../sidebar/status';
import type { TransferPlan, TransferTask } from './transfer-api';
import { TransferPanel } from './TransferPanel';

const ROSTER = [
  { id: 'cs1', name: '小美', status: 'active', dedicated: true, inRouting: true, main: false },
  { id: 'cs2', name: '小丽', status: 'active', dedicated: true, inRouting: true, main: false },
  { id: 'cs3', name: '阿强', status: 'resigned', dedicated: true, inRouting: false, main: false },
  { id: 'shop', name: '店主', status: 'active', dedicated: false, inRouting: true, main: true },
];
const PLAN: TransferPlan = {
  assignments: Array.from({ length: 450 }, (_, i) => ({ buyerId: `b${i}`, from: 'cs3', to: i % 2 ? 'cs2' : 'cs1' })),
  batches: [
    { to: 'cs1', buyerIds: Array.from({ length: 225 }, (_, i) => `b${i * 2}`) },
    { to: 'cs2', buyerIds: Array.from({ length: 225 }, (_, i) => `b${i * 2 + 1}`) },
  ],
  rejected: [{ accountId: 'shop', reasons: ['not-dedicated', 'bound-to-main'] }],
};
const HOUR = 3_600_000;
const NOW = 1_764_000_000_000;
const task = (id: string, name: string, extra: Partial<TransferTask>): TransferTask => ({ id, name, startedAt: NOW - 2 * HOUR, count: 3, status: 'in-progress', ...extra });

describe('TransferPanel', () => {
  let root: HTMLElement;
  let fake: ReturnType<typeof fakeClient>;
  let status: ReturnType<typeof createStatus>;
  let tasks: TransferTask[];

  beforeEach(async () => {
    tasks = [task('t1', '双十一前转移', { status: 'slow', startedAt: NOW - 9 * HOUR }), task('t2', '上周转移', { status: 'recheck-due', startedAt: NOW - 80 * HOUR, completedAt: NOW - 30 * HOUR })];
    fake = fakeClient({
      getRoster: () => ROSTER,
      getTransferTasks: () => ({ tasks, attention: tasks.filter((t) => ['slow', 'timed-out', 'recheck-due'].includes(t.status)).length }),
      planTransfer: () => PLAN,
      startTransferTask: (req) => {
        tasks = [...tasks, task('t3', req.name as string, { startedAt: NOW })];
        return tasks.at(-1);
      },
      updateTransferTask: () => ({}),
      deleteTransferTask: () => ({}),
      reconcileTransferTask: () => ({ moved: 2, stillAbnormal: [{ buyerId: 'b7', to: 'cs3', reasons: ['account-inactive'] }], notMoved: 0 }),
      getPermissionsAudit: () => ({
        accounts: [{ accountId: 'cs1', name: '小美', extra: [{ right: '修改价格' }], missing: [{ name: { zh: '发送限制', en: 'sending limits' } }], advice: ['remove-extra-rights'] }],
        advice: { 'remove-extra-rights': { zh: '去掉修改价格权限', en: 'Remove the price right' } },
      }),
    });
    status = createStatus();
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<TransferPanel lang="zh" client={fake.client} reporter={status} now={() => NOW} />, root);
    });
    await flush();
  });
  afterEach(() => {
    render(null, root);
    document.body.innerHTML = '';
  });

  const targets = () => Array.from(root.querySelectorAll('.tr-targets li')) as HTMLElement[];
  const radio = (label: string) => Array.from(root.querySelectorAll('.tr-modes label')).find((l) => l.textContent === label)!.querySelector('input')!;

  it('lists every account as a target; an invalid one is refused with its reasons and cannot be picked', async () => {
    await click(radio('分配给指定专属客服'));
    expect(targets().map((li) => li.textContent)).toEqual([
      '小美',
      '小丽',
      '阿强不能作为目标：客服已离职/停用/冻结、客服不进分流',
      '店主不能作为目标：不是专属客服、绑定在主账号',
    ]);
    const boxes = targets().map((li) => li.querySelector('input') as HTMLInputElement);
    expect(boxes.map((b) => b.disabled)).toEqual([false, false, true, true]);
  });

  it('asks for the chosen targets, then shows the plan: counts, refused targets, batches', async () => {
    await click(radio('分配给指定专属客服'));
    await click(button(root, '生成方案'));
    expect(byRole(root, 'alert').map((a) => a.textContent)).toContain('请至少选择一位有效的专属客服。');
    expect(fake.kinds()).not.toContain('planTransfer');
    await check(targets()[0]!.querySelector('input')!);
    await check(targets()[1]!.querySelector('input')!);
    await click(button(root, '生成方案'));
    expect(fake.requests.find((r) => r.kind === 'planTransfer')).toEqual({ kind: 'planTransfer', mode: 'chosen', targets: ['cs1', 'cs2'], batchSize: 300, includeNormal: false });
    expect(root.querySelector('.tr-summary')!.textContent).toBe('将转移 450 条关系，分 2 批（每批不超过 300 条）。');
    expect(root.querySelector('.tr-rejected')!.textContent).toContain('店主：不是专属客服、绑定在主账号');
    expect(Array.from(root.querySelectorAll('.tr-batches li')).map((li) => li.textContent)).toEqual(['第 1 批 → 小美：225 条', '第 2 批 → 小丽：225 条']);
  });

  it('sends target loads in capacity mode', async () => {
    await click(radio('按目标负载分配'));
    const load = root.querySelector('input[aria-label="小美 的目标负载"]') as HTMLInputElement;
    await act(() => {
      load.value = '500';
      load.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(root, '生成方案'));
    expect(fake.requests.find((r) => r.kind === 'planTransfer')).toMatchObject({ mode: 'capacity', capacity: { cs1: 500 } });
  });

  it('starts a task only after the checklist, with the plan’s assignments', async () => {
    await click(button(root, '生成方案'));
    const start = button(root, '已在后台提交，开始跟进');
    expect(start.disabled).toBe(true);
    for (const box of Array.from(root.querySelectorAll('.tr-checklist input')) as HTMLInputElement[]) await check(box);
    expect(start.disabled).toBe(false);
    await click(start);
    const sent = fake.requests.find((r) => r.kind === 'startTransferTask')!;
    expect((sent.assignments as unknown[]).length).toBe(450);
    expect(status.current.value?.text).toContain('通常 4–8 小时完成');
  });

  it('exports the plan as CSV with one row per relation and its batch', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    await click(button(root, '生成方案'));
    await click(button(root, '导出 CSV'));
    // papaparse loads on first use.
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toBe('批次,买家ID,买家昵称,原客服ID,原客服,目标客服ID,目标客服');
    expect(lines[1]).toBe('1,b0,,cs3,阿强,cs1,小美');
    expect(lines).toHaveLength(451);
    await vi.waitFor(() => expect(status.current.value?.text).toMatch(/^已导出：关系转移方案-.*\.csv$/));
  });

  it('shows tasks with their status, the outbound note, and moves them on', async () => {
    const list = root.querySelector('ul[aria-label="转移任务列表"]')!;
    expect(Array.from(list.querySelectorAll('.task-status')).map((b) => b.textContent)).toEqual(['较慢', '需复查']);
    expect(root.querySelector('.tr-note')!.textContent).toContain('转移中的关系无法通过批量下行消息触达');
    await click(button(root, '标记为已完成'));
    expect(fake.requests.find((r) => r.kind === 'updateTransferTask')).toEqual({ kind: 'updateTransferTask', id: 't1', completedAt: NOW });
    await click(button(root, '标记为已复查'));
    expect(fake.requests.filter((r) => r.kind === 'updateTransferTask')[1]).toEqual({ kind: 'updateTransferTask', id: 't2', recheckedAt: NOW });
  });

  it('says at the top how many tasks need attention, and the line goes once none does', async () => {
    expect(root.querySelector('.tr-attention')!.textContent).toContain('2 个转移任务需要处理');
    tasks = tasks.map((t) => ({ ...t, status: 'done' as const }));
    await click(button(root, '标记为已完成')); // any action reloads the tasks
    expect(root.querySelector('.tr-attention')).toBeNull();
  });

  it('reconciles a task against the latest data: moved, still abnormal with reasons, not moved', async () => {
    await click(button(root.querySelector('li[aria-label="上周转移"]')!, '对账'));
    const result = root.querySelector('.tr-reconcile')!;
    expect(result.textContent).toContain('已转移 2 条，仍异常 1 条，未转移 0 条。');
    expect(result.textContent).toContain('b7 → 阿强：客服已离职/停用/冻结');
  });

  it('audits the dedicated accounts’ rights and setup', async () => {
    await click(button(root, '检查权限'));
    const audit = root.querySelector('ul[aria-label="权限检查结果"]')!;
    expect(audit.textContent).toContain('小美');
    expect(audit.textContent).toContain('多余权限：修改价格');
    expect(audit.textContent).toContain('缺少设置：发送限制');
    expect(audit.textContent).toContain('去掉修改价格权限');
  });
});
