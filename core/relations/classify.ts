import { createAccountMatcher, type AccountMatcher } from './match';
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

/** A relation whose bound-account text is null or blank has no dedicated CS bound (DOMAIN §3, rule 4). */
export function isUnbound(accountId: string | null): accountId is null {
  // An empty cell, or the dash a table shows in place of nothing (—, -, --).
  return accountId === null || /^[-—–]*$/.test(accountId.trim());
}

export interface RelationClassifier {
  /** The roster account a relation is bound to (see `createAccountMatcher`), or undefined. */
  account(accountId: string | null): Account | undefined;
  /**
   * Every reason the relation is abnormal; `[]` when normal. The array is shared by all relations
   * of the same account: read it, do not change it.
   */
  classify(relation: Pick<Relation, 'accountId'>): readonly ReasonCode[];
}

const NO_DEDICATED_CS: readonly ReasonCode[] = Object.freeze(['no-dedicated-cs']);

/**
 * For many relations against one roster: account lookups through Maps, each account's reasons
 * worked out once and kept by the exact text the relations carry (a shop has few accounts).
 */
export function createClassifier(roster: Roster, matcher: AccountMatcher = createAccountMatcher(roster)): RelationClassifier {
  const reasonsByText = new Map<string, readonly ReasonCode[]>();
  return {
    account: (accountId) => (isUnbound(accountId) ? undefined : matcher.find(accountId)),
    classify({ accountId }) {
      if (accountId === null) return NO_DEDICATED_CS;
      let reasons = reasonsByText.get(accountId);
      if (reasons === undefined) {
        reasons = isUnbound(accountId) ? NO_DEDICATED_CS : Object.freeze(accountReasons(matcher.find(accountId)));
        reasonsByText.set(accountId, reasons);
      }
      return reasons;
    },
  };
}

/** Matchers kept per roster array, with the accounts they were built from (a changed array builds anew). */
const matchers = new WeakMap<Roster, { accounts: readonly Account[]; matcher: AccountMatcher }>();

function matcherFor(roster: Roster): AccountMatcher {
  const kept = matchers.get(roster);
  if (kept && kept.accounts.length === roster.length && kept.accounts.every((a, i) => a === roster[i])) return kept.matcher;
  const matcher = createAccountMatcher(roster);
  matchers.set(roster, { accounts: [...roster], matcher });
  return matcher;
}

/** Every reason this relation is abnormal; `[]` when it is normal. */
export function classifyRelation(relation: Relation, roster: Roster): ReasonCode[] {
  if (isUnbound(relation.accountId)) return ['no-dedicated-cs'];
  const accountId = relation.accountId;
  // The common case first: the relation names the account by its id.
  const exact = roster.find((a) => a.id === accountId);
  return accountReasons(exact ?? matcherFor(roster).find(accountId));
}
