import { useComputed, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PhraseRecord } from '../../core/phrases';
import { orderStateOf, suggestReplies } from '../../core/phrases/suggest';
import type { LibraryState } from '../phrases/library-state';
import type { SidebarHost } from '../sidebar/host';
import { t } from '../ui/i18n';
import { replyIndexSourceOf } from './reply-index';
import { forwardedSuggestionKey, SUGGESTION_COUNT, suggestionKeyIndex } from './suggestion-keys';

/**
 * The phrases that most likely answer what the open conversation's buyer wrote last, above the
 * search box. Nothing shows when nothing fits. A click or Alt+1..3 inserts through the panel's
 * own path (variables, the wrong-buyer guard, no sending).
 */
export function SuggestedReplies({ host, library, onPick }: { host: SidebarHost; library: LibraryState; onPick(phrase: PhraseRecord): void }) {
  const { lang } = host;
  const source = replyIndexSourceOf(library);
  useSignalEffect(() => {
    library.snapshot.value; // rebuild when the library's phrases change
    source.update();
  });
  const suggested = useComputed(() => {
    const view = library.snapshot.value;
    const index = source.index.value;
    const messages = host.buyerMessages.value;
    if (!view || !index || messages.length === 0) return [];
    return suggestReplies(index, messages, SUGGESTION_COUNT, {
      orderState: orderStateOf(host.orderStatus.value),
      picks: view.replyPicks,
    })
      .map((s) => view.phrases.find((p) => p.id === s.id))
      .filter((p): p is PhraseRecord => p !== undefined);
  });

  const section = useRef<HTMLElement>(null);
  /** Only what the agent sees can be picked by key: not while another tab or a form is shown. */
  const pickAt = (n: number) => {
    const phrase = suggested.value[n];
    if (phrase && section.current && (section.current.checkVisibility?.() ?? true)) onPick(phrase);
  };

  // Alt+1..3 anywhere in the sidebar, or in the chat input (forwarded by the page).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = suggestionKeyIndex(e);
      if (n < 0) return;
      e.preventDefault();
      pickAt(n);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  useSignalEffect(() => {
    const n = forwardedSuggestionKey.value;
    if (n === null) return;
    forwardedSuggestionKey.value = null;
    pickAt(n);
  });

  const list = suggested.value;
  if (list.length === 0) return null;
  return (
    <section ref={section} class="suggested" aria-label={t(lang, 'suggestedReplies')}>
      <h2 class="suggested-head">{t(lang, 'suggestedReplies')}</h2>
      <ol class="suggested-list">
        {list.map((phrase, i) => (
          <li key={phrase.id}>
            <button
              type="button"
              class="suggested-item"
              aria-keyshortcuts={`Alt+${i + 1}`}
              title={phrase.text}
              onClick={() => onPick(phrase)}
            >
              <kbd class="suggested-key" aria-hidden="true">
                Alt+{i + 1}
              </kbd>
              <span class="suggested-title">{phrase.title}</span>
              <span class="suggested-text">{phrase.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
