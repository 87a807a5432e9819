/**
 * The in-input trigger: `/fh` (or `／fh`, or `、fh` at the start — a Chinese IME turns `/` into `、`)
 * right before the caret asks for phrase suggestions. Only at the start of the input or after a
 * space: inside a sentence `、` is ordinary punctuation (红色、蓝色) and `/` is a URL or a fraction.
 */
const TRIGGER = /(?:^|\s)[/／、]([^\s/／、]{1,20})$/u;

export interface TriggerToken {
  /** What the agent typed after the trigger character. */
  query: string;
  /** Characters to remove before the caret when a suggestion is accepted (trigger + query). */
  length: number;
}

export function findTriggerToken(textBeforeCaret: string): TriggerToken | null {
  const m = TRIGGER.exec(textBeforeCaret);
  if (!m || !m[1]) return null;
  return { query: m[1], length: m[1].length + 1 };
}
