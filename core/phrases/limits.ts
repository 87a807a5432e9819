/** How long a phrase's fields may be, and how lists are kept. No zod here: the pages' forms use these too. */
export const PHRASE_TITLE_MAX = 60;
export const PHRASE_TEXT_MAX = 2000;
export const PHRASE_CODE_MAX = 20;
export const GROUP_NAME_MAX = 40;
/** At most this many tags per phrase, each 1–`PHRASE_TAG_MAX` characters. */
export const PHRASE_TAGS_MAX = 10;
export const PHRASE_TAG_MAX = 16;
/** At most this many example buyer questions per phrase, each 1–`PHRASE_EXAMPLE_MAX` characters. */
export const PHRASE_EXAMPLES_MAX = 8;
export const PHRASE_EXAMPLE_MAX = 60;

/** Examples as stored: trimmed, empty ones and repeats dropped. */
export function normalizeExamples(examples: readonly string[]): string[] {
  return trimmedUnique(examples);
}

/** Tags as stored: trimmed, empty ones and repeats dropped, first spelling kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  return trimmedUnique(tags);
}

function trimmedUnique(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const tag = raw.trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}
