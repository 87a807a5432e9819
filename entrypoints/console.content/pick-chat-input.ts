import type { PickOutcome } from '../../components/sidebar/host';
import type { LibraryState } from '../../components/phrases/library-state';
import type { ProtocolClient } from '../../core/client';
import type { SiteId } from '../../core/consoles';
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
 * The agent clicks the console's chat input; we remember a selector for it as this console's
 * override (kept with the others), so the sidebar finds the input again after a console update.
 */
export async function pickChatInput(deps: {
  site: SiteId;
  client: ProtocolClient;
  library: LibraryState;
  shadow: ShadowRoot;
  host: Element;
  signal: AbortSignal;
}): Promise<PickOutcome> {
  const clicked = await pickElement({ highlightHost: deps.shadow, ignore: deps.host, signal: deps.signal });
  if (!clicked) return { kind: 'cancelled' };
  const input = editableAt(clicked);
  if (!input) return { kind: 'not-editable' };
  const selector = selectorFor(input);
  if (!selector) return { kind: 'not-editable' };
  const saved = deps.library.snapshot.value?.selectorOverrides.find((r) => r.site === deps.site)?.overrides ?? {};
  const reply = await deps.client.request({ kind: 'saveSelectorOverrides', site: deps.site, overrides: { ...saved, chatInput: selector } });
  if (!reply.ok) return { kind: 'failed', message: reply.error.message };
  // The change broadcast brings the new override into the library (and the page re-reads itself).
  return { kind: 'saved', selector };
}
