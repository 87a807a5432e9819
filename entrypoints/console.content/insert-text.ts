/**
 * Puts text into the console's chat input the way a person typing would, so the page's framework
 * (Vue, React, a contenteditable editor) notices. Never presses Enter, never clicks send.
 */

export type InsertResult = { ok: true } | { ok: false; reason: 'not-editable' | 'not-verified' };

/** Folds whitespace so `a\nb` typed into a contenteditable (`<div>a</div><div>b</div>`) still compares equal. */
function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function nextFrame(): Promise<void> {
  // A frame and a tick: a React-like console re-renders within this and would wipe a value it didn't see.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 60)));
}

function insertIntoTextField(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  const next = el.value.slice(0, start) + text + el.value.slice(end);
  // The native setter, not `el.value =`: frameworks that wrap the property still see a change.
  if (setValue) setValue.call(el, next);
  else el.value = next;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  el.focus();
  const caret = start + text.length;
  el.setSelectionRange(caret, caret);
}

/** Moves the caret to the end of `el` unless the agent's own selection is already inside it. */
function placeCaret(el: HTMLElement): void {
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  if (selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function insertIntoContentEditable(el: HTMLElement, text: string): void {
  el.focus();
  placeCaret(el);
  // execCommand is deprecated but is still the one path every editor listens to (input events, undo).
  const done = el.ownerDocument.execCommand('insertText', false, text);
  if (!done) {
    const range = el.ownerDocument.getSelection()?.getRangeAt(0);
    range?.insertNode(el.ownerDocument.createTextNode(text));
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

function currentText(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
}

/** Inserts `text` at the caret of `el` and checks, after the page had a chance to re-render, that it stayed. */
export async function insertText(el: HTMLElement, text: string): Promise<InsertResult> {
  const before = occurrences(normalize(currentText(el)), normalize(text));
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    if (el.disabled || el.readOnly) return { ok: false, reason: 'not-editable' };
    insertIntoTextField(el, text);
  } else if (el.isContentEditable) {
    insertIntoContentEditable(el, text);
  } else {
    return { ok: false, reason: 'not-editable' };
  }
  await nextFrame();
  // One more copy than before: text already in the draft must not count as proof.
  const after = occurrences(normalize(currentText(el)), normalize(text));
  return after > before ? { ok: true } : { ok: false, reason: 'not-verified' };
}

function occurrences(haystack: string, needle: string): number {
  return needle ? haystack.split(needle).length - 1 : 0;
}

/** The input's text from its start up to the caret (the agent's current word is at the end). */
export function textBeforeCaret(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return el.value.slice(0, el.selectionStart ?? el.value.length);
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return '';
  const caret = selection.getRangeAt(0);
  if (!el.contains(caret.endContainer)) return '';
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.setEnd(caret.endContainer, caret.endOffset);
  return range.toString();
}

/** Deletes `count` characters before the caret through the page's own input path (the `/fh` typed to ask for a phrase). */
export function deleteBeforeCaret(el: HTMLElement, count: number): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const end = el.selectionStart ?? el.value.length;
    const start = Math.max(0, end - count);
    const setValue = Object.getOwnPropertyDescriptor(
      el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype,
      'value',
    )?.set;
    const next = el.value.slice(0, start) + el.value.slice(end);
    if (setValue) setValue.call(el, next);
    else el.value = next;
    el.setSelectionRange(start, start);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    return;
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  for (let i = 0; i < count; i++) selection.modify('extend', 'backward', 'character');
  el.ownerDocument.execCommand('delete');
}
