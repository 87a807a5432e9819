import { signal } from '@preact/signals';
import type { Suggestion } from '../../components/sidebar/frame-channel';
import type { TriggerState } from '../../components/sidebar/TriggerList';
import { deleteBeforeCaret, textBeforeCaret } from './insert-text';
import type { PageReader } from './page-reader';
import { findTriggerToken, type TriggerToken } from './trigger-token';

interface Options {
  reader: PageReader;
  /** The few suggestions to show for a query: the sidebar frame searches its library. */
  search(query: string): Promise<Suggestion[]>;
  /** A suggestion was accepted; the `/query` is already removed from the input. */
  onAccept(phraseId: string): void;
  signal: AbortSignal;
}

/**
 * Suggestions while typing in the console's own chat input: `/fh` shows a small list anchored to
 * the input. Tab or a click accepts; Enter accepts only while the list is open — otherwise Enter
 * keeps the console's meaning (it sends) and is never touched. Only the agent's own (trusted)
 * events count: a page script can neither open the list nor accept from it.
 */
export function watchChatTrigger({ reader, search, onAccept, signal: abort }: Options) {
  const state = signal<TriggerState | null>(null);
  let token: TriggerToken | null = null;
  let input: HTMLElement | null = null;
  // Answers come back from the frame out of order: only the latest query's may open the list.
  let asked = 0;
  // After Enter accepted a suggestion, every key (Enter's auto-repeat too) stays away from the
  // console until Enter is released: a held Enter must not send the inserted phrase.
  let swallowKeys = false;

  const close = () => {
    asked++;
    state.value = null;
    token = null;
  };

  async function update(target: HTMLElement) {
    const found = findTriggerToken(textBeforeCaret(target));
    if (!found) return close();
    const ticket = ++asked;
    const hits = await search(found.query);
    if (ticket !== asked) return;
    token = found;
    if (hits.length === 0) return close();
    input = target;
    const rect = target.getBoundingClientRect();
    state.value = { hits, active: 0, anchor: { left: rect.left, top: rect.top, width: rect.width } };
  }

  function accept(index: number) {
    const hit = state.value?.hits[index];
    if (!hit || !token || !input) return close();
    deleteBeforeCaret(input, token.length);
    close();
    onAccept(hit.id);
  }

  const isChatInput = (target: EventTarget | null): target is HTMLElement => {
    const chat = reader.findChatInput();
    return !!chat && target instanceof Node && (chat === target || chat.contains(target));
  };

  const opts = { capture: true, signal: abort };
  document.addEventListener(
    'input',
    (e) => {
      if (!e.isTrusted || (e as InputEvent).isComposing || !isChatInput(e.target)) return;
      void update(reader.findChatInput()!);
    },
    opts,
  );
  document.addEventListener('compositionend', (e) => e.isTrusted && isChatInput(e.target) && void update(reader.findChatInput()!), opts);

  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      if (swallowKeys) return stop(e);
      const open = state.value;
      if (!open || e.isComposing) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        stop(e);
        const n = open.hits.length;
        state.value = { ...open, active: (open.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n };
      } else if (e.key === 'Tab' || e.key === 'Enter') {
        stop(e);
        swallowKeys = e.key === 'Enter';
        accept(open.active);
      } else if (e.key === 'Escape') {
        stop(e);
        close();
      }
    },
    opts,
  );
  window.addEventListener('keypress', (e) => e.isTrusted && swallowKeys && stop(e), opts);
  window.addEventListener(
    'keyup',
    (e) => {
      if (!e.isTrusted || !swallowKeys) return;
      stop(e);
      if (e.key === 'Enter') swallowKeys = false;
    },
    opts,
  );
  // Focus went elsewhere (the sidebar frame, another window): the release will not come here.
  window.addEventListener('blur', () => (swallowKeys = false), opts);
  document.addEventListener('focusout', (e) => isChatInput(e.target) && close(), opts);

  return { state, accept, close };
}
