import { boundedText, leadingText } from './page-text';

import { PAGE_TEXT_BOUNDS } from '../../components/sidebar/frame-channel';

/** At most this many unanswered buyer messages are read (the latest ones). */
const MAX_BUYER_MESSAGES = PAGE_TEXT_BOUNDS.buyerMessages;
/** A buyer message is cut to this many characters before anything else looks at it. */
const MAX_MESSAGE = PAGE_TEXT_BOUNDS.buyerMessage;
const MAX_ORDER_STATUS = PAGE_TEXT_BOUNDS.orderStatus;
/** Buyer messages looked at from the end of the list, with text or not: bounded however the page looks. */
const MAX_VISITED = 4 * MAX_BUYER_MESSAGES;

/**
 * The buyer messages no agent message follows yet, oldest first, at most `MAX_BUYER_MESSAGES`.
 * Both lists are in document order (what `querySelectorAll` gives); only their tails are visited.
 * Empty messages (an image, a sticker) are skipped without counting.
 */
export function unansweredBuyerMessages(buyer: ArrayLike<Element>, agent: ArrayLike<Element>): string[] {
  const lastAnswer = agent.length ? agent[agent.length - 1] : null;
  const found: string[] = [];
  const stop = Math.max(0, buyer.length - MAX_VISITED);
  for (let i = buyer.length - 1; i >= stop && found.length < MAX_BUYER_MESSAGES; i--) {
    const el = buyer[i]!;
    if (lastAnswer && !(lastAnswer.compareDocumentPosition(el) & 4) /* DOCUMENT_POSITION_FOLLOWING */) break;
    const text = boundedText(null, MAX_MESSAGE, leadingText(el, MAX_MESSAGE));
    if (text) found.push(text);
  }
  return found.reverse();
}

/** Unanswered buyer messages are counted up to this many (the radar needs 3; a badge says `99+` beyond). */
export const MAX_UNANSWERED_COUNT = 99;

/**
 * How many buyer messages follow the last agent message (with text or not: a photo is a message
 * too), at most `MAX_UNANSWERED_COUNT`. Both lists in document order; only their tails are visited.
 */
export function unansweredCount(buyer: ArrayLike<Element>, agent: ArrayLike<Element>): number {
  const lastAnswer = agent.length ? agent[agent.length - 1] : null;
  let count = 0;
  for (let i = buyer.length - 1; i >= 0 && count < MAX_UNANSWERED_COUNT; i--) {
    if (lastAnswer && !(lastAnswer.compareDocumentPosition(buyer[i]!) & 4) /* DOCUMENT_POSITION_FOLLOWING */) break;
    count++;
  }
  return count;
}

/** The status text of an order element, or null when it has none. */
export function orderStatusText(el: Element | null): string | null {
  // A little more than the bound, so that indentation in the markup does not eat the status.
  return (el && boundedText(null, MAX_ORDER_STATUS, leadingText(el, MAX_ORDER_STATUS * 4))) || null;
}
