/**
 * Which phrase of the agent's own library a playbook step proposes. The agent may have edited,
 * deleted or replaced the starter phrases, so, in this order:
 * 1. the starter phrase itself (`phr_starter_<key>`), as the agent last edited it: an edit is the
 *    agent's wording of the same reply;
 * 2. a phrase with the starter's title: re-created by hand, or imported from another library;
 * 3. the phrase that best answers the step's buyer questions (suggested replies): marked as a
 *    stand-in, so the agent reads it before inserting;
 * 4. none: the panel says so and how to bring the starter phrases back.
 * Public review replies are only ever matched to public replies, and chat replies to chat replies.
 */
import type { PhraseRef } from './model';

/** What resolution needs of a library phrase. */
export interface LibraryPhrase {
  id: string;
  title: string;
  publicReply?: boolean | undefined;
  deleted?: boolean | undefined;
}

export type ResolvedHow = 'starter' | 'same-title' | 'similar';

export type ResolvedPhrase<P extends LibraryPhrase> =
  | { ref: PhraseRef; phrase: P; how: ResolvedHow }
  | { ref: PhraseRef; phrase: null; how: 'missing' };

/** Phrase ids answering buyer questions, best first (the sidebar passes `suggestReplies`). */
export type FindSimilar = (asks: readonly string[]) => readonly string[];

/** The library id of a starter phrase. */
export const starterPhraseId = (key: string): string => `phr_starter_${key}`;

/**
 * The phrases a step (or a checklist item) proposes, in its order. No phrase is proposed twice in
 * one step: a stand-in is another phrase than the ones already found.
 */
export function resolvePhrases<P extends LibraryPhrase>(
  refs: readonly PhraseRef[],
  library: readonly P[],
  options: { asks?: readonly string[]; publicReply?: boolean; findSimilar?: FindSimilar } = {},
): ResolvedPhrase<P>[] {
  const wanted = options.publicReply === true;
  const live = library.filter((p) => !p.deleted && (p.publicReply === true) === wanted);
  const byId = new Map(live.map((p) => [p.id, p]));
  const used = new Set<string>();
  const direct = refs.map((ref) => {
    const phrase = byId.get(starterPhraseId(ref.key));
    if (phrase) used.add(phrase.id);
    return phrase;
  });
  let similar: readonly string[] | null = null;
  return refs.map((ref, i): ResolvedPhrase<P> => {
    const own = direct[i];
    if (own) return { ref, phrase: own, how: 'starter' };
    const title = ref.title.trim();
    const sameTitle = live.find((p) => !used.has(p.id) && p.title.trim() === title);
    if (sameTitle) {
      used.add(sameTitle.id);
      return { ref, phrase: sameTitle, how: 'same-title' };
    }
    // Suggested replies never rank public replies: none is looked for them.
    if (!wanted && options.findSimilar && options.asks && options.asks.length > 0) {
      similar ??= options.findSimilar(options.asks);
      const stand = similar.map((id) => byId.get(id)).find((p): p is P => p !== undefined && !used.has(p.id));
      if (stand) {
        used.add(stand.id);
        return { ref, phrase: stand, how: 'similar' };
      }
    }
    return { ref, phrase: null, how: 'missing' };
  });
}
