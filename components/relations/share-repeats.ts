import type { RelationReport, ReportRow } from './relations-api';

/**
 * A report arrives as JSON, so each of its 100,000 rows brings its own reasons array and its own copy
 * of the bound account's id. Only a few dozen of each are different: sharing them (in place, the
 * report is fresh from the message) leaves the garbage collector a third fewer objects to walk, which
 * is what its pauses cost while the list scrolls. Rows are read-only from here on.
 */
export function shareRepeats(report: RelationReport): RelationReport {
  const reasons = new Map<string, ReportRow['reasons']>();
  const ids = new Map<string, string>();
  const id = (s: string) => ids.get(s) ?? (ids.set(s, s), s);
  for (const row of report.rows) {
    const key = row.reasons.join(' ');
    const shared = reasons.get(key);
    if (shared) row.reasons = shared;
    else reasons.set(key, Object.freeze(row.reasons) as ReportRow['reasons']);
    if (row.accountId !== null) row.accountId = id(row.accountId);
    if (row.rosterId !== undefined) row.rosterId = id(row.rosterId);
  }
  return report;
}
