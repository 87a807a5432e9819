import { useComputed, useSignal } from '@preact/signals';
import type { SidebarHost } from './host';
import type { Status } from './status';
import type { LibraryState } from '../phrases/library-state';
import { PhrasesPanel } from '../phrases/PhrasesPanel';
import { t } from '../ui/i18n';
import { describeProblem } from './problem-text';
import { WaitingList } from './WaitingList';
import { BackOfficePlaceholder } from './BackOfficePlaceholder';
import { tb } from './back-office-messages';

interface Props {
  host: SidebarHost;
  library: LibraryState;
  status: Status;
  open: { value: boolean };
  focusRequest: { value: number };
  pickRequest: { value: string | null };
}

/** The docked sidebar: launcher, header with the current buyer, panel tabs, status line. */
export function Sidebar({ host, library, status, open, focusRequest, pickRequest }: Props) {
  const { lang } = host;
  // On a back-office page the table's panel comes first (a placeholder until the 关系 panel lands).
  const tab = useSignal<'phrases' | 'backOffice'>(host.backOffice ? 'backOffice' : 'phrases');
  const problems = useComputed(() => {
    const said = host.problems.value.map((p) => describeProblem(lang, p, host.site.name));
    // On a console whose page structure is our guess, say so, and point to the standalone mode.
    if (said.length > 0 && host.site.confidence === 'guess') said.push(t(lang, 'guessedSelectors', { site: host.site.name }));
    return said;
  });
  const inputMissing = host.problems.value.some((p) => p.kind === 'no-input' || (p.kind === 'invalid-selector' && p.part === 'chatInput'));

  async function pickInput() {
    if (!host.pickChatInput) return;
    status.say(t(lang, 'pickingChatInput'));
    const outcome = await host.pickChatInput();
    if (outcome.kind === 'saved') status.say(t(lang, 'pickedChatInput', { selector: outcome.selector }));
    else if (outcome.kind === 'cancelled') status.clear();
    else if (outcome.kind === 'not-editable') status.alert(t(lang, 'pickedNotEditable'));
    else status.alert(outcome.message);
  }

  const buyer = host.buyer.value;
  const message = status.current.value;
  const alerts = [...problems.value, ...(message?.kind === 'alert' ? [message.text] : [])];
  if (library.loadError.value) alerts.push(library.loadError.value.message);

  return (
    <div
      class={`shell ${open.value ? 'is-open' : 'is-collapsed'}`}
      // Escape anywhere in the sidebar gives the chat input the focus back (and ends a pick).
      onKeyDown={(e) => e.key === 'Escape' && host.focusChatInput?.()}
    >
      <button
        type="button"
        class="launcher"
        aria-label={t(lang, 'launcher')}
        aria-expanded={open.value}
        title={open.value ? t(lang, 'collapse') : t(lang, 'launcher')}
        onClick={() => (open.value = !open.value)}
      >
        <span aria-hidden="true">{open.value ? '›' : '客服'}</span>
      </button>
      {open.value && (
        <section class="panel">
          <header class="header">
            <div class="brand">
              <strong>{t(lang, 'launcher')}</strong>
              <span class={`site site-${host.site.confidence}`}>{host.site.name}</span>
            </div>
            {!host.backOffice && <p class="buyer">{buyer ? t(lang, 'currentBuyer', { name: buyer.name }) : t(lang, 'noBuyer')}</p>}
            <WaitingList host={host} />
          </header>
          {alerts.length > 0 && (
            <div role="alert" class="alert">
              {alerts.map((text, i) => (
                <p key={i}>{text}</p>
              ))}
              {inputMissing && host.pickChatInput && (
                <button type="button" class="pick" onClick={pickInput}>
                  {t(lang, 'pickChatInput')}
                </button>
              )}
            </div>
          )}
          <div role="tablist" class="tabs">
            {host.backOffice && (
              <button type="button" role="tab" aria-selected={tab.value === 'backOffice'} onClick={() => (tab.value = 'backOffice')}>
                {tb(lang, 'tabRelations')}
              </button>
            )}
            <button type="button" role="tab" aria-selected={tab.value === 'phrases'} onClick={() => (tab.value = 'phrases')}>
              {t(lang, 'tabPhrases')}
            </button>
          </div>
          {host.backOffice && tab.value === 'backOffice' ? (
            <div role="tabpanel" class="tabpanel" aria-label={tb(lang, 'tabRelations')}>
              <BackOfficePlaceholder key={host.backOffice.table} lang={lang} backOffice={host.backOffice} status={status} />
            </div>
          ) : (
            <div role="tabpanel" class="tabpanel" aria-label={t(lang, 'tabPhrases')}>
              <PhrasesPanel host={host} library={library} status={status} focusRequest={focusRequest} pickRequest={pickRequest} />
            </div>
          )}
          <div role="status" class="status" aria-live="polite">
            {message?.kind === 'status' ? message.text : ''}
          </div>
        </section>
      )}
    </div>
  );
}
