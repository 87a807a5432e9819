import type { ReasonCode, Relation, Roster } from '../relations';
import type { Assignment } from './plan';
import { reasonsByAccount, reasonsOf } from './targets';

export interface ReconcileMoved {
  buyerId: string;
  to: string;
}
export interface ReconcileAbnormal {
  buyerId: string;
  to: string;
  /** Where the fresh scan finds the buyer bound. */
  accountId: string | null;
  /** True when it reached its target and is abnormal there (the target became invalid). */
  moved: boolean;
  reasons: ReasonCode[];
}
export interface ReconcileNotMoved {
  buyerId: string;
  from: string | null;
  to: string;
  accountId: string | null;
  /** `[]` when it is normal where it is (moved elsewhere by hand, say). */
  reasons: ReasonCode[];
}

export interface Reconciliation {
  /** Planned relations found on their target. */
  moved: ReconcileMoved[];
  /** Planned relations still abnormal, moved or not, with every reason. */
  stillAbnormal: ReconcileAbnormal[];
  /** Planned relations found elsewhere than their target. */
  notMoved: ReconcileNotMoved[];
  /** Planned buyers the fresh scan does not list at all. */
  missing: Assignment[];
}

/**
 * Compares a fresh relation set with a task's assignments (DOMAIN §3: check again after T+1):
 * what reached its target, what is still abnormal and why (a target that became invalid
 * included), what did not move. Plan order is kept in every list.
 */
export function reconcile(assignments: readonly Assignment[], fresh: readonly Relation[], roster: Roster): Reconciliation {
  const byAccount = reasonsByAccount(roster);
  const now = new Map<string, Relation>();
  for (const r of fresh) if (!now.has(r.buyerId)) now.set(r.buyerId, r);
  const result: Reconciliation = { moved: [], stillAbnormal: [], notMoved: [], missing: [] };
  for (const a of assignments) {
    const found = now.get(a.buyerId);
    if (!found) {
      result.missing.push(a);
      continue;
    }
    const accountId = found.accountId === null || found.accountId.trim() === '' ? null : found.accountId;
    const reasons: ReasonCode[] = accountId === null ? ['no-dedicated-cs'] : reasonsOf(byAccount, accountId);
    const moved = accountId === a.to;
    if (moved) result.moved.push({ buyerId: a.buyerId, to: a.to });
    else result.notMoved.push({ buyerId: a.buyerId, from: a.from, to: a.to, accountId, reasons: [...reasons] });
    if (reasons.length > 0) result.stillAbnormal.push({ buyerId: a.buyerId, to: a.to, accountId, moved, reasons: [...reasons] });
  }
  return result;
}
