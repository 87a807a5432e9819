import type { PickedElement } from '../../components/sidebar/frame-channel';
import { selectorFor } from './css-path';
import { pickElement } from './element-picker';

/** The editable element the agent meant: the one clicked, its editor, or the one input inside it. */
function editableAt(el: Element): HTMLElement | null {
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text')) return el;
  if (el instanceof HTMLElement && el.isContentEditable) {
    let host: HTMLElement = el;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }
  const inside = el.querySelectorAll<HTMLElement>('textarea, input[type="text"], [contenteditable="true"]');
  return inside.length === 1 ? inside[0]! : null;
}

/**
 * The agent clicks the console's chat input; the answer is a selector for it, which the sidebar
 * frame saves as this console's override (and sends back with the others).
 */
export async function pickChatInput(deps: { shadow: ShadowRoot; host: Element; signal: AbortSignal }): Promise<PickedElement> {
  const clicked = await pickElement({ highlightHost: deps.shadow, ignore: deps.host, signal: deps.signal });
  if (!clicked) return { kind: 'cancelled' };
  const input = editableAt(clicked);
  const selector = input && selectorFor(input);
  return selector ? { kind: 'picked', selector } : { kind: 'not-editable' };
}
