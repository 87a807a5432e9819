import { describe, expect, it } from 'vitest';
import { scannedRows, toAccounts, toRelations } from '.';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Rows of one scanned page: every good row kept, every bad one left out and named. */
describe('keeping the good rows of a scanned page', () => {
  const page: Record<string, string>[] = [
    { buyerId: 'b1', account: '小美', boundAt: '2026-11-02 10:00' },
    { buyerId: 'b2', account: '小美', boundAt: HOSTILE },
    { buyerId: '', account: '小美', boundAt: '' },
    { buyerId: 'b4', account: 'y'.repeat(201), boundAt: '' },
    { buyerId: 'b5', boundAt: '' },
    { buyerId: '', account: '', boundAt: '' },
    { buyerId: 'b1', account: '阿强', boundAt: '' },
    { buyerId: HOSTILE, account: '', boundAt: '' },
  ];

  it('keeps every good row and names each bad one by page, row, column and value', () => {
    const result = toRelations(scannedRows(page), { keepGoodRows: true, page: 2 });
    expect(result.rows).toEqual([
      { buyerId: 'b1', accountId: '小美', boundAt: new Date(2026, 10, 2, 10, 0).getTime() },
      // Hostile text is data: a valid id, kept as it reads; a blank bound account is "none bound".
      { buyerId: HOSTILE, accountId: null },
    ]);
    expect(result.errors).toEqual([
      { row: 2, field: '绑定时间', message: `第 2 页第 2 行“绑定时间”：“${HOSTILE}”不是日期时间，应写成 2026-11-30 10:00、2026/11/30 或时间戳。` },
      { row: 3, field: '买家ID', message: '第 2 页第 3 行“买家ID”：不能为空。' },
      { row: 4, field: '专属客服', message: `第 2 页第 4 行“专属客服”：太长（最多 200 个字）：“${'y'.repeat(40)}…”。` },
      { row: 5, field: '专属客服', message: '第 2 页第 5 行“专属客服”：这一行缺少这一列的单元格。' },
      { row: 6, message: '第 2 页第 6 行：整行是空的。' },
      { row: 7, field: '买家ID', message: '第 2 页第 7 行“买家ID”：与第 1 行是同一个买家，一个买家只能有一条关系。' },
    ]);
    // Each row is kept or named: 2 kept + 6 skipped = the 8 rows read.
    expect(result.rows.length + new Set(result.errors.map((e) => e.row)).size).toBe(page.length);
  });

  it('says the same in English', () => {
    const result = toRelations(scannedRows(page.slice(1, 5)), { keepGoodRows: true, page: 3, lang: 'en' });
    expect(result.errors.map((e) => e.message)).toEqual([
      `Page 3, row 1, "Bound at": "${HOSTILE}" is not a date; write it as 2026-11-30 10:00, 2026/11/30 or an epoch timestamp.`,
      'Page 3, row 2, "Buyer ID": must not be empty.',
      `Page 3, row 3, "Dedicated CS": too long (at most 200 characters): "${'y'.repeat(40)}…".`,
      'Page 3, row 4, "Dedicated CS": this row has no cell in this column.',
    ]);
  });

  it('without keepGoodRows (a file) any problem still refuses every row', () => {
    const result = toRelations(scannedRows(page));
    expect(result.rows).toEqual([]);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('a page whose rows all lack a required cell: each row is named, not one problem for the table', () => {
    const result = toRelations(scannedRows([{ buyerId: 'b1' }, { buyerId: 'b2' }]), { keepGoodRows: true, page: 1, lang: 'en' });
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Page 1, row 1, "Dedicated CS": this row has no cell in this column.',
      'Page 1, row 2, "Dedicated CS": this row has no cell in this column.',
    ]);
  });

  it('a row short of a column the table has but we do not read (关系状态) is only named for the fields we read', () => {
    // As the replica's page 2 reads: a row of two cells, among rows that also have a 关系状态 cell.
    const rows: Record<string, string>[] = [
      { buyerName: '晴天小猪1', buyerId: 'b1', account: '小美', boundAt: '', state: '已绑定' },
      { buyerName: '晴天小猪2', buyerId: 'b2' },
    ];
    const result = toRelations(scannedRows(rows), { keepGoodRows: true, page: 2 });
    expect(result.rows.map((r) => r.buyerId)).toEqual(['b1']);
    expect(result.errors.map((e) => e.message)).toEqual(['第 2 页第 2 行“专属客服”：这一行缺少这一列的单元格。', '第 2 页第 2 行“绑定时间”：这一行缺少这一列的单元格。']);
  });

  it('quotes a value as plain, bounded text: bidi overrides and controls dropped, no half emoji', () => {
    const flipped = '\u202Egnp.exe\u0000';
    const emoji = `a${'😀'.repeat(30)}`;
    const result = toRelations(scannedRows([{ buyerId: 'b1', account: 'x', boundAt: flipped }, { buyerId: 'b2', account: 'x', boundAt: emoji }]), { keepGoodRows: true, page: 1, lang: 'en' });
    expect(result.errors[0]!.message).toContain('" gnp.exe " is not a date');
    const shown = /: "(.*)" is not a date/u.exec(result.errors[1]!.message)![1]!;
    // 40 UTF-16 units would end in half of the 20th emoji: the cut keeps 19 whole ones.
    expect(shown).toBe(`a${'😀'.repeat(19)}…`);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('staff rows: the good accounts are kept, a row with an unreadable flag is named and left out', () => {
    const result = toAccounts(
      scannedRows([
        { id: 'cs1', name: '小美', status: '在职', dedicated: '是', inRouting: '是', main: '否' },
        { id: 'cs2', name: '阿强', status: '在职', dedicated: '也许', inRouting: '是', main: '否' },
        { id: 'cs3', name: '小丽', status: '离职', dedicated: '是', inRouting: '否', main: '否' },
      ]),
      { keepGoodRows: true, page: 1 },
    );
    expect(result.rows.map((a) => a.id)).toEqual(['cs1', 'cs3']);
    expect(result.errors).toEqual([{ row: 2, field: '是否专属客服', message: '第 1 页第 2 行“是否专属客服”：“也许”应为 是 或 否（也可写 √/×、true/false）。' }]);
  });
});
