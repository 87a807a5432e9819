import type { PhraseRecord } from '../../core/phrases';
import { searchPhrases } from '../../core/phrases/search';
import { synonymTable } from '../../core/phrases/synonyms';
import type { LibraryView } from '../../core/client';

/** How many phrases the list draws at once (a sidebar shows about ten); more are reached by typing. */
export const LIST_LIMIT = 30;
/** With a group filter, how many matches a query looks at before filtering. */
const FILTERED_SEARCH_LIMIT = 300;

/** Phrases by id, built once per snapshot rather than on every keystroke. */
const byIdCache = new WeakMap<LibraryView, Map<string, PhraseRecord>>();
function phrasesById(snapshot: LibraryView): Map<string, PhraseRecord> {
  let byId = byIdCache.get(snapshot);
  if (!byId) {
    byId = new Map(snapshot.phrases.map((p) => [p.id, p]));
    byIdCache.set(snapshot, byId);
  }
  return byId;
}

/**
 * Our shop words plus the owner's pairs, built once per list of pairs (a settings change brings a
 * new list): what every phrase search of a page widens with (the sidebar here, the options page's manager).
 */
type SynonymLookup = ReturnType<typeof synonymTable>;
const synonymCache = new WeakMap<object, SynonymLookup>();
const NO_PAIRS: [string, string][] = [];
export function synonymsOf(snapshot: Pick<LibraryView, 'synonymPairs'>): SynonymLookup {
  const pairs = snapshot.synonymPairs ?? NO_PAIRS;
  let table = synonymCache.get(pairs);
  if (!table) {
    table = synonymTable(pairs);
    synonymCache.set(pairs, table);
  }
  return table;
}

type Ranges = [number, number][];

export interface PhraseHit {
  phrase: PhraseRecord;
  titleRanges?: Ranges;
  textRanges?: Ranges;
}

/**
 * The phrases to show for a query and a group filter, best first; an empty query lists them in
 * order. `hidden` counts the matches not drawn (null: some, but a search does not count them all).
 */
export function findPhrases(
  snapshot: LibraryView | null,
  query: string,
  groupId: string | null,
): { hits: PhraseHit[]; hidden: number | null } {
  if (!snapshot) return { hits: [], hidden: 0 };
  const inGroup = (p: PhraseRecord) => groupId === null || p.groupId === groupId;
  const q = query.trim();
  const hits: PhraseHit[] = [];
  if (!q) {
    let total = 0;
    for (const phrase of snapshot.phrases) {
      if (!inGroup(phrase)) continue;
      if (total++ < LIST_LIMIT) hits.push({ phrase });
    }
    return { hits, hidden: total - hits.length };
  } else {
    const byId = phrasesById(snapshot);
    // One more than we draw, to know whether there are more.
    const limit = groupId === null ? LIST_LIMIT + 1 : FILTERED_SEARCH_LIMIT;
    for (const result of searchPhrases(snapshot.phraseIndex, query, limit, { usage: snapshot.usage, synonyms: synonymsOf(snapshot) })) {
      const phrase = byId.get(result.id);
      if (!phrase || !inGroup(phrase)) continue;
      const ranges = result.ranges as Ranges;
      hits.push({
        phrase,
        titleRanges: result.field === 'title' ? ranges : undefined,
        textRanges: result.field === 'text' ? ranges : undefined,
      });
    }
  }
  return { hits: hits.slice(0, LIST_LIMIT), hidden: hits.length > LIST_LIMIT ? null : 0 };
}

/** How many suggestions the `/code` list in the chat input shows. */
const SUGGESTION_LIMIT = 6;

/** Best matches for a `/code` typed in the chat input. */
export function suggestPhrases(snapshot: LibraryView | null, query: string): { id: string; title: string; text: string }[] {
  return findPhrases(snapshot, query, null)
    .hits.slice(0, SUGGESTION_LIMIT)
    .map(({ phrase }) => ({ id: phrase.id, title: phrase.title, text: phrase.text }));
}
