import { fieldKeys, indexPhrase } from '../phrases/search-index';
import { PHRASE_INDEX_VERSION, type IndexedPhrase, type PhraseIndex } from '../phrases/search-types';
import type { GroupRecord, PhraseRecord } from '../phrases/model';

/**
 * Keeps the search index of the library, recomputing pinyin only for phrases whose text or group
 * changed since the last snapshot: a write to one phrase costs one phrase, not ten thousand.
 */
export function createPhraseIndexCache() {
  const byPhrase = new Map<string, { stamp: string; entry: IndexedPhrase }>();

  return function indexFor(phrases: readonly PhraseRecord[], groups: readonly GroupRecord[]): PhraseIndex {
    const groupPos = new Map(groups.map((g, i) => [g.id, i]));
    const seen = new Set<string>();
    const entries = phrases.map((phrase) => {
      seen.add(phrase.id);
      const pos = phrase.groupId === null ? -1 : (groupPos.get(phrase.groupId) ?? -1);
      const stamp = `${phrase.updatedAt}|${phrase.title}|${phrase.text}|${phrase.code ?? ''}|${pos}`;
      const cached = byPhrase.get(phrase.id);
      if (cached?.stamp === stamp) return cached.entry;
      const entry = indexPhrase(phrase, pos);
      byPhrase.set(phrase.id, { stamp, entry });
      return entry;
    });
    for (const id of byPhrase.keys()) if (!seen.has(id)) byPhrase.delete(id);
    return {
      version: PHRASE_INDEX_VERSION,
      phrases: entries,
      groups: groups.map((g) => ({ name: g.name, keys: fieldKeys(g.name) })),
    };
  };
}
