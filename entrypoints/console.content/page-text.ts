/**
 * Characters page text never keeps: C0 and C1 controls (NUL included), and the bidi embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069) with which a name like `\u202Egnp.exe` would
 * turn around the sidebar's own words after it.
 */
// eslint-disable-next-line no-control-regex
const DROPPED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Half of a surrogate pair with no other half: shown as U+FFFD, so what we store and export is well-formed. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Characters read to keep `max`: room for the indentation and controls that folding removes. */
const scanned = (max: number) => max * 4 + 256;

/**
 * Page text as plain, bounded data: controls and bidi overrides dropped, whitespace folded, lone
 * surrogates replaced, at most `max` UTF-16 units, never ending in half an emoji.
 */
export function boundedText(el: Element | null | undefined, max: number, raw = el ? leadingText(el, scanned(max)) : ''): string {
  // Only the start is looked at: a 1 MB name costs what a short one does.
  let text = raw.slice(0, scanned(max)).replace(DROPPED, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > max) {
    text = text.slice(0, max);
    // A cut between the two halves of a pair drops the first half too.
    if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
    text = text.trimEnd();
  }
  return text.replace(LONE_SURROGATE, '\ufffd');
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
