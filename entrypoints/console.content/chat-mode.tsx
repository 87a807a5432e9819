import { effect } from '@preact/signals';
import { render } from 'preact';
import type { Lang } from '../../core/i18n';
import type { FrameMessage, PageMessage } from '../../components/sidebar/frame-channel';
import { TriggerList } from '../../components/sidebar/TriggerList';
import type { SiteAdapter, SiteSelectors } from '../../sites/types';
import { watchChatTrigger } from './chat-trigger';
import { insertPhrase } from './insert-phrase';
import { createPageReader } from './page-reader';
import { watchPage } from './page-watch';
import { pickChatInput } from './pick-chat-input';
import { revealConversation } from './reveal-conversation';
import type { SidebarFrame } from './sidebar-frame';
import { createSuggestionRequests } from './suggestion-requests';
import { suggestionKeyIndex } from '../../components/suggestions/suggestion-keys';

/**
 * The content script on a chat console: reads the buyer and conversations, inserts phrases, picks
 * the chat input, and runs the `/code` suggestions in the chat input.
 */
export function startChatMode(deps: {
  adapter: SiteAdapter;
  lang: Lang;
  frame: SidebarFrame;
  overrides: () => Record<string, string>;
  send(message: PageMessage): void;
  connected(): boolean;
  signal: AbortSignal;
}) {
  const { frame, send, signal: abort } = deps;
  const reader = createPageReader(deps.adapter, () => deps.overrides() as Partial<SiteSelectors>);
  const page = watchPage(reader, abort);
  const suggestions = createSuggestionRequests(send, deps.connected);
  let picking: AbortController | null = null;

  const trigger = watchChatTrigger({
    reader,
    signal: abort,
    search: suggestions.ask,
    onAccept: (phraseId) => send({ kind: 'acceptSuggestion', phraseId }),
  });
  const stopTriggerEffect = effect(() => render(<TriggerList lang={deps.lang} state={trigger.state.value} onAccept={trigger.accept} />, frame.overlay));
  // Alt+1..3 in the chat input inserts a suggested reply: the agent's keys only, kept from the console.
  window.addEventListener(
    'keydown',
    (e) => {
      const index = suggestionKeyIndex(e);
      const input = reader.findChatInput();
      if (index < 0 || !e.isTrusted || !input || !(e.target instanceof Node) || !input.contains(e.target)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      send({ kind: 'pickSuggestedReply', index });
    },
    { capture: true, signal: abort },
  );
  abort.addEventListener('abort', () => {
    stopTriggerEffect();
    render(null, frame.overlay);
  });

  /** Answers the chat requests; false for a message that is not one. */
  async function answer(message: FrameMessage): Promise<boolean> {
    switch (message.kind) {
      case 'insert': {
        const outcome = await insertPhrase(reader, message.text, message.chosenFor);
        send({ kind: 'reply', id: message.id, request: 'insert', answer: outcome });
        return true;
      }
      case 'reveal': {
        const shown = revealConversation(reader, message.buyerId, frame.shadow);
        send({ kind: 'reply', id: message.id, request: 'reveal', answer: shown });
        return true;
      }
      case 'pickChatInput': {
        picking?.abort();
        const current = (picking = new AbortController());
        const picked = await pickChatInput({ shadow: frame.shadow, host: frame.host, signal: AbortSignal.any([current.signal, abort]) });
        if (picking === current) picking = null;
        send({ kind: 'reply', id: message.id, request: 'pickChatInput', answer: picked });
        return true;
      }
      case 'readConversation': {
        const answer = { buyer: reader.readCurrentBuyer(), product: reader.readProductTitle(), ...reader.readConversation() };
        send({ kind: 'reply', id: message.id, request: 'readConversation', answer });
        return true;
      }
      case 'focusChatInput':
        picking?.abort();
        reader.findChatInput()?.focus();
        return true;
      case 'selectorOverrides':
        page.refresh();
        return true;
      case 'suggestions':
        suggestions.answer(message.id, message.hits);
        return true;
      default:
        return false;
    }
  }

  return { page, answer };
}
