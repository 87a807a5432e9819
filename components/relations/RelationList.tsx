import { useMemo } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { VirtualGrid, type CellContent, type CellPart, type GridColumn } from '../ui/VirtualGrid';
import { filterRows, sortRows, type RowFilter, type RowSort, type SortKey } from './filter-rows';
import { REASON_ORDER, reasonName, rm } from './messages';
import { hasAccount, type RelationReport,type ReportRow } from './relations-api';

interface Props {
  lang: Lang;
  report: RelationReport;
  accountName(id: string | null): string;
  filter: { value: RowFilter };
  sort: { value: RowSort | null };
  /** The options page's wide table (every column, sortable) instead of the sidebar's compact one. */
  wide: boolean;
}

const ROW_HEIGHT = { wide: 34, compact: 44 };

/** One date formatter per language (toLocaleDateString would set one up for every cell). */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) dateFormats.set(lang, (f = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB')));
  return f;
}

/** Filters (reason, account, buyer text) over a virtualised list of the current relation set. */
export function RelationList({ lang, report, accountName, filter, sort, wide }: Props) {
  const f = filter.value;
  const filtered = useMemo(() => filterRows(report.rows, f), [report, f]);
  const rows = useMemo(() => sortRows(filtered, sort.value, accountName), [filtered, sort.value, accountName]);
  const set = (patch: Partial<RowFilter>) => (filter.value = { ...filter.value, ...patch });
  const toggleSort = (key: string) => {
    const now = sort.value;
    sort.value = now?.key === key ? (now.dir === 'asc' ? { key: key as SortKey, dir: 'desc' } : null) : { key: key as SortKey, dir: 'asc' };
  };
  // Cells are text parts (the grid repaints them in place); the constant ones are made once per render.
  const normal: CellPart[] = [{ text: rm(lang, 'normal'), class: 'badge ok' }];
  const reasonsCell = (r: ReportRow): CellContent =>
    r.reasons.length === 0 ? normal : r.reasons.map((code) => ({ text: reasonName(lang, code), class: `badge reason reason-${code}` }));
  const date = dateFormat(lang);
  const account = (r: ReportRow) => (r.accountId === null ? rm(lang, 'noAccount') : accountName(r.accountId));
  const sortable = (id: string) => (wide ? rm(lang, 'sortBy', { column: rm(lang, id as never) }) : undefined);
  const columns: GridColumn<ReportRow>[] = wide
    ? [
        { id: 'buyerId', label: rm(lang, 'colBuyer'), width: 'minmax(0, 1.2fr)', cell: (r) => r.buyerId, sortLabel: sortable('colBuyer') },
        { id: 'buyerName', label: rm(lang, 'colBuyerName'), width: 'minmax(0, 1fr)', cell: (r) => r.buyerName ?? '', sortLabel: sortable('colBuyerName') },
        { id: 'account', label: rm(lang, 'colAccount'), width: 'minmax(0, 1fr)', cell: account, sortLabel: sortable('colAccount') },
        { id: 'boundAt', label: rm(lang, 'colBoundAt'), width: '150px', cell: (r) => (r.boundAt ? date.format(r.boundAt) : ''), sortLabel: sortable('colBoundAt') },
        { id: 'reasons', label: rm(lang, 'colReasons'), width: 'minmax(0, 2.4fr)', cell: reasonsCell, sortLabel: sortable('colReasons') },
      ]
    : [
        {
          id: 'buyerId',
          label: rm(lang, 'colBuyer'),
          width: 'minmax(0, 1fr)',
          cell: (r) => [
            { text: r.buyerName ?? r.buyerId, class: 'rel-buyer' },
            { text: account(r), class: 'rel-account' },
          ],
        },
        { id: 'reasons', label: rm(lang, 'colReasons'), width: 'minmax(0, 1.3fr)', cell: reasonsCell },
      ];
  const accounts = report.summary.byAccount.filter(hasAccount).sort((a, b) => accountName(a.accountId).localeCompare(accountName(b.accountId), 'zh-CN'));
  return (
    <section class={`rel-list ${wide ? 'wide' : 'compact'}`} aria-labelledby="rel-list-heading">
      <h3 id="rel-list-heading">{rm(lang, 'listHeading')}</h3>
      <div class="rel-filters">
        <label>
          <span>{rm(lang, 'filterReason')}</span>
          <select value={f.reason} onChange={(e) => set({ reason: (e.currentTarget as HTMLSelectElement).value as RowFilter['reason'] })}>
            <option value="abnormal">{rm(lang, 'anyReason')}</option>
            {REASON_ORDER.map((code) => (
              <option key={code} value={code}>
                {reasonName(lang, code)}
              </option>
            ))}
            <option value="all">{rm(lang, 'allRows')}</option>
          </select>
        </label>
        <label>
          <span>{rm(lang, 'filterAccount')}</span>
          <select value={f.account} onChange={(e) => set({ account: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{rm(lang, 'anyAccount')}</option>
            {accounts.map((a) => (
              <option key={a.accountId} value={a.accountId}>
                {a.name || accountName(a.accountId)}
              </option>
            ))}
            <option value="-">{rm(lang, 'noAccount')}</option>
          </select>
        </label>
        <label class="rel-search">
          <span>{rm(lang, 'filterText')}</span>
          <input type="search" value={f.text} placeholder={rm(lang, 'filterTextPlaceholder')} onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <span class="hint rel-shown" role="status">
          {rm(lang, 'shown', { count: rows.length })}
        </span>
      </div>
      <VirtualGrid
        label={rm(lang, 'gridLabel', { count: rows.length })}
        rows={rows}
        columns={columns}
        rowHeight={wide ? ROW_HEIGHT.wide : ROW_HEIGHT.compact}
        initialHeight={wide ? 560 : 320}
        sort={sort.value}
        onSort={toggleSort}
        empty={rm(lang, 'noMatch')}
        class="rel-grid"
      />
    </section>
  );
}
