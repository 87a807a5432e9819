import type { Buyer } from '../../core/consoles';
import type { InsertOutcome } from '../../components/sidebar/host';
import { copyToClipboard, insertText } from './insert-text';
import type { PageReader } from './page-reader';

/**
 * Inserts a phrase for the buyer it was chosen for: refuses when the console switched to
 * another conversation meanwhile, and falls back to the clipboard when insertion can't be verified.
 */
export async function insertPhrase(
  reader: PageReader,
  text: string,
  chosenFor: Buyer | null,
  clipboardHost: Node,
): Promise<InsertOutcome> {
  const now = reader.readCurrentBuyer();
  if (chosenFor && now && chosenFor.id !== now.id) {
    return { kind: 'buyer-changed', from: chosenFor.name, to: now.name };
  }
  const input = reader.findChatInput();
  if (!input) return { kind: 'no-input', selector: reader.selector('chatInput') };
  const result = await insertText(input, text);
  if (result.ok) return { kind: 'inserted' };
  return copyToClipboard(text, clipboardHost) ? { kind: 'copied' } : { kind: 'failed' };
}
