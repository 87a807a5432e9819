import type { Lang } from '../../core/i18n';
import { hasAccount, type ReasonCode,type RelationReport } from './relations-api';
import { REASON_ORDER, reasonFix, reasonName, rm } from './messages';

interface Props {
  lang: Lang;
  report: RelationReport;
  accountName(id: string | null): string;
  /** Shows only the relations with this reason in the list. */
  onReason(code: ReasonCode): void;
  /** Shows only this account's relations in the list. */
  onAccount(id: string): void;
}

const when = (lang: Lang, at: number) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

/** Totals, the count per reason with what fixes it, and the count per account. */
export function RelationSummary({ lang, report, accountName, onReason, onAccount }: Props) {
  const { summary } = report;
  const reasons = REASON_ORDER.filter((code) => (summary.byReason[code] ?? 0) > 0);
  const accounts = summary.byAccount.filter(hasAccount).sort((a, b) => b.abnormal - a.abnormal || b.total - a.total);
  return (
    <section class="rel-summary" aria-labelledby="rel-summary-heading">
      <h3 id="rel-summary-heading" class="rel-totals">
        {rm(lang, 'totals', { total: report.total, abnormal: summary.abnormal })}
      </h3>
      {/* A scan's label is only its start time: the line says when; an import's names its file. */}
      <p class="hint">{rm(lang, report.source === 'scan' ? 'fromScan' : 'fromImport', { when: when(lang, report.finishedAt), label: report.label })}</p>
      {summary.abnormal === 0 ? (
        <p class="rel-ok">{rm(lang, 'allNormal')}</p>
      ) : (
        <>
          <h4>{rm(lang, 'reasonsHeading')}</h4>
          <ul class="rel-reasons" aria-label={rm(lang, 'reasonsHeading')}>
            {reasons.map((code) => (
              <li key={code} class={`rel-reason reason-${code}`}>
                <button type="button" class="rel-reason-name" aria-label={rm(lang, 'showReason', { reason: reasonName(lang, code) })} onClick={() => onReason(code)}>
                  <span>{reasonName(lang, code)}</span>
                  <strong class="rel-count">{summary.byReason[code]}</strong>
                </button>
                <p class="rel-fix">{reasonFix(lang, code)}</p>
              </li>
            ))}
          </ul>
          <p class="hint">{rm(lang, 'reasonsHint')}</p>
        </>
      )}
      {accounts.length > 0 && (
        <>
          <h4>{rm(lang, 'accountsHeading')}</h4>
          <table class="rel-accounts" aria-label={rm(lang, 'accountsHeading')}>
            <thead>
              <tr>
                <th scope="col">{rm(lang, 'colAccount')}</th>
                <th scope="col">{rm(lang, 'colTotal')}</th>
                <th scope="col">{rm(lang, 'colAbnormal')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.accountId}>
                  <th scope="row">
                    <button type="button" class="link" onClick={() => onAccount(a.accountId)}>
                      {a.name || accountName(a.accountId)}
                    </button>
                  </th>
                  <td>{a.total}</td>
                  <td class={a.abnormal > 0 ? 'rel-bad' : ''}>{a.abnormal}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
