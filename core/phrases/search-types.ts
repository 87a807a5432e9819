/**
 * Shape of the search index. Plain strings and arrays only, so it survives JSON, storage and
 * messages; the search hydrates it into packed columns once per index object.
 */

export const PHRASE_INDEX_VERSION = 1;

/** What the index needs to know about a phrase. */
export interface SearchablePhrase {
  id: string;
  title: string;
  text: string;
  code?: string | undefined;
  /** Group name (not id), searchable too. */
  group?: string | undefined;
  /** Tags, searchable below the title and text. */
  tags?: readonly string[] | undefined;
}

/**
 * Search keys of one field (title, text or group name). All strings but `p`/`p2` have the field's
 * length in UTF-16 units, so an offset in them is an offset in the original text.
 */
export interface FieldKeys {
  /** Folded text (full-width → half-width, lower case). */
  s: string;
  /** One initial per unit: first pinyin letter for Chinese, the folded char for a-z/0-9, space otherwise. */
  i: string;
  /** Concatenated pinyin in context (银行 → yinhang), a-z/0-9 kept, a space for anything else. */
  p: string;
  /** Per unit, how many letters of `p` it contributed, as a digit ('0' for a surrogate's 2nd half). */
  l: string;
  /** Same as `p`/`l` with the other common reading of polyphones (行 xing/hang, 长, 重, 绿 lv/lu). */
  p2?: string;
  l2?: string;
}

export interface IndexedPhrase {
  id: string;
  /** Folded code, '' when the phrase has none. */
  code: string;
  title: FieldKeys;
  text: FieldKeys;
  /** Position in `PhraseIndex.groups`, -1 for none. */
  group: number;
}

export interface PhraseIndex {
  version: typeof PHRASE_INDEX_VERSION;
  phrases: IndexedPhrase[];
  groups: { name: string; keys: FieldKeys }[];
  /**
   * Each tag once, with the positions of the phrases that carry it (see `tagsOfPhrases`). Absent:
   * no tag is searched. Positions, so anything that reorders or drops phrases makes it again.
   */
  tags?: IndexedTag[];
}

export interface IndexedTag {
  name: string;
  members: number[];
}

/** Per-phrase usage, for breaking ties. */
export interface PhraseUsage {
  count: number;
  lastUsedAt: number;
}

export interface SearchOptions {
  usage?: Record<string, PhraseUsage | undefined>;
  /** Shop words that widen a query (`synonymTable`); absent: the query is taken as typed. */
  synonyms?: SynonymLookup;
}

/** What the search needs of a synonym table (synonyms.ts builds one). */
export interface SynonymLookup {
  /** The query with shop words swapped for their synonyms, best first, at most a few; never the query itself. */
  widen(query: string): string[];
}

export type MatchField = 'code' | 'title' | 'text' | 'group' | 'tag';

export interface PhraseSearchResult {
  id: string;
  score: number;
  /** Where the best match was found. */
  field: MatchField;
  /** Half-open `[start, end)` UTF-16 ranges into that field's original string (the code for 'code', the tag for 'tag'). */
  ranges: [number, number][];
  /** The match needed one edit of the pinyin query. */
  typo: boolean;
  /** For a match on a tag: which one. */
  tag?: string;
  /** Found only through a synonym of the query's words (ranked below every direct match). */
  synonym?: boolean;
}
