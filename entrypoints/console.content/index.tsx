import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { CONSOLE_HOST_PATTERNS } from '../../core/consoles';
import { langFromLocale } from '../../core/i18n';
import { createProtocolClient, isBroadcast } from '../../core/client';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { createStatus } from '../../components/sidebar/status';
import { createLibraryState } from '../../components/phrases/library-state';
import type { SidebarHost } from '../../components/sidebar/host';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import { installDock, removeDock } from './dock';
import { insertPhrase } from './insert-phrase';
import { createPageReader } from './page-reader';
import { watchPage } from './page-watch';
import { adapterForUrl } from '../../sites/registry';
import type { SiteSelectors } from '../../sites/types';
import { isOpenShortcut } from './shortcut';
import { pageVariables } from './page-variables';
import { pickChatInput } from './pick-chat-input';
import { revealConversation } from './reveal-conversation';
import { rememberCollapsed } from './remember-collapsed';
import { watchChatTrigger } from './chat-trigger';
import { TriggerList } from '../../components/sidebar/TriggerList';
import { suggestPhrases } from '../../components/phrases/find-phrases';

const SIDEBAR_WIDTH = 340;

export default defineContentScript({
  matches: [...CONSOLE_HOST_PATTERNS],
  async main(ctx) {
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    const lang = langFromLocale(browser.i18n.getUILanguage());
    const client = createProtocolClient((envelope) => browser.runtime.sendMessage(envelope), lang);
    const overrides = signal<Partial<SiteSelectors>>({});
    const reader = createPageReader(adapter, () => overrides.value);
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    const page = watchPage(reader, abort.signal);
    const library = createLibraryState({ client });
    const status = createStatus();
    const open = signal(true);
    const focusRequest = signal(0);
    const pickRequest = signal<string | null>(null);
    const trigger = watchChatTrigger({
      reader,
      signal: abort.signal,
      search: (query) => suggestPhrases(library.snapshot.value, query),
      onAccept(phraseId) {
        open.value = true;
        pickRequest.value = phraseId;
      },
    });

    // Selector overrides come with the snapshot; a change re-reads the page at once.
    effect(() => {
      const record = library.snapshot.value?.selectorOverrides.find((r) => r.site === adapter.id);
      overrides.value = (record?.overrides ?? {}) as Partial<SiteSelectors>;
      page.refresh();
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isBroadcast(message)) return;
      void library.applyBroadcast(message.body);
      if (message.body.kind === 'openSidebar') openAndFocus();
    });
    function openAndFocus() {
      open.value = true;
      focusRequest.value++;
    }
    ctx.addEventListener(window, 'keydown', (e) => {
      if (isOpenShortcut(e as KeyboardEvent)) openAndFocus();
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'kefu-sidebar',
      mode: 'open',
      position: 'inline',
      anchor: 'html',
      css: sidebarCss,
      // Keys typed in the sidebar stay in the sidebar: the console never sees our Enter.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container, shadow, shadowHost) {
        const host: SidebarHost = {
          lang,
          site: { name: adapter.name[lang], confidence: adapter.confidence },
          client,
          buyer: page.buyer,
          conversations: page.conversations,
          problems: page.problems,
          insert: (text, chosenFor) => insertPhrase(reader, text, chosenFor, shadow),
          // Page values win: they belong to this conversation; settings hold the shop's and the agent's.
          variableValues: () => ({ ...library.snapshot.value?.variableSettings, ...pageVariables(reader) }),
          revealConversation: (buyerId) => revealConversation(reader, buyerId, shadow),
          pickChatInput: () => pickChatInput({ site: adapter.id, client, library, shadow, host: shadowHost, signal: abort.signal }),
        };
        const App = () => (
          <>
            <Sidebar host={host} library={library} status={status} open={open} focusRequest={focusRequest} pickRequest={pickRequest} />
            <TriggerList lang={lang} state={trigger.state.value} onAccept={trigger.accept} />
          </>
        );
        render(<App />, container);
        shadowHost.setAttribute('data-mounted-at', String(performance.now()));
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
        removeDock();
      },
    });
    rememberCollapsed(adapter.id, open, library, client);
    ui.mount();
    const dock = installDock(SIDEBAR_WIDTH);
    effect(() => dock(open.value));
    void library.load();
  },
});
