import { PHRASE_INDEX_VERSION, fieldKeys, indexPhrase, type GroupRecord, type IndexedPhrase, type PhraseIndex, type PhraseRecord } from '../phrases';

/** The cache as it is kept between service-worker wakes: each phrase's keys with the stamp they were made for. */
export interface SavedPhraseIndexCache {
  version: typeof PHRASE_INDEX_VERSION;
  entries: [id: string, stamp: string, entry: IndexedPhrase][];
}

/**
 * The search keys of the library (pinyin, initials), recomputed only for phrases whose text or
 * group changed since they were made: a write to one phrase costs one phrase, not ten thousand.
 * The keys are saved (see `save`), so a service worker that wakes up does not redo them all.
 */
export function createPhraseIndexCache(saved?: unknown) {
  const byPhrase = new Map<string, { stamp: string; entry: IndexedPhrase }>();
  let changed = false;
  seed(saved);

  /** Takes saved keys if they are of this index version; anything else is ignored (rebuilt on use). */
  function seed(value: unknown): void {
    const data = value as Partial<SavedPhraseIndexCache> | null | undefined;
    if (data?.version !== PHRASE_INDEX_VERSION || !Array.isArray(data.entries)) return;
    for (const item of data.entries) {
      if (Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string' && item[2]?.id === item[0]) {
        byPhrase.set(item[0], { stamp: item[1], entry: item[2] });
      }
    }
  }

  function indexFor(phrases: readonly PhraseRecord[], groups: readonly GroupRecord[]): PhraseIndex {
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
      changed = true;
      return entry;
    });
    for (const id of byPhrase.keys()) {
      if (!seen.has(id)) {
        byPhrase.delete(id);
        changed = true;
      }
    }
    return {
      version: PHRASE_INDEX_VERSION,
      phrases: entries,
      groups: groups.map((g) => ({ name: g.name, keys: fieldKeys(g.name) })),
    };
  }

  return {
    indexFor,
    seed,
    /** The keys to save, or null when nothing changed since the last call. */
    takeChanges(): SavedPhraseIndexCache | null {
      if (!changed) return null;
      changed = false;
      return { version: PHRASE_INDEX_VERSION, entries: [...byPhrase].map(([id, { stamp, entry }]) => [id, stamp, entry]) };
    },
  };
}
export type PhraseIndexCache = ReturnType<typeof createPhraseIndexCache>;
