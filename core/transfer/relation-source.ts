import { createAccountMatcher, type Account, type Relation, type Roster } from '../relations';
import type { RelationSource } from './service';

/** What the transfer area needs of the relations area's service. */
export interface RelationsReader {
  getRoster(): Promise<Account[]>;
  currentRelations(): Promise<{ relations: Relation[] } | null>;
}

/**
 * The transfer area's view of the relations area. The back office may name a bound account by its
 * name or as `店铺名:小王`; the planner and reconciliation work on roster ids, so each relation's
 * bound account is resolved to the roster's id where the relations area's matcher finds one
 * (unmatched text is kept as is and stays `unknown-account`).
 */
export function relationSourceOf(relations: RelationsReader): RelationSource {
  return {
    roster: () => relations.getRoster(),
    async current() {
      const [roster, current] = await Promise.all([relations.getRoster(), relations.currentRelations()]);
      if (!current) return null;
      return { roster, relations: withRosterIds(current.relations, roster) };
    },
  };
}

function withRosterIds(relations: readonly Relation[], roster: Roster): Relation[] {
  const matcher = createAccountMatcher(roster);
  return relations.map((r) => {
    if (r.accountId === null) return r;
    const id = matcher.find(r.accountId)?.id;
    return id === undefined || id === r.accountId ? r : { ...r, accountId: id };
  });
}
