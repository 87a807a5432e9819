/**
 * Text normalisation shared by the index builder and the search. No dictionary here: the
 * content script bundles this file.
 */

/**
 * Folds one UTF-16 unit for matching: full-width ASCII → half-width, ideographic space → space,
 * ASCII upper → lower. Length-preserving on purpose, so offsets in the folded text are offsets in
 * the original and highlight ranges need no mapping.
 */
export function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000) return 0x20;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  return code;
}

/** Folds a whole field; the result has the same length as `text`. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

/**
 * Invisible format characters (zero-width spaces and joiners, bidi overrides and isolates, BOM,
 * soft hyphen): text pasted from a page carries them, and they would split a word it shows whole.
 */
const INVISIBLE = /\p{Cf}+/gu;

/** Text without invisible format characters, for matching only (never for what is shown or inserted). */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Folds a query and drops whitespace, pinyin apostrophes (`fa huo`, `xi'an`) and invisible characters. */
export function normalizeQuery(query: string): string {
  return foldText(query).replace(/[\s'\p{Cf}]+/gu, '');
}

/** `a-z` or `0-9` after folding. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

export function isAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}
