import type { SiteId } from '../core/consoles';
export type { Buyer, Conversation } from '../core/consoles';

/** The parts of a chat console page an adapter knows how to find; each is one CSS selector, overridable. */
export type SelectorPart =
  | 'chatInput'
  | 'currentBuyerName'
  | 'conversationRow'
  | 'activeConversation'
  | 'conversationName'
  | 'unreadMarker'
  | 'waitingRow'
  /** The product the buyer is asking about (the latest product card), for `{商品}`. */
  | 'productTitle'
  /** The text of each buyer message in the open conversation (not product cards). */
  | 'buyerMessage'
  /** The text of each message the agent wrote there; console robot/auto-replies must not match. */
  | 'agentMessage'
  /** The order status the page shows for the open conversation (e.g. 待发货); the first match counts. */
  | 'orderStatus';

export type SiteSelectors = Record<SelectorPart, string>;

/** How many elements a selector finds on the known page (our replica in its first state): exactly n, or at least n. */
export type ExpectedCount = number | `${number}+`;

/**
 * What a page kind has in common, whatever the page: where it is (WXT match patterns, e.g.
 * `https://host/path/*`), where its parts are and how many of each the known page shows.
 * A page kind is one file in `sites/<site>/`, listed in that site's `pages`.
 */
interface PageKindBase<Kind extends string, Part extends string> {
  kind: Kind;
  matches: readonly string[];
  /** Whether the selectors are copied from code that works on the live page, or our guess. */
  confidence: 'seen' | 'guess';
  selectors: Record<Part, string>;
  /** Each selector's match count on the replica page, checked by e2e: a changed page shows up here first. */
  expected: Record<Part, ExpectedCount>;
}

/** The chat console: the agent talks with buyers here, and the sidebar docks beside it. */
export interface ChatPage extends PageKindBase<'chat', SelectorPart> {
  /** The buyer id a row stands for, from the page's own attributes when it has them. */
  rowBuyerId(row: Element, name: string): string;
}

/** The back-office tables a site can describe (the same names as the sidebar host's `BackOfficeTable`). */
export type TableKind = 'relations' | 'staff';

/**
 * The parts of a back-office table page. `cell` is looked for inside each row; the pager parts may
 * find nothing on a one-page table. Overrides are stored as `<kind>.<part>` (e.g. `relations.row`).
 */
export type TablePart = 'headerCell' | 'row' | 'cell' | 'nextPage' | 'pageItem' | 'currentPage';

/**
 * A back-office table (relation table, staff table) described as data: where its rows and header
 * cells are, how each field's column is named in the header (zh and en; compared without spaces
 * or case), and how its pager turns. Fields are those of `ScannedRow` (components/sidebar/host.ts).
 */
export interface TablePage<K extends TableKind = TableKind> extends PageKindBase<K, TablePart> {
  /** Header texts that name each field's column; the first header cell containing one wins. */
  columns: Record<string, readonly string[]>;
  /** Fields without which a row can't be read (the table is refused, saying which). */
  required: readonly string[];
  /** The field that names a row, for the marks beside it. */
  key: string;
}

/**
 * Every page kind a site can list: the chat console and the back-office tables. Code that handles
 * one kind narrows on `kind`.
 */
export type PageKind = ChatPage | TablePage<'relations'> | TablePage<'staff'>;
export type PageKindId = PageKind['kind'];

/** One console: its name and the pages of it we know. */
export interface Site {
  id: SiteId;
  name: { zh: string; en: string };
  pages: readonly PageKind[];
}

/** A page kind bound to its site: what `adapterForUrl` finds for a URL. */
export type PageAdapter<P extends PageKind = PageKind> = P & { id: SiteId; name: Site['name'] };

/** The chat console of one site: what the content script reads and the options page lists. */
export type SiteAdapter = PageAdapter<ChatPage>;
