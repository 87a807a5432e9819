// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, byRole, click, fakeClient, flush, typeInto } from '../../test/helpers/manager';
import type { BackOfficeHost, RowMark, ScannedRow } from '../sidebar/host';
import { createStatus } from '../sidebar/status';
import type { RelationReport, ReportRow } from './relations-api';
import { parseTableFile } from './parse-table-file';
import { RelationsPanel } from './RelationsPanel';

const ROSTER = [
  { id: 'cs1', name: '小美', status: 'active', dedicated: true, inRouting: true, main: false },
  { id: 'cs2', name: '阿强', status: 'resigned', dedicated: true, inRouting: true, main: false },
  { id: 'shop', name: '店主', status: 'active', dedicated: false, inRouting: true, main: true },
];

function reportOf(rows: ReportRow[]): RelationReport {
  const byReason: Record<string, number> = {};
  for (const r of rows) for (const c of r.reasons) byReason[c] = (byReason[c] ?? 0) + 1;
  const ids = [...new Set(rows.map((r) => r.accountId).filter((x): x is string => x !== null))];
  return {
    setId: 'set1',
    source: 'scan',
    label: '测试',
    finishedAt: 1_764_000_000_000,
    total: rows.length,
    summary: {
      byReason,
      abnormal: rows.filter((r) => r.reasons.length > 0).length,
      byAccount: ids.map((id) => ({
        accountId: id,
        name: ROSTER.find((a) => a.id === id)?.name ?? id,
        total: rows.filter((r) => r.accountId === id).length,
        abnormal: rows.filter((r) => r.accountId === id && r.reasons.length > 0).length,
        byReason: {},
      })),
    },
    rows,
  };
}

const ROWS: ReportRow[] = [
  { buyerId: 'b1', buyerName: '张三', accountId: 'cs1', reasons: [] },
  { buyerId: 'b2', buyerName: '李四', accountId: 'cs2', reasons: ['account-inactive'] },
  { buyerId: 'b3', buyerName: '王五', accountId: 'shop', reasons: ['not-dedicated', 'bound-to-main'] },
  { buyerId: 'b4', accountId: null, reasons: ['no-dedicated-cs'] },
];

/** A relation page of `pages` pages of two rows each, with a scan that can be cancelled after a page. */
function fakeBackOffice(pages: number, cancelAfter?: number) {
  const marks: RowMark[][] = [];
  const scans: { resumeAt?: unknown }[] = [];
  const backOffice: BackOfficeHost = {
    table: 'relations',
    async scan({ resumeAt, onRows, onProgress, signal }) {
      scans.push({ resumeAt });
      let rows = 0;
      for (let page = (resumeAt?.pagesDone ?? 0) + 1; page <= pages; page++) {
        if (signal.aborted) return { kind: 'cancelled', resumeAt: { table: 'relations', pagesDone: page - 1 } };
        const read: ScannedRow[] = [
          { buyerId: `p${page}a`, account: '小美' },
          { buyerId: `p${page}b`, account: '阿强' },
        ];
        await onRows(read, page);
        rows += read.length;
        onProgress({ table: 'relations', page, pages, rows });
        if (page === cancelAfter) return { kind: 'cancelled', resumeAt: { table: 'relations', pagesDone: page } };
      }
      return { kind: 'done', pages, rows };
    },
    markRows: (m) => marks.push(m),
  };
  return { backOffice, marks, scans };
}

function setup(opts: { report?: RelationReport | null; backOffice?: BackOfficeHost; open?: unknown; mapping?: Record<string, string> | null } = {}) {
  let report = opts.report === undefined ? reportOf(ROWS) : opts.report;
  let open: unknown = opts.open ?? null;
  const added: unknown[] = [];
  const fake = fakeClient({
    getRelationReport: () => report,
    getRoster: () => ROSTER,
    getOpenRelationSet: () => open,
    beginRelationSet: () => ({ setId: 'new' }),
    addRelations: (req) => {
      added.push(req);
      return { count: added.length };
    },
    finishRelationSet: () => {
      report = reportOf([...ROWS, { buyerId: 'p1b', accountId: 'cs2', reasons: ['account-inactive'] }]);
      open = null;
      return { total: new Set(added.flatMap((a) => (a as { relations: { buyerId: string }[] }).relations.map((r) => r.buyerId))).size };
    },
    getTableMapping: () => ({ saved: opts.mapping ?? null, mapping: {}, missing: [] }),
    saveTableMapping: () => ({}),
    saveRoster: (req) => ({ count: (req.accounts as unknown[]).length }),
  });
  const status = createStatus();
  const root = document.createElement('div');
  document.body.append(root);
  return { fake, status, root, added, setOpen: (v: unknown) => (open = v) };
}

async function mount(ctx: ReturnType<typeof setup>, props: Partial<Parameters<typeof RelationsPanel>[0]> = {}) {
  await act(async () => {
    render(<RelationsPanel lang="zh" client={ctx.fake.client} reporter={ctx.status} {...props} />, ctx.root);
  });
  await flush();
  await flush();
}

const grid = (root: HTMLElement) => byRole(root, 'grid')[0]!;
const gridBuyers = (root: HTMLElement) => byRole(grid(root), 'row').slice(1).map((r) => r.querySelector('.rel-buyer')!.textContent);

describe('RelationsPanel', () => {
  let ctx: ReturnType<typeof setup>;
  afterEach(() => {
    render(null, ctx.root);
    document.body.innerHTML = '';
  });

  it('sums up the set: totals, each reason with its count and fix, each account', async () => {
    ctx = setup();
    await mount(ctx);
    expect(ctx.root.querySelector('.rel-totals')!.textContent).toBe('共 4 条关系，异常 3 条');
    const reasons = Array.from(ctx.root.querySelectorAll('.rel-reason')).map((li) => [li.querySelector('span')!.textContent, li.querySelector('.rel-count')!.textContent]);
    expect(reasons).toEqual([
      ['客服已离职/停用/冻结', '1'],
      ['不是专属客服', '1'],
      ['没有绑定专属客服', '1'],
      ['绑定在主账号', '1'],
    ]);
    expect(ctx.root.querySelector('.reason-bound-to-main .rel-fix')!.textContent).toContain('转移给专属子账号');
    const accounts = ctx.root.querySelector('table.rel-accounts')!;
    expect(Array.from(accounts.querySelectorAll('tbody tr')).map((tr) => tr.textContent)).toEqual(['阿强11', '店主11', '小美10']);
  });

  it('lists abnormal relations with every reason, and filters by reason, account and text', async () => {
    ctx = setup();
    await mount(ctx);
    expect(grid(ctx.root).getAttribute('aria-rowcount')).toBe('4');
    expect(gridBuyers(ctx.root)).toEqual(['李四', '王五', 'b4']);
    const wang = byRole(grid(ctx.root), 'row')[2]!;
    expect(Array.from(wang.querySelectorAll('.badge')).map((b) => b.textContent)).toEqual(['不是专属客服', '绑定在主账号']);

    await click(button(ctx.root, '只看：绑定在主账号'));
    expect(gridBuyers(ctx.root)).toEqual(['王五']);

    const [reason, account] = Array.from(ctx.root.querySelectorAll('.rel-filters select')) as HTMLSelectElement[];
    await act(() => {
      reason!.value = 'all';
      reason!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(gridBuyers(ctx.root)).toEqual(['张三', '李四', '王五', 'b4']);
    await act(() => {
      account!.value = 'cs1';
      account!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(gridBuyers(ctx.root)).toEqual(['张三']);
    await act(() => {
      account!.value = '';
      account!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await typeInto(ctx.root.querySelector('input[type="search"]') as HTMLInputElement, '李');
    expect(gridBuyers(ctx.root)).toEqual(['李四']);
  });

  it('says how to get data when there is none', async () => {
    ctx = setup({ report: null });
    await mount(ctx);
    expect(ctx.root.querySelector('.empty')!.textContent).toContain('还没有关系数据');
    expect(byRole(ctx.root, 'grid')).toHaveLength(0);
  });

  it('scans every page into a scan set with the page cursor, finishes it and marks the abnormal rows', async () => {
    ctx = setup();
    const page = fakeBackOffice(3);
    await mount(ctx, { backOffice: page.backOffice });
    // On open, the current set's abnormal rows are marked on the page.
    expect(page.marks.at(-1)!.map((m) => m.buyerId)).toEqual(['b2', 'b3', 'b4']);
    await click(button(ctx.root, '扫描客户关系表'));
    await flush();
    expect(ctx.fake.kinds()).toContain('beginRelationSet');
    expect(ctx.added).toEqual([
      { kind: 'addRelations', setId: 'new', relations: [{ buyerId: 'p1a', accountId: '小美' }, { buyerId: 'p1b', accountId: '阿强' }], cursor: { pagesDone: 1 } },
      { kind: 'addRelations', setId: 'new', relations: [{ buyerId: 'p2a', accountId: '小美' }, { buyerId: 'p2b', accountId: '阿强' }], cursor: { pagesDone: 2 } },
      { kind: 'addRelations', setId: 'new', relations: [{ buyerId: 'p3a', accountId: '小美' }, { buyerId: 'p3b', accountId: '阿强' }], cursor: { pagesDone: 3 } },
    ]);
    expect(ctx.fake.kinds()).toContain('finishRelationSet');
    expect(ctx.status.current.value?.text).toBe('扫描完成：3 页，6 行，其中异常 4 条，已在页面上标出。');
    expect(page.marks.at(-1)!).toContainEqual({ buyerId: 'p1b', reasons: ['account-inactive'] });
    const bar = ctx.root.querySelector('progress')!;
    expect([bar.getAttribute('aria-label'), bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['扫描进度', '3', '3']);
  });

  it('keeps a cancelled scan open and resumes it from the next page', async () => {
    ctx = setup();
    const page = fakeBackOffice(3, 1);
    await mount(ctx, { backOffice: page.backOffice });
    ctx.setOpen({ setId: 'new', count: 2, pagesDone: 1 });
    await click(button(ctx.root, '扫描客户关系表'));
    await flush();
    expect(ctx.fake.kinds()).not.toContain('finishRelationSet');
    expect(ctx.status.current.value?.text).toContain('扫描已暂停在第 1 页');
    await click(button(ctx.root, '从第 2 页继续扫描'));
    await flush();
    expect(page.scans.at(-1)!.resumeAt).toEqual({ table: 'relations', pagesDone: 1 });
    expect(ctx.fake.kinds().filter((k) => k === 'beginRelationSet')).toHaveLength(1);
    expect(ctx.added.map((a) => (a as { cursor: unknown }).cursor)).toEqual([{ pagesDone: 1 }, { pagesDone: 2 }, { pagesDone: 3 }]);
    expect(ctx.fake.kinds()).toContain('finishRelationSet');
    // The done line counts the whole set (the area's total), not only the rows read since the resume.
    expect(ctx.status.current.value?.text).toContain('扫描完成：3 页，6 行'); // 4 read since the resume
  });

  it('stops when storing a page fails, says why, and keeps the pages stored for a resume', async () => {
    ctx = setup();
    const page = fakeBackOffice(3);
    let calls = 0;
    const client = fakeClient({
      getRelationReport: () => reportOf(ROWS),
      getRoster: () => ROSTER,
      getOpenRelationSet: () => (calls > 0 ? { setId: 'new', count: 2, pagesDone: 1 } : null),
      beginRelationSet: () => ({ setId: 'new' }),
      addRelations: () => (++calls === 2 ? { ok: false, error: { code: 'storage-failed', message: '磁盘已满' } } : { count: 2 }),
    });
    ctx.fake = client;
    await mount(ctx, { backOffice: page.backOffice });
    await click(button(ctx.root, '扫描客户关系表'));
    await flush();
    expect(ctx.status.current.value).toEqual({ kind: 'alert', text: '扫描中断：磁盘已满' });
    expect(client.kinds()).not.toContain('finishRelationSet');
    expect(button(ctx.root, '从第 2 页继续扫描')).toBeTruthy();
  });

  it('says so when the scan itself breaks, frees the button and offers to go on from the pages stored', async () => {
    ctx = setup();
    const page = fakeBackOffice(3);
    const broken: BackOfficeHost = {
      ...page.backOffice,
      scan: (options) => page.backOffice.scan({ ...options, onRows: async (rows, at) => { if (at === 2) throw new Error('页面结构变了'); await options.onRows(rows, at); } }),
    };
    ctx.setOpen(null);
    await mount(ctx, { backOffice: broken });
    ctx.setOpen({ setId: 'new', count: 2, pagesDone: 1 });
    await click(button(ctx.root, '扫描客户关系表'));
    await flush();
    expect(ctx.status.current.value).toEqual({ kind: 'alert', text: '扫描中断：页面结构变了' });
    expect(() => button(ctx.root, '取消扫描'), 'no longer busy').toThrow();
    expect(button(ctx.root, '从第 2 页继续扫描')).toBeTruthy();
  });

  it('keeps the good rows of a page with bad cells, goes on to the next page, and says which rows were skipped and where', async () => {
    ctx = setup();
    const long = 'x'.repeat(260);
    const pages: ScannedRow[][] = [
      [
        { buyerId: 'p1a', account: '小美', boundAt: '2026-11-02 10:00' },
        { buyerId: 'p1b', account: '阿强', boundAt: '<img src=x onerror=alert(1)>' },
        { buyerId: '', account: '小美', boundAt: '' },
        { buyerId: 'p1d', account: long, boundAt: '' },
        { buyerId: 'p1e', boundAt: '' },
        { buyerId: '<img src=x onerror=alert(1)>', account: '小美', boundAt: '' },
      ],
      [{ buyerId: 'p2a', account: '小美', boundAt: '' }],
    ];
    const backOffice: BackOfficeHost = {
      table: 'relations',
      async scan({ onRows, onProgress }) {
        let rows = 0;
        for (const [i, read] of pages.entries()) {
          await onRows(read, i + 1);
          rows += read.length;
          onProgress({ table: 'relations', page: i + 1, pages: pages.length, rows });
        }
        return { kind: 'done', pages: pages.length, rows };
      },
      markRows: () => {},
    };
    await mount(ctx, { backOffice });
    await click(button(ctx.root, '扫描客户关系表'));
    await flush();
    // Page 1's two good rows are stored with it; page 2 is read and stored too.
    expect(ctx.added).toEqual([
      {
        kind: 'addRelations',
        setId: 'new',
        relations: [
          { buyerId: 'p1a', accountId: '小美', boundAt: new Date(2026, 10, 2, 10, 0).getTime() },
          { buyerId: '<img src=x onerror=alert(1)>', accountId: '小美' },
        ],
        cursor: { pagesDone: 1 },
      },
      { kind: 'addRelations', setId: 'new', relations: [{ buyerId: 'p2a', accountId: '小美' }], cursor: { pagesDone: 2 } },
    ]);
    expect(ctx.fake.kinds()).toContain('finishRelationSet');
    // Each skipped row by page, row, column and value (bounded), in the card's list.
    const list = Array.from(ctx.root.querySelectorAll('.rel-scan .rel-problems li')).map((li) => li.textContent);
    expect(list).toEqual([
      '第 1 页第 2 行“绑定时间”：“<img src=x onerror=alert(1)>”不是日期时间，应写成 2026-11-30 10:00、2026/11/30 或时间戳。',
      '第 1 页第 3 行“买家ID”：不能为空。',
      `第 1 页第 4 行“专属客服”：太长（最多 200 个字）：“${'x'.repeat(40)}…”。`,
      '第 1 页第 5 行“专属客服”：这一行缺少这一列的单元格。',
    ]);
    expect(ctx.root.querySelectorAll('.rel-scan img')).toHaveLength(0);
    // The outcome says how many rows were read, stored and skipped (7 = 3 + 4), and where, in the status.
    const said = ctx.status.current.value!;
    expect(said.kind).toBe('status');
    expect(said.text).toMatch(/^扫描完成：2 页，读到 7 行，保存 3 行，跳过 4 行。/);
    expect(said.text).toContain('跳过的行：第 1 页第 2 行“绑定时间”');
  });

  it('on the staff page, scans the staff table into the roster', async () => {
    ctx = setup();
    const backOffice: BackOfficeHost = {
      table: 'staff',
      async scan({ onRows, onProgress }) {
        await onRows([{ id: 'cs9', name: '新人', status: '在职', dedicated: '是', inRouting: '是', main: '否' }, { id: 'cs8', name: '', status: '离职', dedicated: '是', inRouting: '否', main: '' }], 1);
        onProgress({ table: 'staff', page: 1, pages: 1, rows: 2 });
        return { kind: 'done', pages: 1, rows: 2 };
      },
      markRows: () => {},
    };
    await mount(ctx, { backOffice });
    await click(button(ctx.root, '扫描员工表'));
    await flush();
    const saved = ctx.fake.requests.find((r) => r.kind === 'saveRoster')!;
    expect(saved.mode).toBe('replace');
    expect((saved.accounts as { id: string; status: string }[]).map((a) => [a.id, a.status])).toEqual([
      ['cs9', 'active'],
      ['cs8', 'resigned'],
    ]);
    expect(ctx.fake.kinds()).not.toContain('beginRelationSet');
    expect(ctx.status.current.value?.text).toBe('员工表扫描完成：2 个子账号已保存为名单。');
  });

  it('maps unrecognised columns in the preview, keeps the mapping, and imports', async () => {
    ctx = setup();
    const parse = vi.fn(async () => ({ headers: ['顾客编号', '负责人', '备注'], rows: [['b9', '小美', 'x'], ['b10', '阿强', '']] }));
    await mount(ctx, { parse });
    await chooseFile(ctx.root, 'export.csv');
    const preview = byRole(ctx.root, 'group').find((g) => g.getAttribute('aria-label') === '导入预览')!;
    expect(preview.textContent).toContain('还需要选择：买家ID、专属客服');
    expect(button(ctx.root, '导入 2 行').disabled).toBe(true);
    await pick(preview, '买家ID *', '顾客编号');
    await pick(preview, '专属客服 *', '负责人');
    expect(Array.from(preview.querySelectorAll('tbody tr')).map((tr) => tr.textContent)).toEqual(['b9小美', 'b10阿强']);
    await click(button(ctx.root, '导入 2 行'));
    await flush();
    expect(ctx.fake.requests.find((r) => r.kind === 'saveTableMapping')).toEqual({ kind: 'saveTableMapping', table: 'relations', mapping: { buyerId: '顾客编号', account: '负责人' } });
    expect(ctx.added).toEqual([{ kind: 'addRelations', setId: 'new', relations: [{ buyerId: 'b9', accountId: '小美' }, { buyerId: 'b10', accountId: '阿强' }] }]);
    expect(ctx.status.current.value?.text).toContain('已导入 2 条关系');
  });

  it('uses the mapping kept from last time for the same headers', async () => {
    ctx = setup({ mapping: { buyerId: '顾客编号', account: '负责人' } });
    await mount(ctx, { parse: async () => ({ headers: ['顾客编号', '负责人'], rows: [['b9', '小美']] }) });
    await chooseFile(ctx.root, 'export.csv');
    expect(ctx.root.textContent).toContain('已使用上次保存的表头对应。');
    expect(button(ctx.root, '导入 1 行').disabled).toBe(false);
  });

  it('refuses a malformed file with its row and field, and stores nothing', async () => {
    ctx = setup();
    await mount(ctx, { parse: async () => ({ headers: ['买家ID', '专属客服', '绑定时间'], rows: [['b1', '小美', '2026-11-02'], ['', '小美', ''], ['b3', '阿强', '昨天']] }) });
    await chooseFile(ctx.root, 'bad.csv');
    await click(button(ctx.root, '导入 3 行'));
    await flush();
    const alert = byRole(ctx.root, 'alert').find((a) => a.classList.contains('rel-problems'))!;
    expect(alert.textContent).toContain('文件有 2 处错误，没有导入任何数据');
    expect(Array.from(alert.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['第 2 行“买家ID”：不能为空。', '第 3 行“绑定时间”：“昨天”不是日期时间，应写成 2026-11-30 10:00、2026/11/30 或时间戳。']);
    expect(ctx.fake.kinds()).not.toContain('beginRelationSet');
    expect(ctx.added).toEqual([]);
  });

  it('names a bad cell of a file by the row the file shows it on and by the file\'s own column header, and stores nothing', async () => {
    ctx = setup();
    // Line 1 is the header, line 4 is blank: the bad cells are on lines 3 and 5 of the file.
    const csv = '客户账号,绑定客服,关系建立时间\nb1,小美,2026-11-02\n,小美,\n\nb3,阿强,昨天\n';
    const parsed = await parseTableFile(new TextEncoder().encode(csv), 'export.csv');
    await mount(ctx, { parse: async () => parsed });
    await chooseFile(ctx.root, 'export.csv');
    await click(button(ctx.root, '导入 3 行'));
    await flush();
    const alert = byRole(ctx.root, 'alert').find((a) => a.classList.contains('rel-problems'))!;
    expect(alert.textContent).toContain('文件有 2 处错误，没有导入任何数据');
    expect(Array.from(alert.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      '第 3 行“客户账号”：不能为空。',
      '第 5 行“关系建立时间”：“昨天”不是日期时间，应写成 2026-11-30 10:00、2026/11/30 或时间戳。',
    ]);
    expect(ctx.fake.kinds()).not.toContain('beginRelationSet');
    expect(ctx.added).toEqual([]);
  });

  it('says when a file cannot be read', async () => {
    ctx = setup();
    await mount(ctx, {
      parse: async () => {
        throw new Error('不是表格文件');
      },
    });
    await chooseFile(ctx.root, 'photo.xlsx');
    expect(ctx.status.current.value).toEqual({ kind: 'alert', text: 'photo.xlsx 无法读取：不是表格文件' });
  });
});

async function chooseFile(root: HTMLElement, name: string) {
  const input = root.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File(['x'], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
  await flush();
}

async function pick(scope: HTMLElement, label: string, value: string) {
  const field = Array.from(scope.querySelectorAll('label')).find((l) => l.querySelector('span')?.textContent === label)!;
  const select = field.querySelector('select')!;
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
