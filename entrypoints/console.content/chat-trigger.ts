import { signal } from '@preact/signals';
import type { TriggerState } from '../../components/sidebar/TriggerList';
import { deleteBeforeCaret, textBeforeCaret } from './insert-text';
import type { PageReader } from './page-reader';
import { findTriggerToken, type TriggerToken } from './trigger-token';

export interface TriggerHit {
  id: string;
  title: string;
  text: string;
}

interface Options {
  reader: PageReader;
  search(query: string): TriggerHit[];
  /** A suggestion was accepted; the `/query` is already removed from the input. */
  onAccept(phraseId: string): void;
  signal: AbortSignal;
}

/**
 * Suggestions while typing in the console's own chat input: `/fh` shows a small list anchored to
 * the input. Tab or a click accepts; Enter accepts only while the list is open — otherwise Enter
 * keeps the console's meaning (it sends) and is never touched.
 */
export function watchChatTrigger({ reader, search, onAccept, signal: abort }: Options) {
  const state = signal<TriggerState | null>(null);
  let token: TriggerToken | null = null;
  let input: HTMLElement | null = null;
  // After Enter accepted a suggestion, its keypress and keyup must not reach the console either.
  let swallowEnter = false;

  const close = () => {
    state.value = null;
    token = null;
  };

  function update(target: HTMLElement) {
    token = findTriggerToken(textBeforeCaret(target));
    const hits = token ? search(token.query) : [];
    if (!token || hits.length === 0) return close();
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
      if ((e as InputEvent).isComposing || !isChatInput(e.target)) return;
      update(reader.findChatInput()!);
    },
    opts,
  );
  document.addEventListener('compositionend', (e) => isChatInput(e.target) && update(reader.findChatInput()!), opts);

  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  window.addEventListener(
    'keydown',
    (e) => {
      const open = state.value;
      if (!open || e.isComposing) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        stop(e);
        const n = open.hits.length;
        state.value = { ...open, active: (open.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n };
      } else if (e.key === 'Tab' || e.key === 'Enter') {
        stop(e);
        swallowEnter = e.key === 'Enter';
        accept(open.active);
      } else if (e.key === 'Escape') {
        stop(e);
        close();
      }
    },
    opts,
  );
  window.addEventListener('keypress', (e) => swallowEnter && e.key === 'Enter' && stop(e), opts);
  window.addEventListener(
    'keyup',
    (e) => {
      if (swallowEnter && e.key === 'Enter') {
        stop(e);
        swallowEnter = false;
      }
    },
    opts,
  );
  document.addEventListener('focusout', (e) => isChatInput(e.target) && close(), opts);

  return { state, accept, close };
}
