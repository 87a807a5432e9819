/** Page text as plain, bounded data: whitespace folded, control characters dropped. */
export function boundedText(el: Element | null | undefined, max: number, raw = el?.textContent ?? ''): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * At most `max` characters of an element's text, in document order, without building its whole
 * `textContent`: a 10,000-character message costs no more than a short one.
 */
export function leadingText(el: Element, max: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    text += (node as Text).data.slice(0, max - text.length);
  }
  return text;
}
