/**
 * Phrase search over an index built by `createPhraseIndex`. Needs no pinyin dictionary: the keys
 * are precomputed, so the content script can import this module alone and search synchronously
 * on every keystroke.
 *
 * How it stays fast (10,000 phrases, p99 ≤ 1 ms): each key kind of each field is packed into one
 * string per index (segments separated by '\n', which a query never contains); queries of 3+
 * letters look up short lists of start offsets keyed by their first 3 letters, 2-letter ones read
 * the 38 lists their letters begin; queries with characters read the offsets of their rarest
 * character (`candidatesOf`), and mixed input is matched around its characters on per-unit
 * reading ids (search-anchored.ts); after a hit the scan jumps to the next phrase; tiers are
 * searched best first and lower tiers skipped once the page is full; scores live in typed arrays
 * reused between queries; a bounded top-k avoids sorting everything.
 */
import { hydrate, type FieldColumns } from './search-columns';
import { rangesOf } from './search-highlight';
import { isAsciiAlnum, isAsciiLetter, normalizeQuery } from './normalize';
import { FIELD_NAMES, Field, Kind, TYPO_MIN_LENGTH, selectTop } from './search-rank';
import { Run } from './search-scan';
import type { FieldKeys, PhraseIndex, PhraseSearchResult, SearchOptions } from './search-types';

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
 * codes, titles and groups only (a single Chinese character searches texts too). Tags match as
 * written and, like group names, by their pinyin and initials. With `options.synonyms`, shop words in the query are swapped for their synonyms
 * (包邮 → 运费) and what only a variant finds ranks below every direct match (`synonym: true`).
 * Best first: exact code > code prefix > title > text > tag > group > synonym matches > typos;
 * ties by usage count, then last use, then how much of the field matched, then index order.
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
  run.scanCodes();
  scanFields(run, index, limit);
  // Synonyms after every direct tier: their scores lie below them, so a full page skips them.
  if (options.synonyms && run.count < limit) {
    for (const variant of options.synonyms.widen(q)) {
      if (run.count >= limit) break;
      run.widenTo(variant);
      scanFields(run, index, limit);
    }
  }
  // Typos last: they rank below synonym matches too.
  if (run.count < limit && isTypoCandidate(q)) {
    run.restore(q);
    run.scanTypo(h.title.py, Field.Title);
  }

  const top = selectTop(h, run.count, limit, options);
  const results = top.map((pos) => ({
    id: index.phrases[pos]!.id,
    score: h.best[pos]!,
    field: FIELD_NAMES[h.bestField[pos]!]!,
    ranges: rangesOf(h, pos),
    typo: h.bestKind[pos] === Kind.Typo,
    ...(h.bestTag[pos]! >= 0 && h.bestField[pos] === Field.Tag ? { tag: index.tags![h.bestTag[pos]!]!.name } : {}),
    ...(h.bestSyn[pos] ? { synonym: true } : {}),
  }));
  for (let k = 0; k < run.count; k++) h.best[h.touched[k]!] = -1;
  return results;
}

/**
 * The field scans for the run's current query, best tier first, each skipped once the page is
 * full (tiers never overlap: title > text > tag > group > typo).
 */
function scanFields(run: Run, index: PhraseIndex, limit: number): void {
  const { h, q } = run;
  let asciiOnly = true;
  let hasLetter = false;
  for (let k = 0; k < q.length; k++) {
    const c = q.charCodeAt(k);
    if (!isAsciiAlnum(c)) asciiOnly = false;
    if (isAsciiLetter(c)) hasLetter = true;
  }
  const fieldPass = (cols: FieldColumns, field: Field, keysOf: (pos: number) => FieldKeys) => {
    if (asciiOnly) {
      // Kept a-z/0-9 appear as themselves in pinyin and initials, so no literal scan is needed.
      run.scan(cols.ini, field, Kind.Initials);
      if (q.length === 1) return; // a syllable starting with that letter is an initials hit already
      run.scan(cols.py, field, Kind.Pinyin);
      if (cols.py2.str) run.scan(cols.py2, field, Kind.PinyinAlt);
    } else {
      run.scanLiteral(cols.norm, field);
      if (hasLetter) run.scanMixed(cols, keysOf, field);
    }
  };
  // A single letter or digit says nothing about a long text or a tag; it still finds codes, titles, groups.
  const oneLetter = asciiOnly && q.length === 1;
  if (run.count < limit) fieldPass(h.title, Field.Title, (pos) => index.phrases[pos]!.title);
  if (run.count < limit && !oneLetter) fieldPass(h.text, Field.Text, (pos) => index.phrases[pos]!.text);
  if (run.count < limit && !oneLetter) run.scanTags(asciiOnly);
  if (run.count < limit) run.scanGroups(asciiOnly);
}

/** Pinyin queries of 4+ letters may carry one typo. */
function isTypoCandidate(q: string): boolean {
  if (q.length < TYPO_MIN_LENGTH) return false;
  let hasLetter = false;
  for (let k = 0; k < q.length; k++) {
    const c = q.charCodeAt(k);
    if (!isAsciiAlnum(c)) return false;
    if (isAsciiLetter(c)) hasLetter = true;
  }
  return hasLetter;
}
