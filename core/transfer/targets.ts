import { accountReasons, type Account, type ReasonCode, type Roster } from '../relations';

/**
 * Accounts a relation may be transferred to: active, dedicated, in routing, not the main account
 * (DOMAIN §3). A transfer into any other account leaves the relation abnormal. Roster order; an id
 * listed twice counts once (the first entry).
 */
export function validTargets(roster: Roster): Account[] {
  const seen = new Set<string>();
  const valid: Account[] = [];
  for (const account of roster) {
    if (seen.has(account.id)) continue;
    seen.add(account.id);
    if (accountReasons(account).length === 0) valid.push(account);
  }
  return valid;
}

/** Per account id: the reasons a relation bound to it is abnormal (`[]` = a valid target). */
export function reasonsByAccount(roster: Roster): Map<string, ReasonCode[]> {
  const map = new Map<string, ReasonCode[]>();
  for (const account of roster) if (!map.has(account.id)) map.set(account.id, accountReasons(account));
  return map;
}

/** The reasons of an account id, `unknown-account` when the roster lacks it. */
export function reasonsOf(byAccount: ReadonlyMap<string, ReasonCode[]>, accountId: string): ReasonCode[] {
  return byAccount.get(accountId) ?? accountReasons(undefined);
}
