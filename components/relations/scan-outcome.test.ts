import { describe, expect, it } from 'vitest';
import { relationScanDone, staffScanDone } from './scan-outcome';
import { rowsToRelations } from './table-import';

const problem = (n: number) => ({ row: n, field: '绑定时间', message: `第 1 页第 ${n} 行“绑定时间”：“明天”不是日期时间。` });

describe('what a finished scan says', () => {
  it('says the line it always said when every row was good', () => {
    const scan = { pages: 3, read: 57, kept: 57, skipped: 0, problems: [] };
    expect(relationScanDone('zh', scan, { total: 57, abnormal: 17 })).toBe('扫描完成：3 页，57 行，其中异常 17 条，已在页面上标出。');
    expect(relationScanDone('en', scan, { total: 57, abnormal: 17 })).toBe('Scan done: 3 pages, 57 rows, 17 abnormal, marked on the page.');
    expect(staffScanDone('zh', { ...scan, read: 14, kept: 14 }, 14)).toBe('员工表扫描完成：14 个子账号已保存为名单。');
  });

  it('with skipped rows: read = stored + skipped, and where the first ones are', () => {
    const scan = { pages: 3, read: 58, kept: 57, skipped: 1, problems: [problem(3)] };
    expect(relationScanDone('zh', scan, { total: 57, abnormal: 17 })).toBe(
      '扫描完成：3 页，读到 58 行，保存 57 行，跳过 1 行。关系共 57 条，其中异常 17 条，已在页面上标出。跳过的行：第 1 页第 3 行“绑定时间”：“明天”不是日期时间。',
    );
    expect(relationScanDone('en', { ...scan, problems: [{ row: 3, message: 'Page 1, row 3, "Bound at": "明天" is not a date.' }] }, { total: 57, abnormal: 17 })).toBe(
      'Scan done: 3 pages, 58 rows read, 57 stored, 1 skipped. 57 relations, 17 abnormal, marked on the page. Skipped: Page 1, row 3, "Bound at": "明天" is not a date.',
    );
  });

  it('names the first skipped row in the status line and says where the rest are listed', () => {
    const scan = { pages: 1, read: 20, kept: 15, skipped: 5, problems: [1, 2, 3, 4, 5].map(problem) };
    const said = relationScanDone('zh', scan, { total: 15, abnormal: 0 });
    expect(said).toContain('跳过的行：第 1 页第 1 行');
    expect(said).not.toContain('第 1 页第 2 行');
    expect(said.endsWith('另有 4 处，都列在“读取本页表格”下。')).toBe(true);
    expect(staffScanDone('en', scan, 15)).toBe(
      `Staff table scanned: 20 rows read, 15 stored, 5 skipped; the roster has 15 sub-accounts. Skipped: ${problem(1).message} And 4 more, all listed under “Read this page's table”.`,
    );
  });

  it('the counts come out of the row check honestly: every row is kept or skipped', () => {
    // As the reader gives them: every cell the row has (b4 has no bound-account cell).
    const rows: Record<string, string>[] = [
      { buyerId: 'b1', account: 'x', boundAt: '' },
      { buyerId: '', account: 'x', boundAt: '' },
      { buyerId: 'b3', account: 'x', boundAt: '??' },
      { buyerId: 'b4', boundAt: '' },
      { buyerId: 'b5', account: '', boundAt: '' },
    ];
    const read = rowsToRelations(rows, { page: 2, keepGoodRows: true, lang: 'en' });
    expect(read.read.map((r) => r.buyerId)).toEqual(['b1', 'b5']);
    expect(read.skipped).toBe(3);
    expect(read.read.length + read.skipped).toBe(rows.length);
  });
});
