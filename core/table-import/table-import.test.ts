import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../phrase-files/spreadsheet';
import { parseDateTime, parseStatus, parseYesNo, readTableFile, readTableRows, resolveColumns, scannedRows, splitRights, toAccounts, toRelations } from '.';

const utf8 = (text: string) => new TextEncoder().encode(text);
const grid = (...rows: string[][]) => rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
const local = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, m - 1, d, h, mi, s).getTime();

describe('finding columns by header text', () => {
  it('knows the zh and en names of each field, whatever the width, case and spacing', () => {
    expect(resolveColumns('relations', ['买家昵称', '专属客服', '绑定时间']).mapping).toEqual({ buyerId: '买家昵称', account: '专属客服', boundAt: '绑定时间' });
    expect(resolveColumns('relations', ['Customer', 'Bound Account', 'Bind Time']).index).toEqual({ buyerId: 0, account: 1, boundAt: 2 });
    expect(resolveColumns('relations', ['客户', '绑定客服']).index).toEqual({ buyerId: 0, account: 1 });
    expect(resolveColumns('relations', ['* 买家 ', '子账号']).index).toEqual({ buyerId: 0, account: 1 });
    const staff = resolveColumns('staff', ['子账号', '姓名', '状态', '是否专属客服', '是否进分流', '主账号', '权限', '备注']);
    expect(staff.index).toEqual({ id: 0, name: 1, status: 2, dedicated: 3, inRouting: 4, main: 5, rights: 6 });
    expect(staff.ignored).toEqual(['备注']);
    expect(staff.missing).toEqual([]);
    expect(resolveColumns('staff', ['Account', 'Status', 'Dedicated', 'Routing']).missing).toEqual([]);
  });

  it('an id column beats a nickname column, which then gives the name, in either order', () => {
    expect(resolveColumns('relations', ['买家昵称', '买家ID', '专属客服']).index).toEqual({ buyerId: 1, buyerName: 0, account: 2 });
    expect(resolveColumns('relations', ['买家ID', '买家昵称', '专属客服']).index).toEqual({ buyerId: 0, buyerName: 1, account: 2 });
  });

  it('says which required columns are missing; a staff table may name accounts only', () => {
    expect(resolveColumns('relations', ['买家', '备注']).missing).toEqual(['account']);
    expect(resolveColumns('staff', ['名称', '状态', '专属客服', '分流']).missing).toEqual([]);
    expect(resolveColumns('staff', ['状态']).missing).toEqual(['id', 'dedicated', 'inRouting']);
  });

  it('the owner’s saved mapping comes first; an empty entry says "no such column"; a column the table lacks falls back to the names', () => {
    const headers = ['顾客', '负责人', '客服', '时间'];
    expect(resolveColumns('relations', headers).missing).toEqual(['buyerId']);
    const mapped = resolveColumns('relations', headers, { buyerId: '顾客', account: '负责人', boundAt: '' });
    expect(mapped.index).toEqual({ buyerId: 0, account: 1 });
    expect(mapped.mapping).toEqual({ buyerId: '顾客', account: '负责人' });
    expect(mapped.ignored).toEqual(['客服', '时间']);
    expect(resolveColumns('relations', ['买家', '专属客服'], { buyerId: '顾客' }).index).toEqual({ buyerId: 0, account: 1 });
  });
});

describe('reading cells', () => {
  it('yes/no words', () => {
    for (const yes of ['是', '√', '✓', 'TRUE', 'yes', 'Y', '1', '进分流']) expect(parseYesNo(yes)).toBe(true);
    for (const no of ['否', '×', 'false', 'No', '0', '不进分流', 'x']) expect(parseYesNo(no)).toBe(false);
    expect(parseYesNo('也许')).toBeUndefined();
  });

  it('statuses in zh and en', () => {
    expect(['在职', 'Active', '正常', '离职', 'resigned', '停用', '已禁用', 'Disabled', '冻结', 'FROZEN'].map(parseStatus)).toEqual([
      'active', 'active', 'active', 'resigned', 'resigned', 'disabled', 'disabled', 'disabled', 'frozen', 'frozen',
    ]);
    expect(parseStatus('休假')).toBeUndefined();
  });

  it('dates as the back office and spreadsheets write them, in local time; epochs; nonsense refused', () => {
    expect(parseDateTime('2026-11-30 10:00')).toBe(local(2026, 11, 30, 10, 0));
    expect(parseDateTime('2026/11/30')).toBe(local(2026, 11, 30));
    expect(parseDateTime('2026/1/5 8:07:09')).toBe(local(2026, 1, 5, 8, 7, 9));
    expect(parseDateTime('2026年11月30日 10:00')).toBe(local(2026, 11, 30, 10, 0));
    expect(parseDateTime('2026-11-30T10:00:00')).toBe(local(2026, 11, 30, 10, 0));
    expect(parseDateTime('1764468000')).toBe(1_764_468_000_000);
    expect(parseDateTime('1764468000123')).toBe(1_764_468_000_123);
    expect(parseDateTime('46356.416666666664')).toBe(local(2026, 11, 30, 10, 0)); // a spreadsheet's date number
    for (const bad of ['2026-02-30', '2026-13-01', '2026-11-30 25:00', '昨天', '123', '']) expect(parseDateTime(bad)).toBeUndefined();
  });

  it('rights split on the usual separators', () => {
    expect(splitRights('消息，订单；评价、消息| 商品')).toEqual(['消息', '订单', '评价', '商品']);
  });
});

describe('rows into relations and accounts', () => {
  it('relations: blank account = no dedicated CS, dates read, blank rows skipped', () => {
    const rows = [
      { rowNumber: 2, cells: { buyerId: 'tb_1', buyerName: '张三', account: '店铺:小王', boundAt: '2026-11-30 10:00' } },
      { rowNumber: 3, cells: { buyerId: ' tb_2 ', account: '  ', boundAt: '' } },
      { rowNumber: 4, cells: { buyerId: '', account: '' } },
    ];
    expect(toRelations(rows)).toEqual({
      rows: [
        { buyerId: 'tb_1', buyerName: '张三', accountId: '店铺:小王', boundAt: local(2026, 11, 30, 10, 0) },
        { buyerId: 'tb_2', accountId: null },
      ],
      errors: [],
    });
  });

  it('relations: every problem with its row and field, and then no rows at all', () => {
    const result = toRelations(
      [
        { rowNumber: 2, cells: { buyerId: 'a', account: 'x', boundAt: '2026-02-30' } },
        { rowNumber: 3, cells: { buyerId: '', account: 'x' } },
        { rowNumber: 4, cells: { buyerId: 'b', account: 'x'.repeat(201) } },
        { rowNumber: 5, cells: { buyerId: 'a', account: 'y' } },
        { rowNumber: 6, cells: { buyerId: 'ok', account: 'y' } },
      ],
      { lang: 'en', labels: { boundAt: 'Bind time' } },
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, field: 'Bind time', message: 'Row 2, "Bind time": "2026-02-30" is not a date; write it as 2026-11-30 10:00, 2026/11/30 or an epoch timestamp.' },
      { row: 3, field: 'Buyer ID', message: 'Row 3, "Buyer ID": must not be empty.' },
      { row: 4, field: 'Dedicated CS', message: `Row 4, "Dedicated CS": too long (at most 200 characters): "${'x'.repeat(40)}…".` },
      { row: 5, field: 'Buyer ID', message: 'Row 5, "Buyer ID": same buyer as row 2; a buyer has one relation only.' },
    ]);
  });

  it('the in-page scan’s rows go through the same converter, numbered from where the page starts', () => {
    const page: Record<string, string>[] = [{ buyerId: 'b1', account: '小王' }, { buyerId: 'b2', account: '小李', boundAt: '明天' }];
    const result = toRelations(scannedRows(page, 21));
    expect(result.errors).toEqual([{ row: 22, field: '绑定时间', message: expect.stringContaining('第 22 行“绑定时间”') }]);
    // A page without the account column at all: one problem for the table, not one per row.
    const noAccount = toRelations(scannedRows([{ buyerId: 'b1' }, { buyerId: 'b2' }]), { lang: 'en' });
    expect(noAccount.errors).toEqual([{ message: 'These columns were not found: Dedicated CS. Choose their columns in the preview.' }]);
  });

  it('accounts: id from the name when alone, statuses and flags read, blank main = no, rights listed', () => {
    const result = toAccounts([
      { rowNumber: 2, cells: { name: '店铺:小王', status: '在职', dedicated: '是', inRouting: '√', main: '', rights: '消息,订单' } },
      { rowNumber: 3, cells: { name: '店铺', status: 'active', dedicated: '否', inRouting: '是', main: '是', rights: '' } },
    ]);
    expect(result).toEqual({
      rows: [
        { id: '店铺:小王', name: '店铺:小王', status: 'active', dedicated: true, inRouting: true, main: false, rights: ['消息', '订单'] },
        { id: '店铺', name: '店铺', status: 'active', dedicated: false, inRouting: true, main: true, rights: [] },
      ],
      errors: [],
    });
  });

  it('accounts: unknown status, unreadable flags, blank required cells and a repeated account are each named', () => {
    const result = toAccounts(
      [
        { rowNumber: 2, cells: { id: 'a', status: '休假', dedicated: '也许', inRouting: '' } },
        { rowNumber: 3, cells: { id: 'b', status: '', dedicated: '是', inRouting: '是', main: '主' } },
        { rowNumber: 4, cells: { id: 'a', status: '离职', dedicated: '是', inRouting: '否' } },
      ],
      { lang: 'zh' },
    );
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [2, '状态'],
      [2, '是否专属客服'],
      [2, '是否进分流'],
      [3, '状态'],
      [3, '主账号'],
      [4, '子账号'],
    ]);
    expect(result.errors[0]!.message).toBe('第 2 行“状态”：“休假”不是账号状态，应为 在职、离职、停用 或 冻结。');
  });
});

describe('readTableFile', () => {
  it('reads a UTF-8 CSV with a title line above the header', async () => {
    const csv = '全店客户管理导出\n买家昵称,专属客服,绑定时间\ntb_1,店铺:小王,2026-11-30 10:00\n\ntb_2,,2026/11/29\n';
    const file = await readTableFile(utf8(csv), 'relations.csv', { table: 'relations' });
    expect(file).toMatchObject({ format: 'csv', encoding: 'utf-8', headerRow: 2, rowCount: 2, errors: [], missing: [] });
    expect(file.rows).toEqual([
      { buyerId: 'tb_1', accountId: '店铺:小王', boundAt: local(2026, 11, 30, 10) },
      { buyerId: 'tb_2', accountId: null, boundAt: local(2026, 11, 29) },
    ]);
  });

  it('reads GBK, as Excel on a Chinese Windows saves CSV', async () => {
    // 买家,专属客服,绑定时间 / 张三,店铺:小王,2026-11-30 10:00 in GBK (made with Python's gbk codec).
    const bytes = Uint8Array.from([
      194, 242, 188, 210, 44, 215, 168, 202, 244, 191, 205, 183, 254, 44, 176, 243, 182, 168, 202, 177, 188, 228, 13, 10, 213, 197, 200, 253, 44, 181, 234, 198, 204, 58, 208,
      161, 205, 245, 44, 50, 48, 50, 54, 45, 49, 49, 45, 51, 48, 32, 49, 48, 58, 48, 48, 13, 10,
    ]);
    const file = await readTableFile(bytes.buffer, 'export.csv', { table: 'relations' });
    expect(file.encoding).toBe('gbk');
    expect(file.rows).toEqual([{ buyerId: '张三', accountId: '店铺:小王', boundAt: local(2026, 11, 30, 10) }]);
  });

  it('reads a staff XLSX, choosing the sheet whose header fits', async () => {
    const xlsx = writeWorkbook('员工', [['子账号', '状态', '是否专属客服', '是否进分流', '主账号'], ['店铺:小王', '在职', '是', '是', '否'], ['店铺:阿离', '离职', '是', '否', '']], [10]);
    const file = await readTableFile(xlsx, 'staff.xlsx', { table: 'staff', lang: 'en' });
    expect(file).toMatchObject({ format: 'xlsx', sheet: '员工', headerRow: 1, errors: [] });
    expect(file.rows.map((a) => [a.id, a.status, a.inRouting])).toEqual([
      ['店铺:小王', 'active', true],
      ['店铺:阿离', 'resigned', false],
    ]);
  });

  it('unrecognised headers: the file is refused with the columns to choose, then read with the owner’s mapping', async () => {
    const csv = '顾客,负责人\nb1,小王\n';
    const first = await readTableFile(utf8(csv), 'x.csv', { table: 'relations', lang: 'en' });
    expect(first).toMatchObject({ rows: [], headerRow: 1, headers: ['顾客', '负责人'], missing: ['buyerId', 'account'] });
    expect(first.errors).toEqual([{ message: expect.stringContaining('choose them in the preview') }]);
    const half = await readTableFile(utf8('顾客,专属客服\nb1,小王\n'), 'x.csv', { table: 'relations', lang: 'en' });
    expect(half).toMatchObject({ rows: [], missing: ['buyerId'], mapping: { account: '专属客服' } });
    expect(half.errors).toEqual([{ message: 'The header (row 1) has no column for: Buyer ID. Choose their columns in the preview.' }]);
    const again = await readTableFile(utf8(csv), 'x.csv', { table: 'relations', mapping: { buyerId: '顾客', account: '负责人' } });
    expect(again).toMatchObject({ errors: [], mapping: { buyerId: '顾客', account: '负责人' }, rows: [{ buyerId: 'b1', accountId: '小王' }] });
  });

  it('a malformed file is refused as a whole, every bad row named; header texts name the fields', async () => {
    const csv = '买家,专属客服,绑定时间\nb1,小王,2026-11-30\nb2,小王,not a date\n,小李,\nb1,小王,\n';
    const file = await readTableFile(utf8(csv), 'bad.csv', { table: 'relations', lang: 'en' });
    expect(file.rows).toEqual([]);
    expect(file.rowCount).toBe(4);
    expect(file.errors.map((e) => [e.row, e.field])).toEqual([
      [3, '绑定时间'],
      [4, '买家'],
      [5, '买家'],
    ]);
  });

  it('file-level problems: empty, binary, unclosed quote, unreadable spreadsheet, no rows', async () => {
    const message = async (bytes: Uint8Array, name: string) => (await readTableFile(bytes, name, { table: 'relations', lang: 'en' })).errors.map((e) => e.message);
    expect(await message(new Uint8Array(), 'a.csv')).toEqual(['The file is empty.']);
    expect(await message(Uint8Array.from([1, 0, 2, 3]), 'a.csv')).toEqual([expect.stringContaining('not a table file')]);
    expect(await message(utf8('买家,专属客服\n"b1,小王\n'), 'a.csv')).toEqual([expect.stringContaining('unmatched quote')]);
    expect(await message(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'a.xlsx')).toEqual([expect.stringContaining('cannot be read')]);
    expect(await message(utf8('买家,专属客服\n'), 'a.csv')).toEqual(['There are no rows below the header.']);
    expect(await message(utf8('随便,什么\n1,2\n'), 'a.csv')).toEqual([expect.stringContaining('No header row')]);
  });

  it('rows already split (e.g. pasted) take the same path', () => {
    const result = readTableRows(grid(['买家', '绑定客服'], ['b1', '小王']), { table: 'relations' });
    expect(result.rows).toEqual([{ buyerId: 'b1', accountId: '小王' }]);
  });
});
