/**
 * Reads which intents a text says, from the intent table's words (and their toneless pinyin).
 * Kept apart from the table so a development run can pair this matcher with an older table.
 */
import { INTENT_READINGS } from './intent-readings';
import { INTENTS, type Intent } from './intents';

/**
 * A matcher over an intent table, for buyers' messages or for what a reply says (`side`). Reads the text once, left to right, taking the longest word at
 * each place; a word inside one already taken does not count again, so `运费险` says freight
 * insurance and not also postage.
 */
export function intentMatcher(table: readonly Intent[] = INTENTS, side: 'buyer' | 'reply' = 'buyer') {
  /**
   * Words by their first two UTF-16 units (one-unit words by their only one), longest first: a
   * place in the text tries only the few words that can start there, however large the table.
   */
  const byStart = new Map<number, { word: string; intent: number }[]>();
  const keyOf = (text: string, at: number, length: number) => (length === 1 ? text.charCodeAt(at) : text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1) + 1);
  table.forEach((intent, index) => {
    const replyWords = side === 'reply' ? (intent.answers ?? []) : [];
    const readings = Object.hasOwn(INTENT_READINGS, intent.id) ? INTENT_READINGS[intent.id]! : [];
    for (const word of [...intent.words, ...(intent.pinyin ?? []), ...(intent.latin ?? []), ...readings, ...replyWords]) {
      const key = keyOf(word, 0, Math.min(word.length, 2));
      const list = byStart.get(key) ?? [];
      list.push({ word, intent: index });
      byStart.set(key, list);
    }
  });
  for (const list of byStart.values()) list.sort((a, b) => b.word.length - a.word.length);
  // An intent no buyer can say (no words of theirs) only takes up reply wording such as 有问题随时找我,
  // which would otherwise read as another intent; it is never reported, so it weighs nothing.
  const absorbOnly = new Set(table.flatMap((intent, index) => (intent.words.length === 0 && !intent.pinyin?.length && !intent.latin?.length ? [index] : [])));

  /** The intents `text` says (folded, no whitespace), each once, in table order. */
  function intentsOf(text: string): number[] {
    const found = strictIntentsOf(text);
    if (found.length > 0 || side === 'reply') return found;
    const loose = text.replace(LOOSE_CHARS, '');
    return loose === text ? found : strictIntentsOf(loose);
  }
  return intentsOf;

  function strictIntentsOf(text: string): number[] {
    const found = new Set<number>();
    let coveredTo = 0;
    for (let at = 0; at < text.length; at++) {
      // Two-unit words and longer first (a longer word wins), then a one-unit word.
      const match = (at + 1 < text.length && firstMatch(byStart.get(keyOf(text, at, 2)), text, at)) || firstMatch(byStart.get(keyOf(text, at, 1)), text, at);
      if (match && at + match.word.length > coveredTo) {
        found.add(match.intent);
        coveredTo = at + match.word.length;
      }
    }
    return [...found].filter((i) => !absorbOnly.has(i)).sort((a, b) => a - b);
  }
}

/**
 * Particles and modal words that sit between the words of a question (几天*才能*到, 里面*都*有啥):
 * a message in which no word was found is read once more without them.
 */
const LOOSE_CHARS = /[能可以会才都还要就的了呢吗呀啊吧哦也再又得]/g;

/** The longest word of `list` (sorted longest first) that `text` has at `at`. */
function firstMatch(list: { word: string; intent: number }[] | undefined, text: string, at: number) {
  if (list) for (const entry of list) if (text.startsWith(entry.word, at)) return entry;
  return undefined;
}
