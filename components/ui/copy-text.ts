import type { InsertOutcome } from '../sidebar/host';

/**
 * Puts `text` on the clipboard from one of our own documents (the sidebar frame, the side panel):
 * true only when we know the clipboard got exactly `text`. Never from the console's page, whose
 * `copy` listeners could rewrite what is copied while we would still say "copied".
 *
 * First the async Clipboard API (an extension page may, with the clipboardWrite permission; it
 * fires no `copy` event at all). It refuses when our document lost the focus, as it has after an
 * insertion attempt focused the console's chat input; then `execCommand('copy')` in our own
 * document, where our own `copy` listener sets the data and so proves what was written.
 */
export async function writeClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyThroughCopyEvent(text, doc);
  }
}

function copyThroughCopyEvent(text: string, doc: Document): boolean {
  let written = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault(); // our data, not the (empty) selection
    written = e.clipboardData.getData('text/plain') === text;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}

/** Standalone mode: copying is the whole job, not a fallback; when it fails, the text is shown to copy by hand. */
export async function copyText(text: string): Promise<InsertOutcome> {
  return (await writeClipboard(text)) ? { kind: 'copied-standalone' } : { kind: 'failed', text };
}

/** The console could not take the text (its input did not keep it): copied instead, or shown to copy by hand. */
export async function copyInstead(text: string): Promise<InsertOutcome> {
  return (await writeClipboard(text)) ? { kind: 'copied' } : { kind: 'failed', text };
}
