// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { relations } from '../../sites/qianniu/tables';
import { columnsOf, keyedRows, readTable, tableDoc } from './table-reader';

const HOSTILE = '<img src=x onerror=alert(1)>';

function page(rows: string[][], options: { headers?: string[]; current?: number; pages?: number; nextDisabled?: boolean } = {}) {
  const headers = options.headers ?? ['买家昵称', '买家ID', '专属客服', '绑定时间', '关系状态', '操作'];
  const th = headers.map((h) => `<th>${h}</th>`).join('');
  const tr = rows.map((cells) => `<tr class="next-table-row">${cells.map(() => '<td></td>').join('')}</tr>`).join('');
  const items = Array.from({ length: options.pages ?? 3 }, (_, i) => `<button class="next-pagination-item${i + 1 === (options.current ?? 1) ? ' next-current' : ''}">${i + 1}</button>`).join('');
  document.body.innerHTML = `<table><thead class="next-table-header"><tr>${th}</tr></thead><tbody class="next-table-body">${tr}</tbody></table>
    <div class="next-pagination"><div class="next-pagination-list">${items}</div><button class="next-next"${options.nextDisabled ? ' disabled' : ''}>下一页</button></div>`;
  // Cell text as the page would set it: text, never markup.
  document.querySelectorAll('tbody tr').forEach((tr, r) => tr.querySelectorAll('td').forEach((td, c) => (td.textContent = rows[r]![c]!)));
}

describe('reading a back-office table', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('finds each field’s column by its header text, exact names before partial ones', () => {
    expect(columnsOf(['买家昵称', '买家ID', '专属客服'], relations.columns)).toEqual({ buyerName: 0, buyerId: 1, account: 2 });
    expect(columnsOf(['Buyer ID ', 'buyer nickname', 'Bound account'], relations.columns)).toEqual({ buyerId: 0, buyerName: 1, account: 2 });
    expect(columnsOf(['买家ID：', '当前专属客服'], relations.columns)).toEqual({ buyerId: 0, account: 1 });
  });

  it('reads each row’s cells by field, page text kept as bounded text, with the pager', () => {
    page([
      ['晴天小猪1', 'tb1', 'kefu旗舰店:小美', '2026-11-01 09:00', '已绑定', '转移'],
      [HOSTILE, ' tb2\n', '', '2026-11-02 10:07', '已绑定', '转移'],
    ], { current: 2 });
    const read = readTable(tableDoc(relations, () => ({})));
    expect(read).toEqual({
      kind: 'rows',
      page: 2,
      pages: 3,
      hasNext: true,
      rows: [
        { buyerName: '晴天小猪1', buyerId: 'tb1', account: 'kefu旗舰店:小美', boundAt: '2026-11-01 09:00', state: '已绑定' },
        { buyerName: HOSTILE, buyerId: 'tb2', account: '', boundAt: '2026-11-02 10:07', state: '已绑定' },
      ],
    });
    expect(keyedRows(tableDoc(relations, () => ({}))).map((r) => r.key)).toEqual(['tb1', 'tb2']);
  });

  it('keeps an overlong cell recognisably overlong and leaves out a cell the row does not have, so neither passes for good data', () => {
    const long = 'kefu旗舰店:' + 'x'.repeat(400);
    page([
      ['晴天小猪1', 'tb1', long, '2026-11-01 09:00', '已绑定', '转移'],
      // A row with two cells only: no bound-account cell (not an empty one, which means "none bound").
      ['晴天小猪2', 'tb2'],
    ]);
    const read = readTable(tableDoc(relations, () => ({})));
    if (read.kind !== 'rows') throw new Error(read.kind);
    // Cut just past the longest text a field takes (200), so the row check can still say "too long".
    expect(read.rows[0]!.account!.length).toBe(201);
    expect(read.rows[1]).toEqual({ buyerName: '晴天小猪2', buyerId: 'tb2' });
  });

  it('knows the last page by a disabled 下一页', () => {
    page([['a', 'tb1', 'x', '', '', '']], { current: 3, nextDisabled: true });
    expect(readTable(tableDoc(relations, () => ({})))).toMatchObject({ page: 3, pages: 3, hasNext: false });
  });

  it('names the required fields no header names, with the headers it saw', () => {
    page([['a', 'b']], { headers: ['昵称', '客服'] });
    expect(readTable(tableDoc(relations, () => ({})))).toEqual({ kind: 'failed', problem: { kind: 'missing-columns', fields: ['buyerId', 'account'], headers: ['昵称', '客服'] } });
  });

  it('says which part found nothing, or which override is not valid CSS', () => {
    page([]);
    expect(readTable(tableDoc(relations, () => ({})))).toEqual({ kind: 'failed', problem: { kind: 'not-found', part: 'relations.row', selector: relations.selectors.row } });
    page([['a', 'tb1', 'x', '', '', '']]);
    expect(readTable(tableDoc(relations, () => ({ 'relations.row': 'tr[' })))).toEqual({ kind: 'failed', problem: { kind: 'invalid-selector', part: 'relations.row', selector: 'tr[' } });
    // An override that fits the page is used.
    expect(readTable(tableDoc(relations, () => ({ 'relations.row': 'tbody > tr' })))).toMatchObject({ kind: 'rows', rows: [{ buyerId: 'tb1' }] });
  });
});
