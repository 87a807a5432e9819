import type { Buyer, Conversation, SelectorPart, SiteAdapter, SiteSelectors } from '../../sites/types';
import { conversationMessages } from './conversation-messages';
import { orderStatusText, unansweredBuyerMessages } from './page-messages';
import { boundedText } from './page-text';

/** Longest buyer name or wait text we keep from the page: page text is data, and bounded. */
const MAX_NAME = 64;
const MAX_WAIT = 32;
const MAX_PRODUCT = 80;

export interface PageReader {
  selector(part: SelectorPart): string;
  /** The chat input, only if it is something we can type into. */
  findChatInput(): HTMLElement | null;
  readCurrentBuyer(): Buyer | null;
  readConversations(): Conversation[];
  /** The conversation list's row of a buyer, or null. */
  findConversationRow(buyerId: string): Element | null;
  /** The latest product card's title in the open conversation, or null. */
  readProductTitle(): string | null;
  /** The open conversation's latest buyer messages that no agent message follows yet, oldest first (see page-messages.ts). */
  readBuyerMessages(): string[];
  /** The open conversation's buyer and agent messages in page order, bounded (see conversation-messages.ts): for a conversation record. */
  readConversation(): ReturnType<typeof conversationMessages>;
  /** The order status the page shows for the open conversation, or null. */
  readOrderStatus(): string | null;
  /** Parts whose selector is not valid CSS (a typo in an override): named so the UI can say which. */
  invalidParts(): SelectorPart[];
}

export function createPageReader(
  adapter: SiteAdapter,
  overrides: () => Partial<SiteSelectors>,
  doc: Document = document,
): PageReader {
  const invalid = new Set<SelectorPart>();
  const selector = (part: SelectorPart) => overrides()[part] || adapter.selectors[part];

  /** The matches as the page's own list (indexed from the end without copying it), none for an invalid selector. */
  function queryList(part: SelectorPart, root: ParentNode = doc): ArrayLike<Element> {
    try {
      const found = root.querySelectorAll(selector(part));
      invalid.delete(part);
      return found;
    } catch {
      invalid.add(part);
      return [];
    }
  }
  const queryAll = (part: SelectorPart, root?: ParentNode): Element[] => Array.from(queryList(part, root));
  const query = (part: SelectorPart, root?: ParentNode): Element | null => queryList(part, root)[0] ?? null;

  function toConversation(row: Element, active: boolean, waitingRows: Set<Element>): Conversation {
    const name = nameText(query('conversationName', row) ?? row);
    const waitingRow = [...waitingRows].find((w) => w === row || w.contains(row) || row.contains(w));
    return {
      id: adapter.rowBuyerId(row, name).slice(0, MAX_NAME),
      name,
      active,
      unread: query('unreadMarker', row) !== null,
      waiting: waitingRow ? readWaitText(waitingRow) : null,
    };
  }

  return {
    selector,
    invalidParts: () => [...invalid],
    findChatInput() {
      const el = query('chatInput');
      if (!el) return null;
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el;
      if (el instanceof HTMLElement && el.isContentEditable) return el;
      return null;
    },
    readCurrentBuyer() {
      const row = query('activeConversation');
      const headerName = boundedText(query('currentBuyerName'), MAX_NAME).replace(/添加备注$/, '').trim();
      if (row) {
        const c = toConversation(row, true, new Set());
        return { id: c.id, name: headerName || c.name };
      }
      return headerName ? { id: headerName, name: headerName } : null;
    },
    findConversationRow(buyerId) {
      return queryAll('conversationRow').find((row) => adapter.rowBuyerId(row, nameText(query('conversationName', row) ?? row)) === buyerId) ?? null;
    },
    readProductTitle() {
      const cards = queryAll('productTitle');
      // Some consoles label the bar (`咨询商品：…`); the variable wants the title alone.
      return boundedText(cards[cards.length - 1], MAX_PRODUCT).replace(/^(咨询商品|商品)[:：]\s*/, '') || null;
    },
    readBuyerMessages() {
      return unansweredBuyerMessages(queryList('buyerMessage'), queryList('agentMessage'));
    },
    readConversation() {
      return conversationMessages(queryList('buyerMessage'), queryList('agentMessage'));
    },
    readOrderStatus() {
      return orderStatusText(query('orderStatus'));
    },
    readConversations() {
      const active = new Set(queryAll('activeConversation'));
      const waiting = new Set(queryAll('waitingRow'));
      return queryAll('conversationRow').map((row) =>
        toConversation(row, active.has(row) || [...active].some((a) => a.contains(row)), waiting),
      );
    },
  };
}

/**
 * A name element's own text: consoles put tags next to the name inside the same element
 * (Doudian's `服务态度预警`), so direct text nodes win over the whole subtree.
 */
function nameText(el: Element): string {
  const own = Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join('');
  return boundedText(el, MAX_NAME, own.trim() ? own : undefined);
}

/**
 * Wait texts the consoles show: `已等待3分钟`, `50秒后超时`, `已超时`, or a bare timer (`45秒`,
 * `3分钟`) as Doudian has. Only rows the adapter marks as waiting are read, so a bare timer there
 * is the console's, not a buyer's words.
 */
function readWaitText(row: Element): string | null {
  const text = boundedText(row, 400);
  const m = /已等待\s*\d+\s*(秒|分钟|小时)|\d+\s*秒后超时|已超时|\d+\s*(秒|分钟|小时)/.exec(text);
  return m ? m[0].replace(/\s+/g, '').slice(0, MAX_WAIT) : null;
}
