import { useSignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import { download } from '../ui/download';
import { tm } from './messages';
import { planTable } from '../../core/transfer/export-rows';
import { planToCsv, planToXlsx } from './plan-file';
import { reasonsText } from './PlannerCard';
import type { Reporter } from '../relations/ScanCard';
import type { Account } from '../../core/relations/model';
import type { TransferPlan } from './transfer-api';

interface Props {
  lang: Lang;
  plan: TransferPlan;
  batchSize: number;
  accountName(id: string | null): string;
  roster: readonly Account[];
  reporter: Reporter;
}

const SHOWN_BATCHES = 8;

/** The plan: how many move where, refused targets with their reasons, the batches, and the export. */
export function PlanResult({ lang, plan, batchSize, accountName, roster, reporter }: Props) {
  const exporting = useSignal(false);
  const perTarget = new Map<string, number>();
  for (const a of plan.assignments) perTarget.set(a.to, (perTarget.get(a.to) ?? 0) + 1);

  async function save(format: 'csv' | 'xlsx') {
    exporting.value = true;
    const table = planTable(plan, roster, lang);
    const stamp = new Date().toISOString().slice(0, 10);
    const file = `${tm(lang, 'fileName')}-${stamp}.${format}`;
    try {
      if (format === 'csv') download(file, await planToCsv(table), 'text/csv;charset=utf-8');
      else download(file, await planToXlsx(table, table.sheetName), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reporter.say(tm(lang, 'exported', { file }));
    } catch (error) {
      reporter.alert(tm(lang, 'exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      exporting.value = false;
    }
  }

  return (
    <section class="tr-result" aria-label={tm(lang, 'plannerHeading')}>
      <p class="tr-summary">
        {plan.assignments.length === 0 ? tm(lang, 'planEmpty') : tm(lang, 'planSummary', { count: plan.assignments.length, batches: plan.batches.length, size: batchSize })}
      </p>
      {plan.rejected.length > 0 && (
        <div class="tr-rejected" role="alert">
          <h4>{tm(lang, 'rejectedHeading')}</h4>
          <ul>
            {plan.rejected.map((r) => (
              <li key={r.accountId}>
                {tm(lang, 'rejectedLine', { name: accountName(r.accountId), reasons: reasonsText(lang, r.reasons) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {perTarget.size > 0 && (
        <>
          <h4>{tm(lang, 'perTarget')}</h4>
          <ul class="tr-targets-result">
            {[...perTarget].map(([to, n]) => (
              <li key={to}>
                <span>{accountName(to)}</span>
                <strong>{n}</strong>
              </li>
            ))}
          </ul>
          <h4>{tm(lang, 'batchesHeading')}</h4>
          <ol class="tr-batches">
            {plan.batches.slice(0, SHOWN_BATCHES).map((b, i) => (
              <li key={i}>{tm(lang, 'batchLine', { n: i + 1, to: accountName(b.to), count: b.buyerIds.length })}</li>
            ))}
          </ol>
          {plan.batches.length > SHOWN_BATCHES && <p class="hint">{tm(lang, 'moreBatches', { count: plan.batches.length - SHOWN_BATCHES })}</p>}
          <div class="actions">
            <button type="button" disabled={exporting.value} onClick={() => save('csv')}>
              {tm(lang, 'exportCsv')}
            </button>
            <button type="button" disabled={exporting.value} onClick={() => save('xlsx')}>
              {tm(lang, 'exportXlsx')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
