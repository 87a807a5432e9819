import { describe, expect, it } from 'vitest';
import type { Account } from '../relations';
import { reconcile, type Assignment } from '.';

const acc = (id: string, over: Partial<Account> = {}): Account => ({ id, name: id, status: 'active', dedicated: true, inRouting: true, main: false, ...over });

describe('reconcile', () => {
  const plan: Assignment[] = [
    { buyerId: 'b1', from: 'R', to: 'A' },
    { buyerId: 'b2', from: 'R', to: 'B' },
    { buyerId: 'b3', from: 'R', to: 'A' },
    { buyerId: 'b4', from: null, to: 'A' },
    { buyerId: 'b5', from: 'R', to: 'C' },
  ];
  // Since the plan: B left routing, b3 never moved, b4 went to C by hand, b5 is gone.
  const roster = [acc('A'), acc('B', { inRouting: false }), acc('C'), acc('R', { status: 'resigned' })];
  const fresh = [
    { buyerId: 'b1', accountId: 'A' },
    { buyerId: 'b2', accountId: 'B' },
    { buyerId: 'b3', accountId: 'R' },
    { buyerId: 'b4', accountId: 'C' },
    { buyerId: 'other', accountId: 'R' },
  ];

  it('lists what moved, what is still abnormal and why, what did not move, and what is gone', () => {
    expect(reconcile(plan, fresh, roster)).toEqual({
      moved: [
        { buyerId: 'b1', to: 'A' },
        { buyerId: 'b2', to: 'B' },
      ],
      stillAbnormal: [
        { buyerId: 'b2', to: 'B', accountId: 'B', moved: true, reasons: ['not-in-routing'] },
        { buyerId: 'b3', to: 'A', accountId: 'R', moved: false, reasons: ['account-inactive'] },
      ],
      notMoved: [
        { buyerId: 'b3', from: 'R', to: 'A', accountId: 'R', reasons: ['account-inactive'] },
        { buyerId: 'b4', from: null, to: 'A', accountId: 'C', reasons: [] },
      ],
      missing: [{ buyerId: 'b5', from: 'R', to: 'C' }],
    });
  });

  it('reports a buyer left without a dedicated CS, and one bound to an account the roster lacks', () => {
    const result = reconcile(plan.slice(0, 2), [{ buyerId: 'b1', accountId: null }, { buyerId: 'b2', accountId: 'ghost' }], roster);
    expect(result.stillAbnormal.map((x) => [x.buyerId, x.reasons])).toEqual([
      ['b1', ['no-dedicated-cs']],
      ['b2', ['unknown-account']],
    ]);
    expect(result.moved).toEqual([]);
  });
});
