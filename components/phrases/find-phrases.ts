import type { PhraseRecord } from '../../core/phrases/model';
import type { Snapshot } from '../../core/protocol/messages';

/** How many phrases the list draws at once; more are reached by typing. */
export const LIST_LIMIT = 50;

export interface PhraseHit {
  phrase: PhraseRecord;
  titleRanges?: [number, number][];
  textRanges?: [number, number][];
}

function rangesOf(haystack: string, needle: string): [number, number][] | undefined {
  const at = haystack.toLowerCase().indexOf(needle);
  return at < 0 ? undefined : [[at, at + needle.length]];
}

/** The phrases to show for a query and a group filter, best first. */
export function findPhrases(
  snapshot: Snapshot | null,
  query: string,
  groupId: string | null,
): { hits: PhraseHit[]; total: number } {
  if (!snapshot) return { hits: [], total: 0 };
  const inGroup = (p: PhraseRecord) => groupId === null || p.groupId === groupId;
  const q = query.trim().toLowerCase();
  const hits: PhraseHit[] = [];
  for (const phrase of snapshot.phrases) {
    if (!inGroup(phrase)) continue;
    if (!q) {
      hits.push({ phrase });
      continue;
    }
    const titleRanges = rangesOf(phrase.title, q);
    const textRanges = rangesOf(phrase.text, q);
    if (titleRanges || textRanges || phrase.code?.toLowerCase() === q) hits.push({ phrase, titleRanges, textRanges });
  }
  return { hits: hits.slice(0, LIST_LIMIT), total: hits.length };
}
