import { signal } from '@preact/signals';

/** At most this many suggestions, each on its own Alt+digit. */
export const SUGGESTION_COUNT = 3;

/**
 * Alt+1..3 → 0..2; anything else → -1. By `code`, so the layout and what Alt+digit types on a Mac
 * (¡, ™) don't matter. Dependency-free: the content script bundles it.
 */
export function suggestionKeyIndex(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): number {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return -1;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  const n = m ? Number(m[1]) - 1 : -1;
  return n < SUGGESTION_COUNT ? n : -1;
}

/** Alt+n pressed in the console's chat input, forwarded by the content script: which suggestion to insert. */
export const forwardedSuggestionKey = signal<number | null>(null);
