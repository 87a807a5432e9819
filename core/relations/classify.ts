import type { Account, ReasonCode, Relation, Roster } from './model';

/**
 * The reasons a relation bound to this account is abnormal, whatever the buyer: the same for every
 * relation of the account, so callers classifying many relations work them out once per account.
 */
export function accountReasons(account: Account | undefined): ReasonCode[] {
  if (!account) return ['unknown-account'];
  const reasons: ReasonCode[] = [];
  if (account.status !== 'active') reasons.push('account-inactive');
  if (!account.dedicated) reasons.push('not-dedicated');
  if (!account.inRouting) reasons.push('not-in-routing');
  // Abnormal even when the main account is in routing (DOMAIN §3, rule 5).
  if (account.main) reasons.push('bound-to-main');
  return reasons;
}

/** Every reason this relation is abnormal; `[]` when it is normal. */
export function classifyRelation(relation: Relation, roster: Roster): ReasonCode[] {
  if (relation.accountId === null || relation.accountId.trim() === '') return ['no-dedicated-cs'];
  return accountReasons(roster.find((a) => a.id === relation.accountId));
}
