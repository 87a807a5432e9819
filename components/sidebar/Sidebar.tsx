import { useComputed, useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { SidebarHost } from './host';
import type { Status } from './status';
import { panelName, panelsFor, type PanelDeclaration, type SidebarPage } from '../panels/panel';
import type { LibraryState } from '../phrases/library-state';
import { t } from '../ui/i18n';
import { ManualCopy } from '../ui/ManualCopy';
import { SIDEBAR_PANELS } from './panels';
import { describeProblem } from './problem-text';
import { RadarBadge, RadarList } from '../radar/RadarList';
import { useRadar } from '../radar/use-radar';

interface Props {
  host: SidebarHost;
  library: LibraryState;
  status: Status;
  open: { value: boolean };
  focusRequest: { value: number };
  pickRequest: { value: string | null };
  /** The panels; the registry (`./panels.ts`) unless a test gives its own. */
  registry?: readonly PanelDeclaration<SidebarPage>[];
}

/** The page kind the sidebar sits on: a back-office table when the host reads one, else the chat console. */
export const sidebarPage = (host: SidebarHost): SidebarPage => host.backOffice?.table ?? 'chat';

/** The docked sidebar: launcher, header with the current buyer, panel tabs, status line. */
export function Sidebar({ host, library, status, open, focusRequest, pickRequest, registry = SIDEBAR_PANELS }: Props) {
  const { lang } = host;
  const page = sidebarPage(host);
  const panels = useMemo(() => panelsFor(registry, page), [registry, page]);
  const chosen = useSignal<string | null>(null);
  const current = panels.find((p) => p.id === chosen.value) ?? panels[0];
  const problems = useComputed(() => {
    const said = host.problems.value.map((p) => describeProblem(lang, p, host.site.name));
    // On a console whose page structure is our guess, say so, and point to the standalone mode.
    if (said.length > 0 && host.site.confidence === 'guess') said.push(t(lang, 'guessedSelectors', { site: host.site.name }));
    return said;
  });
  const radar = useRadar(host, page === 'chat');
  const inputMissing = host.problems.value.some((p) => p.kind === 'no-input' || (p.kind === 'invalid-selector' && p.part === 'chatInput'));

  function onTabKey(e: KeyboardEvent) {
    const at = current ? panels.indexOf(current) : 0;
    const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : null;
    if (to === null || panels.length < 2) return;
    e.preventDefault();
    const next = panels[(to + panels.length) % panels.length]!;
    chosen.value = next.id;
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#kefu-tab-${next.id}`)?.focus();
  }

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
      {radar && <RadarBadge lang={lang} radar={radar} />}
      {open.value && (
        <section class="panel">
          <header class="header">
            <div class="brand">
              <strong>{t(lang, 'launcher')}</strong>
              <span class={`site site-${host.site.confidence}`}>{host.site.name}</span>
            </div>
            {page === 'chat' && (
              <>
                <p class="buyer">{buyer ? t(lang, 'currentBuyer', { name: buyer.name }) : t(lang, 'noBuyer')}</p>
                {radar && <RadarList host={host} radar={radar} library={library} status={status} />}
              </>
            )}
          </header>
          {alerts.length > 0 && (
            <div role="alert" class="alert">
              {alerts.map((text, i) => (
                <p key={i}>{text}</p>
              ))}
              {message?.kind === 'alert' && message.manualCopy !== undefined && <ManualCopy lang={lang} text={message.manualCopy} />}
              {inputMissing && host.pickChatInput && (
                <button type="button" class="pick" onClick={pickInput}>
                  {t(lang, 'pickChatInput')}
                </button>
              )}
            </div>
          )}
          <div role="tablist" class="tabs" onKeyDown={onTabKey}>
            {panels.map((panel) => (
              <button
                key={panel.id}
                type="button"
                role="tab"
                id={`kefu-tab-${panel.id}`}
                aria-selected={panel === current}
                aria-controls={`kefu-panel-${panel.id}`}
                tabIndex={panel === current ? 0 : -1}
                onClick={() => (chosen.value = panel.id)}
              >
                {panelName(panel, lang)}
                {panel.badge && <panel.badge lang={lang} host={host} />}
              </button>
            ))}
          </div>
          {/* Every panel stays mounted, the others hidden: a scan running in 关系 goes on while 转移 is open. */}
          {panels.map((panel) => (
            <div key={panel.id} role="tabpanel" class="tabpanel" id={`kefu-panel-${panel.id}`} aria-label={panelName(panel, lang)} hidden={panel !== current}>
              <panel.component
                page={page}
                lang={lang}
                client={host.client}
                library={library}
                host={host}
                status={status}
                focusRequest={focusRequest}
                pickRequest={pickRequest}
              />
            </div>
          ))}
          <div role="status" class="status" aria-live="polite">
            {message?.kind === 'status' ? message.text : ''}
          </div>
        </section>
      )}
    </div>
  );
}
