import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { CONSOLE_HOST_PATTERNS } from '../../core/consoles';
import { langFromLocale } from '../../core/i18n';
import { isBroadcast } from '../../core/client';
import type { FrameMessage, PageMessage } from '../../components/sidebar/frame-channel';
import { isOpenShortcut } from '../../components/sidebar/open-shortcut';
import { TriggerList } from '../../components/sidebar/TriggerList';
import { watchChatTrigger } from './chat-trigger';
import { installDock, removeDock } from './dock';
import { acceptFramePort } from './frame-port';
import { insertPhrase } from './insert-phrase';
import { createPageReader } from './page-reader';
import { watchPage } from './page-watch';
import { pickChatInput } from './pick-chat-input';
import { revealConversation } from './reveal-conversation';
import { createSuggestionRequests } from './suggestion-requests';
import { mountSidebarFrame, SIDEBAR_WIDTH } from './sidebar-frame';
import { adapterForUrl } from '../../sites/registry';
import type { SiteSelectors } from '../../sites/types';

/** How often the content script checks that the extension is still there. */
const EXTENSION_CHECK_MS = 1000;

/** A nonce the page can't guess: names the one port this content script accepts from its frame. */
function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// The content script reads the console and inserts; the sidebar itself is an extension page in a
// frame (entrypoints/sidebar/), reached over a port. Nothing of the library lives in this page.
export default defineContentScript({
  matches: [...CONSOLE_HOST_PATTERNS],
  main(ctx) {
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    const lang = langFromLocale(browser.i18n.getUILanguage());
    const abort = new AbortController();
    const overrides = signal<Partial<SiteSelectors>>({});
    const reader = createPageReader(adapter, () => overrides.value);
    const page = watchPage(reader, abort.signal);
    const nonce = randomNonce();
    const frame = mountSidebarFrame(nonce);
    const dock = installDock(SIDEBAR_WIDTH);
    dock(true);

    let picking: AbortController | null = null;

    const port = acceptFramePort({
      nonce,
      onConnect: sendPageState,
      onMessage: (message) => void answer(message),
      // Our frame is gone: reloaded (a new one connects), or the extension itself is.
      onDisconnect: () => tearDownIfGone(),
    });
    const send = (message: PageMessage) => port.send(message);
    const suggestions = createSuggestionRequests(send, () => port.connected);
    const site = { id: adapter.id, name: adapter.name[lang], confidence: adapter.confidence };

    function sendPageState() {
      send({
        kind: 'page',
        state: {
          site,
          buyer: page.buyer.value,
          conversations: page.conversations.value,
          problems: page.problems.value,
          variables: page.variables.value,
        },
      });
    }
    const stopStateEffect = effect(sendPageState);

    async function answer(message: FrameMessage): Promise<void> {
      switch (message.kind) {
        case 'insert': {
          const outcome = await insertPhrase(reader, message.text, message.chosenFor, frame.shadow);
          return send({ kind: 'reply', id: message.id, request: 'insert', answer: outcome });
        }
        case 'reveal': {
          const shown = revealConversation(reader, message.buyerId, frame.shadow);
          return send({ kind: 'reply', id: message.id, request: 'reveal', answer: shown });
        }
        case 'pickChatInput': {
          picking?.abort();
          const current = (picking = new AbortController());
          const picked = await pickChatInput({ shadow: frame.shadow, host: frame.host, signal: AbortSignal.any([current.signal, abort.signal]) });
          if (picking === current) picking = null;
          return send({ kind: 'reply', id: message.id, request: 'pickChatInput', answer: picked });
        }
        case 'setOpen':
          frame.setOpen(message.open);
          dock(message.open);
          return;
        case 'focusChatInput':
          picking?.abort();
          reader.findChatInput()?.focus();
          return;
        case 'selectorOverrides':
          overrides.value = message.overrides as Partial<SiteSelectors>;
          page.refresh();
          return;
        case 'suggestions':
          return suggestions.answer(message.id, message.hits);
      }
    }

    const trigger = watchChatTrigger({
      reader,
      signal: abort.signal,
      search: suggestions.ask,
      onAccept: (phraseId) => send({ kind: 'acceptSuggestion', phraseId }),
    });
    const stopTriggerEffect = effect(() => render(<TriggerList lang={lang} state={trigger.state.value} onAccept={trigger.accept} />, frame.overlay));

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
      stopTriggerEffect();
      render(null, frame.overlay);
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
