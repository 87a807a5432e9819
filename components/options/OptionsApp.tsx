import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import type { SiteAdapter } from '../../sites/types';
import { m } from '../manager/messages';
import { createNotice, type Notice } from '../manager/notice';
import { NoticeBar } from '../manager/NoticeBar';
import { loadPhraseFiles, type PhraseFiles } from '../manager/phrase-files';
import { panelName, panelsFor, type PanelDeclaration } from '../panels/panel';
import type { LibraryState } from '../phrases/library-state';
import { t } from '../ui/i18n';
import { OPTIONS_PANELS } from './panels';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  adapters: readonly SiteAdapter[];
  /** Reader/writer of phrase files; loaded on first use by default. */
  files?: () => Promise<PhraseFiles>;
  notice?: Notice;
  /** The tabs; the registry (`./panels.ts`) unless a test gives its own. */
  registry?: readonly PanelDeclaration<'options'>[];
}

const hashId = () => (typeof location === 'undefined' ? '' : location.hash.slice(1));

/** The full-page manager: a tab per registered panel; one status line with its undo button above them all. */
export function OptionsApp({ lang, client, library, adapters, files = loadPhraseFiles, notice: given, registry = OPTIONS_PANELS }: Props) {
  const [notice] = useState(() => given ?? createNotice());
  const tabs = useMemo(() => panelsFor(registry, 'options'), [registry]);
  const ids = tabs.map((p) => p.id);
  const fromHash = () => (ids.includes(hashId()) ? hashId() : ids[0]!);
  const [tab, setTab] = useState<string>(fromHash);

  useEffect(() => {
    const onHash = () => setTab(fromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [tabs]);

  function select(next: string, focus = false) {
    setTab(next);
    if (typeof history !== 'undefined') history.replaceState(null, '', `#${next}`);
    if (focus) document.getElementById(`tab-${next}`)?.focus();
  }

  function onTabKey(e: KeyboardEvent) {
    const at = ids.indexOf(tab);
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? ids.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    select(ids[(to + ids.length) % ids.length]!, true);
  }

  return (
    <div class="page">
      <header class="topbar">
        <h1>{t(lang, 'optionsTitle')}</h1>
        <div role="tablist" aria-label={m(lang, 'navLabel')} class="tabs" onKeyDown={onTabKey}>
          {tabs.map((panel) => (
            <button
              key={panel.id}
              type="button"
              role="tab"
              id={`tab-${panel.id}`}
              aria-selected={tab === panel.id}
              aria-controls={`panel-${panel.id}`}
              tabIndex={tab === panel.id ? 0 : -1}
              onClick={() => select(panel.id)}
            >
              {panelName(panel, lang)}
            </button>
          ))}
        </div>
      </header>
      <NoticeBar lang={lang} notice={notice} />
      <main>
        {tabs.map(({ id, component: Panel }) => (
          <section key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} class={`panel panel-${id}`}>
            {tab === id && <Panel page="options" lang={lang} client={client} library={library} notice={notice} files={files} adapters={adapters} />}
          </section>
        ))}
      </main>
    </div>
  );
}
