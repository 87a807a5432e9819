import { describe, expect, it } from 'vitest';
import type { TableRead, TurnOutcome } from './frame-channel';
import type { ScanProgress, ScannedRow } from './host';
import { readTablePages, type TablePageAccess } from './read-table-pages';

/** A fake table of `pages` pages of 2 rows each; `stuckAt`: turning from that page fails. */
function fakeTable(pages: number, options: { stuckAt?: number; showsPage?: boolean } = {}) {
  let current = 1;
  const turns: number[] = [];
  const page: TablePageAccess = {
    async read(): Promise<TableRead> {
      const rows = [{ buyerId: `b${current}a` }, { buyerId: `b${current}b` }];
      return { kind: 'rows', page: options.showsPage === false ? null : current, pages, hasNext: current < pages, rows };
    },
    async turn(_table, to): Promise<TurnOutcome> {
      turns.push(to);
      if (to !== current && current === options.stuckAt) return { kind: 'failed', problem: { kind: 'stuck', page: current } };
      if (to > pages) return { kind: 'failed', problem: { kind: 'no-page', page: to } };
      current = to;
      return { kind: 'turned', page: to };
    },
  };
  return { page, turns, goTo: (n: number) => (current = n) };
}

function collect() {
  const got: { page: number; rows: ScannedRow[] }[] = [];
  const progress: ScanProgress[] = [];
  return {
    got,
    progress,
    onRows: async (rows: ScannedRow[], page: number) => void got.push({ page, rows }),
    onProgress: (p: ScanProgress) => void progress.push(p),
  };
}

describe('readTablePages', () => {
  it('reads every page in order, with progress, and says when it is done', async () => {
    const { page } = fakeTable(3);
    const c = collect();
    const outcome = await readTablePages(page, 'zh', 'relations', { ...c, signal: new AbortController().signal });
    expect(outcome).toEqual({ kind: 'done', pages: 3, rows: 6 });
    expect(c.got.map((g) => g.page)).toEqual([1, 2, 3]);
    expect(c.got[2]!.rows[0]).toEqual({ buyerId: 'b3a' });
    expect(c.progress.map((p) => [p.page, p.pages, p.rows])).toEqual([[1, 3, 2], [2, 3, 4], [3, 3, 6]]);
  });

  it('starts on page 1 even when the table shows another page', async () => {
    const t = fakeTable(3);
    t.goTo(2);
    const c = collect();
    await readTablePages(t.page, 'zh', 'relations', { ...c, signal: new AbortController().signal });
    expect(c.got.map((g) => g.page)).toEqual([1, 2, 3]);
  });

  it('stops between pages when cancelled, and resumes on the next page', async () => {
    const t = fakeTable(4);
    const abort = new AbortController();
    const c = collect();
    const cancelled = await readTablePages(t.page, 'zh', 'relations', {
      ...c,
      onRows: async (rows, n) => {
        await c.onRows(rows, n);
        if (n === 2) abort.abort();
      },
      signal: abort.signal,
    });
    expect(cancelled).toEqual({ kind: 'cancelled', resumeAt: { table: 'relations', pagesDone: 2 } });
    expect(c.got.map((g) => g.page)).toEqual([1, 2]);

    t.goTo(1); // the page was reloaded meanwhile
    const d = collect();
    const done = await readTablePages(t.page, 'zh', 'relations', { ...d, resumeAt: cancelled.kind === 'cancelled' ? cancelled.resumeAt : undefined, signal: new AbortController().signal });
    expect(done).toEqual({ kind: 'done', pages: 4, rows: 4 });
    expect(d.got.map((g) => g.page)).toEqual([3, 4]);
  });

  it('ignores a cursor of the other table', async () => {
    const c = collect();
    await readTablePages(fakeTable(2).page, 'zh', 'relations', { ...c, resumeAt: { table: 'staff', pagesDone: 1 }, signal: new AbortController().signal });
    expect(c.got.map((g) => g.page)).toEqual([1, 2]);
  });

  it('fails with what and where, and where to resume, when the rows do not change', async () => {
    const c = collect();
    const outcome = await readTablePages(fakeTable(3, { stuckAt: 2 }).page, 'en', 'relations', { ...c, signal: new AbortController().signal });
    expect(outcome).toMatchObject({ kind: 'failed', resumeAt: { table: 'relations', pagesDone: 2 } });
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/page 3.*page 2.*did not change/);
  });

  it('fails before the first page without a cursor, naming the missing columns', async () => {
    const page: TablePageAccess = {
      read: async () => ({ kind: 'failed', problem: { kind: 'missing-columns', fields: ['buyerId'], headers: ['昵称', '<b>x</b>'] } }),
      turn: async (_t, to) => ({ kind: 'turned', page: to }),
    };
    const outcome = await readTablePages(page, 'zh', 'relations', { ...collect(), signal: new AbortController().signal });
    expect(outcome).toEqual({ kind: 'failed', resumeAt: null, problem: 'missing-columns', message: '读取第 1 页时：全店客户管理的表头里没有这些列：买家ID。页面上的表头是：昵称、<b>x</b>。' });
  });

  it('says so when the page shown is not the one due', async () => {
    const t = fakeTable(3);
    const page: TablePageAccess = { ...t.page, turn: async (_t, to) => ({ kind: 'turned', page: to }) }; // claims to turn, does not
    const outcome = await readTablePages(page, 'en', 'relations', { ...collect(), signal: new AbortController().signal });
    expect(outcome).toMatchObject({ kind: 'failed', resumeAt: { pagesDone: 1 } });
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/Page 2 was due but the page shows page 1/);
  });

  it('reads a table without page numbers until 下一页 stops working', async () => {
    const c = collect();
    const outcome = await readTablePages(fakeTable(2, { showsPage: false }).page, 'zh', 'staff', { ...c, signal: new AbortController().signal });
    expect(outcome).toEqual({ kind: 'done', pages: 2, rows: 4 });
  });
});
