import { signal } from '@preact/signals';
import { shareRepeats } from './share-repeats';
import { hasAccount, type Account,type RelationReport,type RelationsApi } from './relations-api';

/** The current relation report and roster, as the 关系 panels show them; `reload` after every write. */
export function createRelationsState(api: RelationsApi) {
  /** `undefined` while loading, `null` when there is no relation data yet. */
  const report = signal<RelationReport | null | undefined>(undefined);
  const roster = signal<Account[]>([]);
  const error = signal<string | null>(null);

  async function reload(): Promise<RelationReport | null> {
    const [rep, ros] = await Promise.all([api.getRelationReport(), api.getRoster()]);
    if (ros.ok) roster.value = ros.value;
    if (!rep.ok) {
      error.value = rep.error.message;
      report.value ??= null;
      return null;
    }
    error.value = null;
    report.value = rep.value && shareRepeats(rep.value);
    return rep.value;
  }

  return { api, report, roster, error, reload };
}
export type RelationsState = ReturnType<typeof createRelationsState>;

/** An account's shown name: the report's, else the roster's, else its id. */
export function accountNamer(report: RelationReport | null | undefined, roster: readonly Account[]): (id: string | null) => string {
  const names = new Map<string, string>();
  for (const a of roster) names.set(a.id, a.name || a.id);
  for (const a of report?.summary.byAccount.filter(hasAccount) ?? []) names.set(a.accountId, a.name || a.accountId);
  return (id) => (id === null ? '' : (names.get(id) ?? id));
}
