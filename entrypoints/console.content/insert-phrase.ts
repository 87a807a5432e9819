import type { Buyer } from '../../core/consoles';
import type { PageInsertOutcome } from '../../components/sidebar/host';
import { insertText } from './insert-text';
import type { PageReader } from './page-reader';

/**
 * Inserts a phrase for the buyer it was chosen for: refuses when the console switched to
 * another conversation meanwhile. When the insertion can't be verified it says `not-inserted` and
 * the sidebar frame copies the text: a copy made here, in the console's document, fires a `copy`
 * event the page can rewrite.
 */
export async function insertPhrase(
  reader: PageReader,
  text: string,
  chosenFor: Buyer | null,
): Promise<PageInsertOutcome> {
  const now = reader.readCurrentBuyer();
  if (chosenFor && now && chosenFor.id !== now.id) {
    return { kind: 'buyer-changed', from: chosenFor.name, to: now.name };
  }
  const input = reader.findChatInput();
  if (!input) return { kind: 'no-input', selector: reader.selector('chatInput') };
  const result = await insertText(input, text);
  if (result.ok) return { kind: 'inserted' };
  return { kind: 'not-inserted' };
}
