import { createClassifier, isUnbound, type RelationClassifier } from './classify';
import { REASON_CODES, type ReasonCode, type Relation, type Roster } from './model';

export type ReasonCounts = Record<ReasonCode, number>;

export interface AccountSummary {
  /**
   * The roster account's id when the bound account was found (see `createAccountMatcher`); the
   * text the relations carry when it is unknown; null for relations with no account bound.
   */
  accountId: string | null;
  /** The roster account's name; the text as written for an unknown account; '' when none is bound. */
  name: string;
  /** Whether the account is in the roster. */
  known: boolean;
  total: number;
  abnormal: number;
  byReason: ReasonCounts;
}

export interface RelationSummary {
  total: number;
  /** Relations with at least one reason. */
  abnormal: number;
  /** Relations per reason (a relation with two reasons counts under both). */
  byReason: ReasonCounts;
  /** One entry per bound account (unknown texts and "none bound" included): most abnormal first. */
  byAccount: AccountSummary[];
}

export const emptyReasonCounts = (): ReasonCounts => Object.fromEntries(REASON_CODES.map((code) => [code, 0])) as ReasonCounts;

/**
 * Counts by reason and by account. Relations are grouped by the exact text of their bound account
 * first (one Map step per relation), then each group is classified once and folded into its account.
 */
export function summarizeRelations(relations: readonly Pick<Relation, 'accountId'>[], roster: Roster, classifier: RelationClassifier = createClassifier(roster)): RelationSummary {
  const perText = new Map<string | null, number>();
  for (const { accountId } of relations) perText.set(accountId, (perText.get(accountId) ?? 0) + 1);

  const summary: RelationSummary = { total: relations.length, abnormal: 0, byReason: emptyReasonCounts(), byAccount: [] };
  const byAccount = new Map<string | null, AccountSummary>();
  for (const [text, count] of perText) {
    const account = classifier.account(text);
    const key = account ? `id:${account.id}` : isUnbound(text) ? null : `text:${text.trim()}`;
    let entry = byAccount.get(key);
    if (!entry) {
      entry = {
        accountId: account ? account.id : isUnbound(text) ? null : text.trim(),
        name: account ? account.name : isUnbound(text) ? '' : text.trim(),
        known: account !== undefined,
        total: 0,
        abnormal: 0,
        byReason: emptyReasonCounts(),
      };
      byAccount.set(key, entry);
    }
    const reasons = classifier.classify({ accountId: text });
    entry.total += count;
    if (reasons.length > 0) {
      entry.abnormal += count;
      summary.abnormal += count;
    }
    for (const reason of reasons) {
      entry.byReason[reason] += count;
      summary.byReason[reason] += count;
    }
  }
  summary.byAccount = [...byAccount.values()].sort(
    (a, b) => b.abnormal - a.abnormal || b.total - a.total || (a.accountId ?? '').localeCompare(b.accountId ?? ''),
  );
  return summary;
}
