import type { PhraseRecord } from '../../core/phrases/model';
import { searchPhrases } from '../../core/phrases/search';
import type { Snapshot } from '../../core/protocol/messages';

/** How many phrases the list draws at once; more are reached by typing. */
export const LIST_LIMIT = 50;
/** How many matches a query looks at before the group filter applies. */
const SEARCH_LIMIT = 200;

type Ranges = [number, number][];

export interface PhraseHit {
  phrase: PhraseRecord;
  titleRanges?: Ranges;
  textRanges?: Ranges;
}

/** The phrases to show for a query and a group filter, best first; an empty query lists them in order. */
export function findPhrases(
  snapshot: Snapshot | null,
  query: string,
  groupId: string | null,
): { hits: PhraseHit[]; total: number } {
  if (!snapshot) return { hits: [], total: 0 };
  const inGroup = (p: PhraseRecord) => groupId === null || p.groupId === groupId;
  const q = query.trim();
  let hits: PhraseHit[];
  if (!q) {
    hits = snapshot.phrases.filter(inGroup).map((phrase) => ({ phrase }));
  } else {
    const byId = new Map(snapshot.phrases.map((p) => [p.id, p]));
    hits = [];
    for (const result of searchPhrases(snapshot.phraseIndex, query, SEARCH_LIMIT, { usage: snapshot.usage })) {
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
  return { hits: hits.slice(0, LIST_LIMIT), total: hits.length };
}

/** How many suggestions the `/code` list in the chat input shows. */
const SUGGESTION_LIMIT = 6;

/** Best matches for a `/code` typed in the chat input. */
export function suggestPhrases(snapshot: Snapshot | null, query: string): { id: string; title: string; text: string }[] {
  return findPhrases(snapshot, query, null)
    .hits.slice(0, SUGGESTION_LIMIT)
    .map(({ phrase }) => ({ id: phrase.id, title: phrase.title, text: phrase.text }));
}
