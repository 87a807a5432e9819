import type { Account, Roster } from './model';

/**
 * How a relation's bound account (as the back office or an export writes it) is found in the
 * roster. Decided for issue 8:
 * 1. the exact account id;
 * 2. the same text after `accountKey` (NFKC — full-width letters and `：` fold to half-width —,
 *    no whitespace, lower case), against each account's id, then against its name;
 * 3. the back office often writes a sub-account as `店铺名:小王` (shop, colon, sub-account name)
 *    where the roster holds `小王`, or the other way round: the part after the last colon is tried
 *    against the ids, then the names, of the accounts (and their own part after a colon).
 * A key two accounts share at the same step (two shops' `小王`) matches neither: the relation is
 * reported as bound to an unknown account rather than guessed onto one.
 */
export function accountKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** `店铺名:小王` → `小王` (after NFKC, so `店铺名：小王` too); text without a colon → undefined. */
function shortKey(key: string): string | undefined {
  const at = key.lastIndexOf(':');
  return at >= 0 && at < key.length - 1 ? key.slice(at + 1) : undefined;
}

export interface AccountMatcher {
  /** The roster account a bound-account text names, or undefined when none (or several) do. */
  find(accountText: string): Account | undefined;
}

const AMBIGUOUS = null;

/** Builds the lookups once per roster; `find` caches every text it has seen (relations repeat few accounts). */
export function createAccountMatcher(roster: Roster): AccountMatcher {
  const byId = new Map<string, Account>();
  for (const account of roster) if (!byId.has(account.id)) byId.set(account.id, account);
  // One table per step, in the order they are tried; null marks a key two accounts share.
  const steps: Array<Map<string, Account | typeof AMBIGUOUS>> = [new Map(), new Map(), new Map(), new Map()];
  const add = (step: number, key: string | undefined, account: Account) => {
    if (!key) return;
    const table = steps[step]!;
    const held = table.get(key);
    if (held === undefined) table.set(key, account);
    else if (held !== AMBIGUOUS && held.id !== account.id) table.set(key, AMBIGUOUS);
  };
  for (const account of roster) {
    const id = accountKey(account.id);
    const name = accountKey(account.name);
    add(0, id, account);
    add(1, name, account);
    add(2, id, account);
    add(2, shortKey(id), account);
    add(3, name, account);
    add(3, shortKey(name), account);
  }
  const seen = new Map<string, Account | undefined>();
  return {
    find(text) {
      const exact = byId.get(text);
      if (exact) return exact;
      if (seen.has(text)) return seen.get(text);
      const key = accountKey(text);
      const short = shortKey(key);
      let found: Account | undefined;
      for (let step = 0; step < steps.length && found === undefined; step++) {
        const table = steps[step]!;
        // Steps 0–1 compare the whole text; 2–3 its short part (or the whole, against short parts).
        const candidates = step < 2 ? [key] : short ? [short, key] : [key];
        let ambiguous = false;
        for (const candidate of candidates) {
          const hit = table.get(candidate);
          if (hit === AMBIGUOUS) ambiguous = true;
          else if (hit) {
            found = hit;
            break;
          }
        }
        if (found === undefined && ambiguous) break;
      }
      seen.set(text, found);
      return found;
    },
  };
}
