import { useSignalEffect } from '@preact/signals';
import type { PhraseRecord } from '../../core/phrases';
import { orderStateOf, suggestReplies } from '../../core/phrases/suggest';
import { resolvePhrases, type PhraseRef, type ResolvedPhrase } from '../../core/playbooks';
import type { LibraryState } from '../phrases/library-state';
import type { SidebarHost } from '../sidebar/host';
import { replyIndexSourceOf } from '../suggestions/reply-index';

/** How many suggestions a missing phrase's stand-in is chosen from. */
const STAND_IN_CANDIDATES = 5;

/**
 * Resolves the phrases a step proposes against the agent's library as it is now (edited, deleted or
 * replaced starter phrases included; see `resolvePhrases`). Stand-ins come from the suggested
 * replies' index, which the sidebar already builds once for all tabs.
 */
export function useProposedPhrases(host: SidebarHost, library: LibraryState) {
  const source = replyIndexSourceOf(library);
  useSignalEffect(() => {
    library.snapshot.value; // rebuild when the library's phrases change
    source.update();
  });
  return (refs: readonly PhraseRef[], options: { asks: readonly string[]; publicReply?: boolean }): ResolvedPhrase<PhraseRecord>[] => {
    const index = source.index.value;
    const orderState = orderStateOf(host.orderStatus.value);
    return resolvePhrases(refs, library.phrases.value, {
      ...options,
      findSimilar: (asks) => (index ? suggestReplies(index, asks, STAND_IN_CANDIDATES, { orderState }).map((s) => s.id) : []),
    });
  };
}
