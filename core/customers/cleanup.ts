import type { CustomerCard } from './card';
import { hasNotes } from './card';
import { DAY_MS } from './limits';

/** One customer a cleanup would remove, as its preview lists it. */
export interface CleanupCandidate {
  id: string;
  site: CustomerCard['site'];
  buyerId: string;
  label: string;
  /** When the buyer was last in contact (or, never seen since, when the card was made). */
  lastContactAt: number;
  /** The agent wrote something on the card (memo, nickname, tags, group, promises). */
  hasNotes: boolean;
}

type Stored = CustomerCard & { id: string; createdAt: number };

/** The time a customer counts as last in contact: the last contact, or the card's creation. */
export const lastSeenAt = (c: Pick<Stored, 'lastContactAt' | 'createdAt'>): number => c.lastContactAt ?? c.createdAt;

/**
 * Customers not in contact for `days` full days before `now`, the longest silent first. A customer
 * with an open promise is never a candidate: the promise still has to be kept (`kept` counts them).
 */
export function inactiveCustomers(customers: readonly Stored[], now: number, days: number): { candidates: CleanupCandidate[]; kept: number } {
  const before = now - days * DAY_MS;
  let kept = 0;
  const candidates: CleanupCandidate[] = [];
  for (const c of customers) {
    if (lastSeenAt(c) > before) continue;
    if (c.promises.some((p) => !p.done)) {
      kept++;
      continue;
    }
    candidates.push({ id: c.id, site: c.site, buyerId: c.buyerId, label: c.nickname || c.name || c.buyerId, lastContactAt: lastSeenAt(c), hasNotes: hasNotes(c) });
  }
  candidates.sort((a, b) => a.lastContactAt - b.lastContactAt || (a.id < b.id ? -1 : 1));
  return { candidates, kept };
}
