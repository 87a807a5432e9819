import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import type { SiteAdapter } from '../../sites/types';
import { AutoReplyComposer } from '../manager/AutoReplyComposer';
import { ExportPanel } from '../manager/ExportPanel';
import { ImportPanel } from '../manager/ImportPanel';
import { m, type ManagerMessageKey } from '../manager/messages';
import { createNotice, type Notice } from '../manager/notice';
import { NoticeBar } from '../manager/NoticeBar';
import { loadPhraseFiles, type PhraseFiles } from '../manager/phrase-files';
import { PhraseManager } from '../manager/PhraseManager';
import { SnapshotsPanel } from '../manager/SnapshotsPanel';
import type { LibraryState } from '../phrases/library-state';
import { t } from '../ui/i18n';
import { DataSettings } from './DataSettings';
import { SelectorSettings } from './SelectorSettings';
import { VariableSettings } from './VariableSettings';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  adapters: readonly SiteAdapter[];
  /** Reader/writer of phrase files; loaded on first use by default. */
  files?: () => Promise<PhraseFiles>;
  notice?: Notice;
}

const TABS = ['library', 'files', 'autoreply', 'variables', 'selectors', 'backup'] as const;
type TabId = (typeof TABS)[number];
const TAB_LABEL: Record<TabId, ManagerMessageKey> = {
  library: 'tabLibrary',
  files: 'tabFiles',
  autoreply: 'tabAutoReply',
  variables: 'tabVariables',
  selectors: 'tabSelectors',
  backup: 'tabBackup',
};

const tabFromHash = (): TabId => {
  const hash = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return (TABS as readonly string[]).includes(hash) ? (hash as TabId) : 'library';
};

/** The full-page manager: a tab per area; one status line with its undo button above them all. */
export function OptionsApp({ lang, client, library, adapters, files = loadPhraseFiles, notice: given }: Props) {
  const [notice] = useState(() => given ?? createNotice());
  const [tab, setTab] = useState<TabId>(tabFromHash);
  const overrides = library.snapshot.value?.selectorOverrides ?? [];

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  function select(next: TabId, focus = false) {
    setTab(next);
    if (typeof history !== 'undefined') history.replaceState(null, '', `#${next}`);
    if (focus) document.getElementById(`tab-${next}`)?.focus();
  }

  function onTabKey(e: KeyboardEvent) {
    const at = TABS.indexOf(tab);
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    select(TABS[(to + TABS.length) % TABS.length]!, true);
  }

  return (
    <div class="page">
      <header class="topbar">
        <h1>{t(lang, 'optionsTitle')}</h1>
        <div role="tablist" aria-label={m(lang, 'navLabel')} class="tabs" onKeyDown={onTabKey}>
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => select(id)}
            >
              {m(lang, TAB_LABEL[id])}
            </button>
          ))}
        </div>
      </header>
      <NoticeBar lang={lang} notice={notice} />
      <main>
        {TABS.map((id) => (
          <section key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} class={`panel panel-${id}`}>
            {tab === id && panel(id)}
          </section>
        ))}
      </main>
    </div>
  );

  function panel(id: TabId) {
    switch (id) {
      case 'library':
        return <PhraseManager lang={lang} client={client} library={library} notice={notice} />;
      case 'files':
        return (
          <>
            <ImportPanel lang={lang} client={client} notice={notice} files={files} />
            <ExportPanel lang={lang} client={client} library={library} notice={notice} files={files} />
          </>
        );
      case 'autoreply':
        return <AutoReplyComposer lang={lang} notice={notice} />;
      case 'variables':
        return (
          library.snapshot.value && (
            <VariableSettings lang={lang} client={client} saved={library.snapshot.value.variableSettings} status={notice} />
          )
        );
      case 'selectors':
        return (
          <section class="card" aria-labelledby="selectors-heading">
            <h2 id="selectors-heading">{t(lang, 'selectorsHeading')}</h2>
            <p class="intro">{t(lang, 'selectorsIntro')}</p>
            {library.snapshot.value &&
              adapters.map((adapter) => (
                <SelectorSettings
                  key={adapter.id}
                  lang={lang}
                  client={client}
                  adapter={adapter}
                  saved={overrides.find((o) => o.site === adapter.id)}
                  status={notice}
                />
              ))}
          </section>
        );
      case 'backup':
        return (
          <>
            <SnapshotsPanel lang={lang} client={client} library={library} notice={notice} />
            <DataSettings lang={lang} client={client} status={notice} />
          </>
        );
    }
  }
}
