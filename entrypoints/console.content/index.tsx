import { effect, signal } from '@preact/signals';
import { CONSOLE_HOST_PATTERNS } from '../../core/consoles';
import { langFromLocale } from '../../core/i18n';
import { isBroadcast } from '../../core/client';
import type { FrameMessage, PageMessage, PageState } from '../../components/sidebar/frame-channel';
import { isOpenShortcut } from '../../components/sidebar/open-shortcut';
import { startBackOfficeMode } from './back-office-mode';
import { startChatMode } from './chat-mode';
import { installDock, removeDock } from './dock';
import { acceptFramePort } from './frame-port';
import { mountSidebarFrame, SIDEBAR_WIDTH } from './sidebar-frame';
import { adapterForUrl } from '../../sites/registry';
import type { PageAdapter, TablePage } from '../../sites/types';

/** How often the content script checks that the extension is still there. */
const EXTENSION_CHECK_MS = 1000;

/** A nonce the page can't guess: names the one port this content script accepts from its frame. */
function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// The content script reads the console (chat mode) or its back-office tables (back-office mode) and
// inserts; the sidebar itself is an extension page in a frame (entrypoints/sidebar/), reached over a
// port. Nothing of the library lives in this page.
export default defineContentScript({
  matches: [...CONSOLE_HOST_PATTERNS],
  main(ctx) {
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    const lang = langFromLocale(browser.i18n.getUILanguage());
    const abort = new AbortController();
    const overrides = signal<Record<string, string>>({});
    const nonce = randomNonce();
    const frame = mountSidebarFrame(nonce);
    const dock = installDock(SIDEBAR_WIDTH);
    dock(true);

    const port = acceptFramePort({
      nonce,
      onConnect: sendPageState,
      onMessage: (message) => void answer(message),
      // Our frame is gone: reloaded (a new one connects), or the extension itself is.
      onDisconnect: () => tearDownIfGone(),
    });
    const send = (message: PageMessage) => port.send(message);
    const site = { id: adapter.id, name: adapter.name[lang], confidence: adapter.confidence };
    const modeDeps = { frame, shadow: frame.shadow, host: frame.host, lang, overrides: () => overrides.value, send, connected: () => port.connected, signal: abort.signal };
    const chat = adapter.kind === 'chat' ? startChatMode({ ...modeDeps, adapter }) : null;
    const backOffice = adapter.kind !== 'chat' ? startBackOfficeMode({ ...modeDeps, adapter: adapter as PageAdapter<TablePage> }) : null;

    function pageState(): PageState {
      if (chat) {
        const { page } = chat;
        return {
          site,
          page: 'chat',
          buyer: page.buyer.value,
          conversations: page.conversations.value,
          problems: page.problems.value,
          variables: page.variables.value,
          buyerMessages: page.buyerMessages.value,
          orderStatus: page.orderStatus.value,
          unanswered: page.unanswered.value,
        };
      }
      // A back-office route that is no table (the app's own menu went elsewhere) shows as the table it left.
      const kind = backOffice!.kind.value ?? adapter!.kind;
      return { site, page: kind, buyer: null, conversations: [], problems: backOffice!.problems.value, variables: {}, buyerMessages: [], orderStatus: null };
    }
    function sendPageState() {
      send({ kind: 'page', state: pageState() });
    }
    const stopStateEffect = effect(sendPageState);

    async function answer(message: FrameMessage): Promise<void> {
      if (message.kind === 'setOpen') {
        frame.setOpen(message.open);
        dock(message.open);
        return;
      }
      if (message.kind === 'selectorOverrides') overrides.value = message.overrides;
      if (chat) await chat.answer(message);
      if (backOffice) await backOffice.answer(message);
    }

    const openAndFocus = () => send({ kind: 'openAndFocus' });
    const onBroadcast = (message: unknown) => {
      if (isBroadcast(message) && message.body.kind === 'openSidebar') openAndFocus();
    };
    browser.runtime.onMessage.addListener(onBroadcast);
    // The in-page fallback for Alt+K, where the browser does not deliver the command; the agent's keys only.
    window.addEventListener('keydown', (e) => e.isTrusted && isOpenShortcut(e) && openAndFocus(), { signal: abort.signal });

    function tearDown() {
      clearInterval(extensionWatch);
      // The page first: with the extension gone, its APIs below may throw.
      abort.abort();
      stopStateEffect();
      frame.remove();
      removeDock();
      try {
        browser.runtime.onMessage.removeListener(onBroadcast);
        port.close();
      } catch {
        // Extension context invalidated: nothing left to unsubscribe from.
      }
    }
    // Removed, disabled or updated, the extension leaves this script running with `runtime.id`
    // gone, and its frame's port may not even say so: look now and then (a property read).
    const tearDownIfGone = () => {
      if (!browser.runtime?.id) tearDown();
    };
    const extensionWatch = setInterval(tearDownIfGone, EXTENSION_CHECK_MS);
    // WXT also invalidates the context when a page forges its "content script started" event (the
    // event's name is built from the public extension id): act only when the extension is really gone.
    ctx.onInvalidated(tearDownIfGone);
  },
});
