/**
 * Search keys as they are kept and moved around, apart from the index they end up in: per phrase
 * (by id, stamped with the content they were made from) and per group name. Pure data and pure
 * functions only — no pinyin dictionary here: pages read and check keys, the background makes them.
 */
import { PHRASE_INDEX_VERSION, type FieldKeys, type IndexedPhrase } from '../phrases/search-types';

/** A phrase's keys without its group position (a view places the groups) plus the stamp of its content. */
export interface PhraseKeys extends Omit<IndexedPhrase, 'group'> {
  /** `keyStamp` of the title, text and code the keys were made from. */
  stamp: string;
}

/** Every key a view needs: phrases by id, groups by name. */
export interface SearchKeys {
  phrases: ReadonlyMap<string, PhraseKeys>;
  groups: ReadonlyMap<string, FieldKeys>;
}

/** Keys a write's broadcast carries: those of the phrases and groups it wrote. */
export interface SearchKeysDelta {
  phrases: PhraseKeys[];
  groups: { name: string; keys: FieldKeys }[];
}

/** The keys as saved in the cache database (`phrase-index` in `<db>-cache`) between worker wakes. */
export interface SavedSearchKeys {
  format: typeof SAVED_KEYS_FORMAT;
  indexVersion: typeof PHRASE_INDEX_VERSION;
  phrases: PhraseKeys[];
  groups: [name: string, keys: FieldKeys][];
}
export const SAVED_KEYS_FORMAT = 2;

/** What the keys of a phrase depend on. */
export interface KeyedContent {
  title: string;
  text: string;
  code?: string | undefined;
}

/**
 * A 53-bit hash (cyrb53) of what a phrase's keys are made from: moving or reordering a phrase
 * keeps its keys; editing its words makes them stale.
 */
export function keyStamp(phrase: KeyedContent): string {
  // Records are never changed in place (a write makes a new one): one hash per record object.
  let stamp = stamps.get(phrase);
  if (stamp === undefined) {
    stamp = hash(phrase);
    stamps.set(phrase, stamp);
  }
  return stamp;
}
const stamps = new WeakMap<KeyedContent, string>();

function hash(phrase: KeyedContent): string {
  return cyrb53(`${phrase.code ?? ''}\u0001${phrase.title}\u0001${phrase.text}`);
}

/** A 53-bit hash of a string, in base 36. */
export function cyrb53(source: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** True when `keys` were made from this phrase's current words. */
export function keysFit(phrase: KeyedContent & { id: string }, keys: PhraseKeys | undefined): keys is PhraseKeys {
  return keys !== undefined && keys.id === phrase.id && keys.stamp === keyStamp(phrase);
}

/** Reads saved keys; anything of another format or index version gives null (rebuilt on use). */
export function readSavedKeys(value: unknown): SearchKeys | null {
  const data = value as Partial<SavedSearchKeys> | null | undefined;
  if (data?.format !== SAVED_KEYS_FORMAT || data.indexVersion !== PHRASE_INDEX_VERSION) return null;
  if (!Array.isArray(data.phrases) || !Array.isArray(data.groups)) return null;
  const phrases = new Map<string, PhraseKeys>();
  for (const entry of data.phrases) {
    if (typeof entry?.id === 'string' && typeof entry.stamp === 'string' && entry.title && entry.text) phrases.set(entry.id, entry);
  }
  const groups = new Map<string, FieldKeys>();
  for (const item of data.groups) {
    if (Array.isArray(item) && typeof item[0] === 'string' && item[1]) groups.set(item[0], item[1]);
  }
  return { phrases, groups };
}

/** The keys to save, in the shape `readSavedKeys` reads. */
export function savedKeys(keys: SearchKeys): SavedSearchKeys {
  return { format: SAVED_KEYS_FORMAT, indexVersion: PHRASE_INDEX_VERSION, phrases: [...keys.phrases.values()], groups: [...keys.groups] };
}

/**
 * A phrase's index entry from its keys, fields named rather than spread: keys loaded from the
 * background's kept view read their fields through getters (library-blob.ts), which a spread skips.
 */
export function indexEntry(keys: PhraseKeys, group: number): IndexedPhrase & { stamp: string } {
  return { id: keys.id, code: keys.code, title: keys.title, text: keys.text, group, stamp: keys.stamp };
}
