import { useSignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import { tm } from './messages';
import { listText } from './PlannerCard';
import type { AccountAudit, TransferApi } from './transfer-api';

interface Props {
  lang: Lang;
  api: TransferApi;
  accountName(id: string | null): string;
}

/** Rights each dedicated account has beyond its role, and the setup missing before a transfer (DOMAIN §4). */
export function AuditCard({ lang, api, accountName }: Props) {
  const audit = useSignal<AccountAudit[] | null>(null);
  const error = useSignal<string | null>(null);
  async function load() {
    const reply = await api.getPermissionsAudit(lang);
    if (reply.ok) {
      audit.value = reply.value;
      error.value = null;
    } else error.value = reply.error.message;
  }
  const findings = audit.value?.filter((a) => a.extraRights.length > 0 || a.missingSetup.length > 0) ?? [];
  return (
    <section class="tr-audit" aria-labelledby="tr-audit-heading">
      <h3 id="tr-audit-heading">{tm(lang, 'auditHeading')}</h3>
      <p class="hint">{tm(lang, 'auditIntro')}</p>
      <button type="button" onClick={load}>
        {tm(lang, 'auditLoad')}
      </button>
      {error.value && (
        <p role="alert" class="form-message">
          {error.value}
        </p>
      )}
      {audit.value &&
        (findings.length === 0 ? (
          <p class="rel-ok">{tm(lang, 'auditClean')}</p>
        ) : (
          <ul class="tr-audit-list" aria-label={tm(lang, 'auditLabel')}>
            {findings.map((a) => (
              <li key={a.accountId}>
                <strong>{a.name || accountName(a.accountId)}</strong>
                {a.extraRights.length > 0 && <p>{tm(lang, 'auditExtra', { rights: listText(lang, a.extraRights) })}</p>}
                {a.missingSetup.length > 0 && <p>{tm(lang, 'auditMissing', { setup: listText(lang, a.missingSetup) })}</p>}
                {[a.advice ?? []].flat().map((line, i) => (
                  <p key={i} class="hint">
                    {line}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
