/**
 * A CSS selector that finds exactly `el` on this page, for a selector the agent picked with a
 * click. Prefers what survives a console's next release: ids and `data-*`/`name` attributes over
 * class names, and skips class names that look generated (CSS modules, hashes).
 */
const STABLE_ATTRIBUTES = ['data-qa-id', 'data-testid', 'data-test', 'name', 'aria-label', 'placeholder'] as const;

/** `index_Editor__x7f3a`, `css-1q2w3e`, `a8f9c2d1`: made by a build, gone after the next one. */
function looksGenerated(name: string): boolean {
  return /__|^css-|^sc-|[0-9a-f]{6,}|\d{3,}/i.test(name) || name.length > 40;
}

function unique(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** The element's own part of a selector: tag, stable classes, and its place among siblings when needed. */
function step(el: Element, withPosition: boolean): string {
  const tag = el.tagName.toLowerCase();
  const classes = Array.from(el.classList)
    .filter((c) => !looksGenerated(c))
    .slice(0, 3)
    .map((c) => `.${CSS.escape(c)}`)
    .join('');
  if (!withPosition || !el.parentElement) return tag + classes;
  const sameTag = Array.from(el.parentElement.children).filter((c) => c.tagName === el.tagName);
  return sameTag.length > 1 ? `${tag}${classes}:nth-of-type(${sameTag.indexOf(el) + 1})` : tag + classes;
}

function ownSelector(doc: Document, el: Element): string | null {
  if (el.id && !looksGenerated(el.id)) {
    const byId = `#${CSS.escape(el.id)}`;
    if (unique(doc, byId, el)) return byId;
  }
  const tag = el.tagName.toLowerCase();
  for (const attr of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (!value || value.length > 80) continue;
    const byAttr = `${tag}[${attr}="${CSS.escape(value)}"]`;
    if (unique(doc, byAttr, el)) return byAttr;
  }
  if (el.getAttribute('contenteditable') === 'true') {
    const editable = `${step(el, false)}[contenteditable="true"]`;
    if (unique(doc, editable, el)) return editable;
  }
  return null;
}

export function selectorFor(el: Element): string | null {
  const doc = el.ownerDocument;
  const own = ownSelector(doc, el);
  if (own) return own;
  // Walk up: steps from the current ancestor down to `el`, anchored at the nearest ancestor with a
  // selector of its own, or at the top of a short positional path.
  const steps = [step(el, true)];
  for (let node = el.parentElement; node && node !== doc.documentElement && steps.length <= 6; node = node.parentElement) {
    const anchor = ownSelector(doc, node);
    if (anchor && unique(doc, `${anchor} > ${steps.join(' > ')}`, el)) return `${anchor} > ${steps.join(' > ')}`;
    steps.unshift(step(node, true));
    if (unique(doc, steps.join(' > '), el)) return steps.join(' > ');
  }
  return null;
}
