import type { Buyer, Conversation, SelectorPart, SiteAdapter, SiteSelectors } from '../../sites/types';
import { conversationMessages } from './conversation-messages';
import { orderStatusText, unansweredBuyerMessages, unansweredCount } from './page-messages';
import { boundedText } from './page-text';
import { PAGE_TEXT_BOUNDS } from '../../components/sidebar/frame-channel';

/** Longest buyer name or wait text we keep from the page: page text is data, and bounded. */
const MAX_NAME = PAGE_TEXT_BOUNDS.name;
const MAX_WAIT = PAGE_TEXT_BOUNDS.wait;
const MAX_PRODUCT = PAGE_TEXT_BOUNDS.product;
/** Conversation rows read (the first ones, as the console lists them): a list of 10,000 costs no more. */
const MAX_CONVERSATIONS = PAGE_TEXT_BOUNDS.conversations;
/** Text nodes of a waiting row looked at for its timer: a row has a handful; page noise stays bounded. */
const MAX_WAIT_NODES = 40;
const WAIT_TEXT = /已等待\s*\d+\s*(秒|分钟|小时)|\d+\s*秒后超时|已超时|\d+\s*(秒|分钟|小时)/;

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
  /** How many buyer messages in the open conversation no agent message follows yet (see page-messages.ts). */
  readUnansweredCount(): number;
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

  function toConversation(row: Element, active: boolean, waitingRow: Element | null): Conversation {
    const name = nameText(query('conversationName', row) ?? row);
    const unreadMarker = query('unreadMarker', row);
    const unreadCount = unreadMarker ? unreadCountOf(unreadMarker) : null;
    return {
      id: adapter.rowBuyerId(row, name).slice(0, MAX_NAME),
      name,
      active,
      unread: unreadMarker !== null,
      waiting: waitingRow ? readWaitText(waitingRow) : null,
      // Only when the badge shows a number (a dot says "unread", not how many).
      ...(unreadCount !== null && { unreadCount }),
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
        const c = toConversation(row, true, null);
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
    readUnansweredCount() {
      return unansweredCount(queryList('buyerMessage'), queryList('agentMessage'));
    },
    readConversation() {
      return conversationMessages(queryList('buyerMessage'), queryList('agentMessage'));
    },
    readOrderStatus() {
      return orderStatusText(query('orderStatus'));
    },
    readConversations() {
      const list = queryList('conversationRow');
      const rows = Array.from({ length: Math.min(list.length, MAX_CONVERSATIONS) }, (_, i) => list[i]!);
      const active = marksAround(rows, queryAll('activeConversation'));
      const waiting = marksAround(rows, queryAll('waitingRow'));
      // A waiting mark may also sit inside its row (a tag on it).
      marksInside(rows, queryAll('waitingRow'), waiting);
      return rows.map((row) => toConversation(row, active.has(row), waiting.get(row) ?? null));
    },
  };
}

/**
 * For each row, the nearest mark that is the row itself or one of its ancestors. Walking up from
 * each row keeps a read linear in the rows (the radar reads 200 of them on every change batch).
 */
function marksAround(rows: readonly Element[], marks: readonly Element[]): Map<Element, Element> {
  const found = new Map<Element, Element>();
  if (marks.length === 0) return found;
  const marked = new Set(marks);
  for (const row of rows) {
    for (let el: Element | null = row; el; el = el.parentElement) {
      if (marked.has(el)) {
        found.set(row, el);
        break;
      }
    }
  }
  return found;
}

/** Adds to `found`, for rows without a mark yet, the first mark inside them. */
function marksInside(rows: readonly Element[], marks: readonly Element[], found: Map<Element, Element>): void {
  const isRow = new Set(rows);
  for (const mark of marks) {
    for (let el = mark.parentElement; el; el = el.parentElement) {
      if (isRow.has(el)) {
        if (!found.has(el)) found.set(el, mark);
        break;
      }
    }
  }
}

/**
 * A name element's own text: consoles put tags next to the name inside the same element
 * (Doudian's `服务态度预警`), so direct text nodes win over the whole subtree.
 */
function nameText(el: Element): string {
  const own = Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => (n as Text).data.slice(0, MAX_NAME * 8))
    .join('');
  return boundedText(el, MAX_NAME, own.trim() ? own : undefined);
}

/** The number an unread badge shows (`2`, `99+`), or null for a dot or anything else. */
function unreadCountOf(marker: Element): number | null {
  const m = /^(\d{1,3})\+?$/.exec(boundedText(marker, 8));
  return m ? Number(m[1]) : null;
}

/**
 * Wait texts the consoles show: `已等待3分钟`, `50秒后超时`, `已超时`, or a bare timer (`45秒`,
 * `3分钟`) as Doudian has. Only rows the adapter marks as waiting are read, so a bare timer there
 * is the console's, not a buyer's words.
 */
function readWaitText(row: Element): string | null {
  // Text node by text node: a 10,000-character name before the timer must not push it out of reach.
  const walker = row.ownerDocument.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_WAIT_NODES; node = walker.nextNode(), visited++) {
    const m = WAIT_TEXT.exec(boundedText(null, MAX_WAIT * 2, (node as Text).data.slice(0, MAX_WAIT * 4)));
    if (m) return m[0].replace(/\s+/g, '').slice(0, MAX_WAIT);
  }
  // A timer split over elements (`已等待<b>3</b>分钟`): the row's leading text, as a whole.
  const m = WAIT_TEXT.exec(boundedText(row, 400));
  return m ? m[0].replace(/\s+/g, '').slice(0, MAX_WAIT) : null;
}
