import { RECORD_MESSAGE_CHARS, RECORD_MESSAGES_MAX, type RecordCuts, type RecordedMessage } from '../../components/records/conversation-read';
import { boundedText, leadingText } from './page-text';

/** Elements looked at from the end of the two lists, with text or not: bounded however the page looks. */
const MAX_VISITED = 4 * RECORD_MESSAGES_MAX;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The open conversation's buyer and agent messages in page order, with who wrote each: the latest
 * `RECORD_MESSAGES_MAX` with text, each cut to `RECORD_MESSAGE_CHARS` (a 10,000-character message
 * costs no more than that). Both lists are in document order (what `querySelectorAll` gives); they
 * are merged from their tails, so a long history costs only what is kept. Empty messages (an
 * image, a sticker) are skipped; an element both selectors match counts once, as the buyer's.
 */
export function conversationMessages(buyer: ArrayLike<Element>, agent: ArrayLike<Element>): { messages: RecordedMessage[]; cuts: RecordCuts } {
  const found: RecordedMessage[] = [];
  let long = 0;
  let i = buyer.length - 1;
  let j = agent.length - 1;
  for (let visited = 0; (i >= 0 || j >= 0) && found.length < RECORD_MESSAGES_MAX && visited < MAX_VISITED; visited++) {
    const b = i >= 0 ? buyer[i]! : null;
    const a = j >= 0 ? agent[j]! : null;
    if (b && a === b) j--;
    // The later of the two tails comes first (we walk backwards).
    const takeBuyer = b !== null && (a === null || a === b || (a.compareDocumentPosition(b) & FOLLOWING) !== 0);
    const el = takeBuyer ? b : a!;
    if (takeBuyer) i--;
    else j--;
    const raw = boundedText(null, RECORD_MESSAGE_CHARS + 1, leadingText(el, RECORD_MESSAGE_CHARS * 2));
    if (!raw) continue;
    if (raw.length > RECORD_MESSAGE_CHARS) long++;
    found.push({ from: takeBuyer ? 'buyer' : 'agent', text: raw.slice(0, RECORD_MESSAGE_CHARS) });
  }
  return { messages: found.reverse(), cuts: { earlier: Math.max(0, i + 1) + Math.max(0, j + 1), long } };
}
