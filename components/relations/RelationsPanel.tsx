import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { BackOfficeHost } from '../sidebar/host';
import { DEFAULT_FILTER, type RowFilter, type RowSort } from './filter-rows';
import { ImportCard } from './ImportCard';
import { rm } from './messages';
import { parseFileOffThread, type ParseFile } from './parse-file';
import { RelationList } from './RelationList';
import { relationsApi, type RelationsApi } from './relations-api';
import { accountNamer, createRelationsState } from './relations-state';
import { RelationSummary } from './RelationSummary';
import { ScanCard, type Reporter } from './ScanCard';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  reporter: Reporter;
  /** Present on a back-office page: scan its table, mark its rows. */
  backOffice?: BackOfficeHost;
  /** The options page's full view (wide sortable list) instead of the sidebar's column. */
  wide?: boolean;
  /** Tests give their own; by default the relations area's requests over `client`. */
  api?: RelationsApi;
  parse?: ParseFile;
}

/**
 * 关系: what is abnormal and why (summary by reason and account), where the data comes from (scan of
 * this page's table, file import) and the filterable list. Abnormal rows are marked on the page.
 */
export function RelationsPanel({ lang, client, reporter, backOffice, wide = false, api, parse = parseFileOffThread }: Props) {
  const [state] = useState(() => createRelationsState(api ?? relationsApi(client)));
  const filter = useSignal<RowFilter>(DEFAULT_FILTER);
  const sort = useSignal<RowSort | null>(null);
  const report = state.report.value;
  const roster = state.roster.value;
  const accountName = useMemo(() => accountNamer(report, roster), [report, roster]);

  /** Marks the abnormal rows of the current set on the relation page (the overlay follows page turns). */
  async function markPage() {
    if (backOffice?.table !== 'relations') return;
    const rows = state.report.value?.rows ?? [];
    backOffice.markRows(rows.filter((r) => r.reasons.length > 0).map((r) => ({ buyerId: r.buyerId, reasons: [...r.reasons] })));
  }

  useEffect(() => {
    void state.reload().then(markPage);
  }, []);

  const onReason = (code: RowFilter['reason']) => (filter.value = { ...filter.value, reason: code });
  const onAccount = (id: string) => (filter.value = { ...filter.value, account: id });

  const scan = backOffice ? (
    <ScanCard lang={lang} backOffice={backOffice} state={state} reporter={reporter} onScanned={markPage} />
  ) : (
    !wide && <p class="hint rel-card">{rm(lang, 'notBackOffice')}</p>
  );
  const importCard = <ImportCard lang={lang} state={state} reporter={reporter} parse={parse} defaultKind={backOffice?.table ?? 'relations'} onImported={markPage} />;

  return (
    <div class={`relations ${wide ? 'wide' : 'compact'}`}>
      {wide && (
        <header class="rel-head">
          <h2>{rm(lang, 'heading')}</h2>
          <p class="intro">{rm(lang, 'intro')}</p>
        </header>
      )}
      {state.error.value && (
        <p role="alert" class="alert">
          {state.error.value}
        </p>
      )}
      {/* The sidebar puts the page's scan first (what the owner came to do there), the file import last. */}
      {!wide && scan}
      <div class="rel-top">
        <div class="rel-card rel-overview">
          {report === undefined ? (
            <p class="hint">{rm(lang, 'loading')}</p>
          ) : report === null ? (
            <p class="empty">{rm(lang, 'empty')}</p>
          ) : (
            <RelationSummary lang={lang} report={report} accountName={accountName} onReason={onReason} onAccount={onAccount} />
          )}
        </div>
        {wide && (
          <div class="rel-sources">
            {scan}
            {importCard}
          </div>
        )}
      </div>
      {report && <RelationList lang={lang} report={report} accountName={accountName} filter={filter} sort={sort} wide={wide} />}
      {!wide && importCard}
    </div>
  );
}
