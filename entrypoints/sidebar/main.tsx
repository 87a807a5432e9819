import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { langFromLocale, type Lang } from '../../core/i18n';
import { createProtocolClient } from '../../core/client';
import { startLibrary } from '../../components/phrases/library-state';
import { createLibraryReader } from '../../platform/library-reader';
import { suggestPhrases } from '../../components/phrases/find-phrases';
import type { PageState } from '../../components/sidebar/frame-channel';
import type { SidebarHost } from '../../components/sidebar/host';
import { isOpenShortcut } from '../../components/sidebar/open-shortcut';
import { forwardedSuggestionKey } from '../../components/suggestions/suggestion-keys';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { copyInstead } from '../../components/ui/copy-text';
import { createStatus } from '../../components/sidebar/status';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import { createBackOfficeHost } from './back-office-host';
import { connectToPage } from './page-link';
import { pickAndSaveChatInput, saveSelectorOverride } from './pick-chat-input';
import { pageTextSignals } from './page-signals';
import { rememberCollapsed } from './remember-collapsed';
import { startRoutingRecorder } from '../../components/routing-data/recorder';
import { customerCards } from '../../components/customers/card-state';
import './frame.css';

/**
 * The sidebar's library, as extension pages get it: read straight from IndexedDB (the background
 * is asked only when the database can't answer), then patched from the change broadcasts.
 */
function createSidebarLibrary(lang: Lang) {
  const client = createProtocolClient((envelope) => browser.runtime.sendMessage(envelope), lang);
  const library = startLibrary({ client, read: createLibraryReader().read, listen: (on) => browser.runtime.onMessage.addListener(on) });
  return { client, library };
}

// The sidebar in its frame on a console page (entrypoints/console.content/ made the frame). It
// reaches the page only through its content script, over the port named with our hash's nonce.
const lang = langFromLocale(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const style = document.createElement('style');
style.textContent = sidebarCss.replaceAll(':host', ':root');
document.head.prepend(style);

const { client, library } = createSidebarLibrary(lang);
const link = await connectToPage(location.hash.slice(1));
const status = createStatus();
const open = signal(true);
const focusRequest = signal(0);
const pickRequest = signal<string | null>(null);
/** What the content script last said of the page; the sidebar renders once it first speaks. */
let pageState: Signal<PageState> | null = null;

function openAndFocus() {
  open.value = true;
  focusRequest.value++;
}

link.onMessage((message) => {
  switch (message.kind) {
    case 'page':
      if (pageState) pageState.value = message.state;
      else start((pageState = signal(message.state)));
      return;
    case 'openAndFocus':
      return openAndFocus();
    case 'suggest':
      return link.send({ kind: 'suggestions', id: message.id, hits: suggestPhrases(library.snapshot.value, message.query) });
    case 'acceptSuggestion':
      open.value = true;
      pickRequest.value = message.phraseId;
      return;
    case 'pickSuggestedReply':
      forwardedSuggestionKey.value = message.index;
      return;
  }
});
// Alt+K pressed while the sidebar has the focus (the page's fallback listener can't hear it here).
window.addEventListener('keydown', (e) => isOpenShortcut(e) && openAndFocus());

/** Renders the sidebar for the console the content script named; later page states only update signals. */
function start(page: ReadonlySignal<PageState>) {
  const { site } = page.value;
  const variables = computed(() => page.value.variables);
  const host: SidebarHost = {
    lang,
    site: { id: site.id, name: site.name, confidence: site.confidence },
    client,
    buyer: computed(() => page.value.buyer),
    conversations: computed(() => page.value.conversations),
    problems: computed(() => page.value.problems),
    ...pageTextSignals(page),
    productTitle: computed(() => page.value.variables['商品'] ?? null),
    unanswered: computed(() => page.value.unanswered ?? null),
    // Page values win: they belong to this conversation; settings hold the shop's and the agent's.
    variableValues: () => ({ ...library.snapshot.value?.variableSettings, ...variables.value }),
    // The console did not keep the text: copied here, in our own frame, where the page can't rewrite it.
    insert: async (text, chosenFor) => {
      const outcome = await link.request('insert', { text, chosenFor });
      return outcome.kind === 'not-inserted' ? copyInstead(text) : outcome;
    },
    revealConversation: (buyerId) => link.request('reveal', { buyerId }),
    pickChatInput: () => pickAndSaveChatInput({ site: site.id, link, client, library }),
    focusChatInput: () => link.send({ kind: 'focusChatInput' }),
    readConversation: page.value.page === 'chat' ? () => link.request('readConversation', {}) : undefined,
    backOffice:
      page.value.page === 'chat'
        ? undefined
        : createBackOfficeHost(link, lang, page, (key, selector) => saveSelectorOverride({ site: site.id, client, library }, key, selector)),
  };

  rememberCollapsed(site.id, open, library, client);
  // 我的分流: the agent's routing day, recorded on chat consoles whatever tab the sidebar shows.
  if (page.value.page === 'chat') {
    startRoutingRecorder({
      conversations: host.conversations,
      // Kept for a retry only when the background did not answer; a refused batch would be refused again.
      send: async (samples) => {
        const reply = await client.request({ kind: 'recordRoutingSamples', site: site.id, samples });
        return reply.ok || reply.error.code !== 'internal';
      },
      target: window,
    });
    // 客户: the open buyer's contact and the promises due are followed whatever the sidebar shows, collapsed too.
    customerCards(host);
  }
  effect(() => link.send({ kind: 'setOpen', open: open.value }));
  // The content script reads the page with this console's selector overrides, from our library.
  effect(() => {
    const record = library.snapshot.value?.selectorOverrides.find((r) => r.site === site.id);
    link.send({ kind: 'selectorOverrides', overrides: { ...record?.overrides } });
  });
  render(
    <Sidebar host={host} library={library} status={status} open={open} focusRequest={focusRequest} pickRequest={pickRequest} />,
    document.getElementById('app')!,
  );
  // For the mount bench: when the sidebar first shows the library (in this frame's clock).
  let ready = false;
  effect(() => {
    if (ready || !library.snapshot.value) return;
    ready = true;
    requestAnimationFrame(() => document.documentElement.setAttribute('data-ready-at', String(performance.now())));
  });
}
