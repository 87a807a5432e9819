import type { SiteId } from '../../../core/consoles';
export type { Buyer, Conversation } from '../../../core/consoles';

/** The parts of a console page an adapter knows how to find; each is one CSS selector, overridable. */
export type SelectorPart =
  | 'chatInput'
  | 'currentBuyerName'
  | 'conversationRow'
  | 'activeConversation'
  | 'conversationName'
  | 'unreadMarker'
  | 'waitingRow'
  /** The product the buyer is asking about (the latest product card), for `{商品}`. */
  | 'productTitle';

export type SiteSelectors = Record<SelectorPart, string>;

/** How many elements a selector finds on the known page (our replica in its first state): exactly n, or at least n. */
export type ExpectedCount = number | `${number}+`;

export type InputKind = 'textarea' | 'contenteditable';

/** One console: where its parts are and how to read them. Content-script code only. */
export interface SiteAdapter {
  id: SiteId;
  name: { zh: string; en: string };
  /** Whether the selectors are copied from code that works on the live page, or our guess. */
  confidence: 'seen' | 'guess';
  selectors: SiteSelectors;
  /** Each selector's match count on the replica console, checked by e2e: a changed page shows up here first. */
  expected: Record<SelectorPart, ExpectedCount>;
  /** The buyer id a row stands for, from the page's own attributes when it has them. */
  rowBuyerId(row: Element, name: string): string;
}
