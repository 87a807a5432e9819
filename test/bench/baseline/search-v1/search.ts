/**
 * FROZEN COPY of core/phrases/search*.ts as of 2026-12-01 (before tags, synonyms and the faster
 * mixed-input and two-letter paths): the bench's "today's way" baseline, measured in the same run.
 * Not product code; never import it outside test/bench.
 */
/**
 * Phrase search over an index built by `createPhraseIndex`. Needs no pinyin dictionary: the keys
 * are precomputed, so the content script can import this module alone and search synchronously
 * on every keystroke.
 *
 * How it stays fast (10,000 phrases, p99 ≤ 1 ms): each key kind of each field is packed into one
 * string per index (segments separated by '\n', which a query never contains); queries of 3+
 * letters look up short lists of start offsets keyed by their first 3 letters, shorter ones use
 * native `indexOf`; after a hit the scan jumps to the next phrase; tiers are searched best first
 * and lower tiers skipped once the page is full; scores live in typed arrays reused between
 * queries; a bounded top-k avoids sorting everything.
 */
import { hydrate, type FieldColumns } from './search-columns';
import { rangesOf } from './search-highlight';
import { isAsciiAlnum, isAsciiLetter, normalizeQuery } from '../../../../core/phrases/normalize';
import { FIELD_NAMES, Field, Kind, TYPO_MIN_LENGTH, selectTop } from './search-rank';
import { Run } from './search-scan';
import type { FieldKeys, PhraseIndex, PhraseSearchResult, SearchOptions } from '../../../../core/phrases/search-types';

export { matchMixed } from './search-match';

/**
 * Optional warm-up: packs the index's columns now instead of on the first keystroke.
 * Indexes are treated as immutable; build a new one when phrases change.
 */
export function prepareIndex(index: PhraseIndex): void {
  hydrate(index);
}

/**
 * Searches the index: characters, full pinyin (`fahuo`), initials (`fh`), codes, mixed input
 * (`fa货`), full-width and upper-case letters, spaces ignored; one typo allowed in pinyin queries
 * of 4+ letters against titles, ranked below every exact match. A one-letter query searches
 * codes, titles and groups only (a single Chinese character searches texts too). Best first: exact code > code prefix > title >
 * text > group; ties by usage count, then last use, then how much of the field matched, then
 * index order.
 */
export function searchPhrases(
  index: PhraseIndex,
  query: string,
  limit = 20,
  options: SearchOptions = {},
): PhraseSearchResult[] {
  const q = normalizeQuery(query);
  if (!q || limit <= 0 || index.phrases.length === 0) return [];
  const h = hydrate(index);
  const run = new Run(h, q);

  let asciiOnly = true;
  let hasLetter = false;
  for (let k = 0; k < q.length; k++) {
    const c = q.charCodeAt(k);
    if (!isAsciiAlnum(c)) asciiOnly = false;
    if (isAsciiLetter(c)) hasLetter = true;
  }

  run.scanCodes();
  // Tiers never overlap (code > title > text > group > typo), so once the higher tiers fill the
  // page, the lower ones cannot change it and are skipped.
  const fieldPass = (cols: FieldColumns, field: Field, keysOf: (pos: number) => FieldKeys) => {
    if (asciiOnly) {
      // Kept a-z/0-9 appear as themselves in pinyin and initials, so no literal scan is needed.
      run.scan(cols.ini, field, Kind.Initials);
      if (q.length === 1) return; // a syllable starting with that letter is an initials hit already
      run.scan(cols.py, field, Kind.Pinyin);
      if (cols.py2.str) run.scan(cols.py2, field, Kind.PinyinAlt);
    } else {
      run.scan(cols.norm, field, Kind.Literal);
      if (hasLetter) run.scanMixed(cols.norm, keysOf, field);
    }
  };
  if (run.count < limit) fieldPass(h.title, Field.Title, (pos) => index.phrases[pos]!.title);
  // A single letter or digit says nothing about a long text; it still finds codes, titles, groups.
  if (run.count < limit && !(asciiOnly && q.length === 1)) fieldPass(h.text, Field.Text, (pos) => index.phrases[pos]!.text);
  if (run.count < limit) run.scanGroups(asciiOnly);
  if (asciiOnly && hasLetter && q.length >= TYPO_MIN_LENGTH && run.count < limit) run.scanTypo(h.title.py, Field.Title);

  const top = selectTop(h, run.count, limit, options);
  const results = top.map((pos) => ({
    id: index.phrases[pos]!.id,
    score: h.best[pos]!,
    field: FIELD_NAMES[h.bestField[pos]!]!,
    ranges: rangesOf(h, pos),
    typo: h.bestKind[pos] === Kind.Typo,
  }));
  for (let k = 0; k < run.count; k++) h.best[h.touched[k]!] = -1;
  return results;
}
