import { fieldKeys, indexPhrase, type FieldKeys, type GroupRecord, type PhraseRecord } from '../phrases';
import { keyStamp, keysFit, readSavedKeys, savedKeys, type PhraseKeys, type SavedSearchKeys, type SearchKeys, type SearchKeysDelta } from './search-keys';

/**
 * The search keys of the library (pinyin, initials), made only for phrases whose words changed
 * since their keys were made: a write to one phrase costs one phrase, not ten thousand. The keys
 * are saved (see `takeChanges`), so a service worker that wakes up does not redo them all, and
 * extension pages read them from the cache database instead of asking for them.
 */
export function createPhraseIndexCache(saved?: unknown) {
  const phrases = new Map<string, PhraseKeys>();
  const groups = new Map<string, FieldKeys>();
  const keys: SearchKeys = { phrases, groups };
  let changed = false;
  seed(saved);

  /** Takes saved keys if they are of this format and index version; anything else is ignored (rebuilt on use). */
  function seed(value: unknown): void {
    const read = readSavedKeys(value);
    if (!read) return;
    for (const [id, entry] of read.phrases) phrases.set(id, entry);
    for (const [name, entry] of read.groups) groups.set(name, entry);
  }

  function phraseKeys(phrase: PhraseRecord): PhraseKeys {
    const cached = phrases.get(phrase.id);
    if (keysFit(phrase, cached)) return cached;
    const { group: _, ...made } = indexPhrase(phrase);
    const entry = { ...made, stamp: keyStamp(phrase) };
    phrases.set(phrase.id, entry);
    changed = true;
    return entry;
  }

  function groupKeys(name: string): FieldKeys {
    let entry = groups.get(name);
    if (!entry) {
      entry = fieldKeys(name);
      groups.set(name, entry);
      changed = true;
    }
    return entry;
  }

  function drop(map: Map<string, unknown>, keep: ReadonlySet<string>): void {
    for (const key of map.keys()) {
      if (keep.has(key)) continue;
      map.delete(key);
      changed = true;
    }
  }

  return {
    seed,
    /**
     * Keys of the whole library (made where missing or stale); keys of phrases and group names no
     * longer in it are dropped, so the saved cache does not grow with every deleted phrase.
     */
    keysOfLibrary(allPhrases: readonly PhraseRecord[], allGroups: readonly GroupRecord[]): SearchKeys {
      for (const phrase of allPhrases) phraseKeys(phrase);
      for (const group of allGroups) groupKeys(group.name);
      drop(phrases, new Set(allPhrases.map((p) => p.id)));
      drop(groups, new Set(allGroups.map((g) => g.name)));
      return keys;
    },
    /** Keys of the phrases and groups one write stored (made where missing or stale), for its broadcast. */
    keysOfWritten(written: ReadonlyArray<{ type: string; deleted?: boolean } & Record<string, unknown>>): SearchKeysDelta {
      const live = written.filter((r) => !r.deleted);
      return {
        phrases: (live.filter((r) => r.type === 'phrase') as PhraseRecord[]).map(phraseKeys),
        groups: [...new Set((live.filter((r) => r.type === 'phraseGroup') as GroupRecord[]).map((g) => g.name))].map((name) => ({ name, keys: groupKeys(name) })),
      };
    },
    /** The keys to save, or null when nothing changed since the last call. */
    takeChanges(): SavedSearchKeys | null {
      if (!changed) return null;
      changed = false;
      return savedKeys(keys);
    },
  };
}
export type PhraseIndexCache = ReturnType<typeof createPhraseIndexCache>;
