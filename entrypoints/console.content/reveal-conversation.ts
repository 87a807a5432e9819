import type { PageReader } from './page-reader';

const FLASH_MS = 1600;

/**
 * Shows the agent where a waiting buyer's row is: scrolled into view and outlined for a moment.
 * The consoles ignore script-made clicks (CONSOLES.md), so opening the conversation stays the
 * agent's own click; and the page's DOM is not touched — the outline is ours, in the shadow root.
 */
export function revealConversation(reader: PageReader, buyerId: string, overlayRoot: ShadowRoot): boolean {
  const row = reader.findConversationRow(buyerId);
  if (!row) return false;
  row.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const r = row.getBoundingClientRect();
  const box = document.createElement('div');
  box.className = 'reveal-highlight';
  Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  overlayRoot.appendChild(box);
  setTimeout(() => box.remove(), FLASH_MS);
  return true;
}
