import { describe, expect, it } from 'vitest';
import type { Account } from '../relations';
import { planFileBase, planTable, planTransfer } from '.';

const acc = (id: string, name: string, over: Partial<Account> = {}): Account => ({ id, name, status: 'active', dedicated: true, inRouting: true, main: false, ...over });

describe('planTable', () => {
  const roster = [acc('a', '小美'), acc('b', '小王'), acc('old', '老李', { status: 'resigned' })];
  const relations = [
    { buyerId: 'buyer1', accountId: 'old' },
    { buyerId: 'buyer2', accountId: null },
    { buyerId: 'buyer3', accountId: 'old' },
    { buyerId: '=cmd', accountId: 'ghost' },
  ];

  it('has one row per relation: batch number, buyer, from and to with names, batch by batch', () => {
    const plan = planTransfer(relations, roster, { mode: 'even', batchSize: 1 });
    const table = planTable(plan, roster, 'zh', new Map([['buyer1', '买家一']]));
    expect(table.header).toEqual(['批次', '买家ID', '买家昵称', '原客服ID', '原客服', '目标客服ID', '目标客服']);
    expect(table.sheetName).toBe('转移计划');
    expect(table.rows).toEqual([
      ['1', 'buyer1', '买家一', 'old', '老李', 'a', '小美'],
      ['2', 'buyer2', '', '', '', 'a', '小美'],
      ['3', 'buyer3', '', 'old', '老李', 'b', '小王'],
      ['4', '=cmd', '', 'ghost', '', 'b', '小王'],
    ]);
  });

  it('has English column titles', () => {
    const table = planTable(planTransfer(relations, roster, { mode: 'even' }), roster, 'en');
    expect(table.header).toEqual(['Batch', 'Buyer ID', 'Buyer name', 'From account ID', 'From account', 'To account ID', 'To account']);
    expect(table.rows.map((r) => r[0])).toEqual(['1', '1', '2', '2']);
  });

  it('names the file by the local date', () => {
    expect(planFileBase(new Date(2026, 11, 1, 9).getTime())).toBe('kefu-transfer-plan-2026-12-01');
  });
});
