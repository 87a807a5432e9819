import { describe, expect, it } from 'vitest';
import type { RelationReport } from './relations-api';
import { shareRepeats } from './share-repeats';

describe('shareRepeats', () => {
  it('shares equal reasons and account ids between rows and keeps every value', () => {
    const rows = JSON.parse(
      JSON.stringify([
        { buyerId: 'b1', accountId: 'cs1', reasons: ['not-dedicated', 'bound-to-main'] },
        { buyerId: 'b2', accountId: 'cs1', rosterId: 'cs1', reasons: ['not-dedicated', 'bound-to-main'] },
        { buyerId: 'b3', accountId: null, reasons: ['no-dedicated-cs'] },
        { buyerId: 'b4', accountId: 'cs2', reasons: [] },
      ]),
    );
    const report = { setId: 's', source: 'import', label: 'x', finishedAt: 0, total: 4, summary: { byReason: {}, byAccount: [], abnormal: 3 }, rows } as RelationReport;
    const before = JSON.stringify(report);
    const shared = shareRepeats(report);
    expect(JSON.stringify(shared)).toBe(before);
    expect(shared.rows[0]!.reasons).toBe(shared.rows[1]!.reasons);
    expect(shared.rows[2]!.reasons).not.toBe(shared.rows[0]!.reasons);
    expect(Object.isFrozen(shared.rows[0]!.reasons)).toBe(true);
  });
});
