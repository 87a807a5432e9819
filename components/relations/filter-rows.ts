import type { ReasonCode, ReportRow } from './relations-api';

/** `reason`: a code, `'abnormal'` (any reason) or `'all'` (normal rows too); `account`: an id, `''` for all, `'-'` for none bound. */
export interface RowFilter {
  reason: ReasonCode | 'abnormal' | 'all';
  account: string;
  text: string;
}

export type SortKey = 'buyerId' | 'buyerName' | 'account' | 'boundAt' | 'reasons';
export interface RowSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_FILTER: RowFilter = { reason: 'abnormal', account: '', text: '' };

/** The rows a filter keeps, in their order. One pass; fast enough for 100,000 rows on every keystroke. */
export function filterRows(rows: readonly ReportRow[], filter: RowFilter): ReportRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (filter.reason === 'abnormal' ? r.reasons.length === 0 : filter.reason !== 'all' && !r.reasons.includes(filter.reason)) return false;
    if (filter.account === '-' ? r.accountId !== null : filter.account !== '' && (r.rosterId ?? r.accountId) !== filter.account) return false;
    return !text || r.buyerId.toLowerCase().includes(text) || (r.buyerName?.toLowerCase().includes(text) ?? false);
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** A sorted copy; `accountName` gives the text the account column sorts by (its shown name). */
export function sortRows(rows: readonly ReportRow[], sort: RowSort | null, accountName: (id: string | null) => string): ReportRow[] {
  if (!sort) return rows as ReportRow[];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyOf = (r: ReportRow): string | number => {
    switch (sort.key) {
      case 'buyerId':
        return r.buyerId;
      case 'buyerName':
        return r.buyerName ?? '';
      case 'account':
        return accountName(r.accountId);
      case 'boundAt':
        return r.boundAt ?? -1;
      case 'reasons':
        return r.reasons.length;
    }
  };
  // Keys computed once per row, not once per comparison: 100,000 rows sort in tens of ms.
  const keyed = rows.map((r) => ({ r, k: keyOf(r) }));
  keyed.sort((a, b) => sign * (typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : collator.compare(String(a.k), String(b.k))));
  return keyed.map((x) => x.r);
}
