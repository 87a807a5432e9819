/**
 * The in-input trigger: `/fh` (or `／fh`, or `、fh` at the start — a Chinese IME turns `/` into `、`)
 * right before the caret asks for phrase suggestions. `/` counts unless it follows a letter, digit
 * or URL character (`1/2`, `http://`); `、` only at the start or after a space, since inside a
 * sentence it is ordinary punctuation (红色、蓝色).
 */
const SLASH = /(?:^|[^A-Za-z0-9:/._-])[/／]([^\s/／、]{1,20})$/u;
const COMMA = /(?:^|\s)、([^\s/／、]{1,20})$/u;

export interface TriggerToken {
  /** What the agent typed after the trigger character. */
  query: string;
  /** Characters to remove before the caret when a suggestion is accepted (trigger + query). */
  length: number;
}

export function findTriggerToken(textBeforeCaret: string): TriggerToken | null {
  const m = SLASH.exec(textBeforeCaret) ?? COMMA.exec(textBeforeCaret);
  if (!m || !m[1]) return null;
  return { query: m[1], length: m[1].length + 1 };
}
