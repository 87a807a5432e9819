import type { ReadonlySignal } from '@preact/signals';
import type { Buyer, Conversation, SiteId } from '../../core/consoles';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import type { ConversationRead } from '../records/conversation-read';

/** What happened when the agent picked a phrase; the sidebar turns it into a sentence. */
export type InsertOutcome =
  | { kind: 'inserted' }
  | { kind: 'buyer-changed'; from: string; to: string }
  | { kind: 'no-input'; selector: string }
  /** The console did not keep the text; our own frame copied it (never the page: its `copy` listeners could rewrite it). */
  | { kind: 'copied' }
  /** Standalone mode: copying is the whole job, not a fallback. */
  | { kind: 'copied-standalone' }
  /** Neither inserted nor copied: `text` is shown for the agent to copy by hand. */
  | { kind: 'failed'; text?: string };

/**
 * The content script's answer to an insertion: it never copies (the console's page could rewrite
 * what it copies); `not-inserted` asks the sidebar frame to copy the text itself.
 */
export type PageInsertOutcome = Exclude<InsertOutcome, { kind: 'copied' | 'copied-standalone' | 'failed' }> | { kind: 'not-inserted' };

/** How picking the chat input with a click ended. */
export type PickOutcome =
  | { kind: 'saved'; selector: string }
  | { kind: 'cancelled' }
  | { kind: 'not-editable' }
  | { kind: 'failed'; message: string };

/** A problem the page reader found, said once in the sidebar (`role=alert`). */
export type PageProblem =
  | { kind: 'no-input'; selector: string }
  | { kind: 'invalid-selector'; part: string; selector: string };

/**
 * Everything the sidebar needs from the page it sits on. The sidebar frame implements it over its
 * port to the content script; tests give a fake one. The sidebar never touches the console's DOM.
 */
export interface SidebarHost {
  lang: Lang;
  /** The console (`id` absent outside a console: standalone mode); customer cards are kept per console and buyer. */
  site: { id?: SiteId; name: string; confidence: 'seen' | 'guess' };
  client: ProtocolClient;
  buyer: ReadonlySignal<Buyer | null>;
  conversations: ReadonlySignal<Conversation[]>;
  problems: ReadonlySignal<PageProblem[]>;
  /**
   * The open conversation's latest buyer messages that no agent message follows yet (console
   * robot/auto-replies are no answer), oldest first: at most 5, each at most 500 characters, control
   * characters dropped. [] when the agent answered last, when none are found, and off chat pages.
   * Changes only when the messages do. An insertion sends them as its reply pick's question.
   */
  buyerMessages: ReadonlySignal<readonly string[]>;
  /**
   * How many buyer messages in the open conversation no agent message follows yet (at most 99), for
   * the waiting radar; null (or absent) where the page says nothing of it.
   */
  unanswered?: ReadonlySignal<number | null>;
  /** The order status text the page shows for the open conversation (e.g. `待发货`), at most 40 characters; null when none. */
  orderStatus: ReadonlySignal<string | null>;
  /** The product card's title the open conversation shows (page text, at most 80 characters); null when none. */
  productTitle?: ReadonlySignal<string | null>;
  /** Variable values known without asking: from the page (`买家`, `商品`) and from settings. */
  variableValues(): Record<string, string>;
  /** Scrolls a buyer's row into view and outlines it (console pages only); false when it is gone. */
  revealConversation?(buyerId: string): Promise<boolean>;
  /** Lets the agent click the console's chat input when its selector finds nothing (console pages only). */
  pickChatInput?(): Promise<PickOutcome>;
  /** The open conversation's messages in page order, bounded, for a conversation record (chat consoles only). */
  readConversation?(): Promise<ConversationRead>;
  /** Escape in the sidebar: the chat input gets the focus back (console pages only). */
  focusChatInput?(): void;
  /** Insert into the chat input, unless the conversation is no longer `chosenFor`. */
  insert(text: string, chosenFor: Buyer | null): Promise<InsertOutcome>;
  /** On a back-office page (relation or staff table): reading the table and marking its rows. */
  backOffice?: BackOfficeHost;
}

// ── back-office pages (relation table, staff table) ──

/** The back-office tables the content script can read, described per site in `sites/<site>/`. */
export type BackOfficeTable = 'relations' | 'staff';

/** Where a scan stopped, to go on from there later (the page number it had read up to). */
export interface ScanCursor {
  table: BackOfficeTable;
  /** Pages fully read (1-based count); the next scan starts on page `pagesDone + 1`. */
  pagesDone: number;
}

/**
 * One table row as read from the page: the cell text of each column found by its header, keyed by
 * field (`buyerId`, `buyerName`, `account`, `boundAt` for relations; `id`, `name`, `status`,
 * `dedicated`, `inRouting`, `main`, `rights` for staff). Still page text: core turns it into
 * relations or accounts and says which row and field it could not read. A field whose column the
 * table has but whose cell this row lacks is left out (an empty cell is `''`).
 */
export type ScannedRow = Record<string, string>;

export interface ScanProgress {
  table: BackOfficeTable;
  /** Pages read so far, and the page count when the pager shows it. */
  page: number;
  pages: number | null;
  rows: number;
}

export type ScanOutcome =
  | { kind: 'done'; pages: number; rows: number }
  | { kind: 'cancelled'; resumeAt: ScanCursor }
  /** The page changed under the scan, or a selector found nothing: what and where, and where to resume. */
  | { kind: 'failed'; message: string; resumeAt: ScanCursor | null; /** The table problem's kind, when the page reader found one ('not-found': a row can be picked). */ problem?: string };

/** A mark beside one row of the relation table: the row's buyer and the reasons (codes) it is abnormal. */
export interface RowMark {
  buyerId: string;
  reasons: string[];
}

/** What the sidebar can ask of a back-office page (present only there). */
export interface BackOfficeHost {
  /** Which table this page shows. */
  table: BackOfficeTable;
  /**
   * Reads the table page by page, following the pager. `onRows` gets each page's rows (awaited
   * before the next page is read, so the caller can store them); `signal` cancels between pages.
   */
  scan(options: {
    resumeAt?: ScanCursor;
    onRows(rows: ScannedRow[], page: number): Promise<void>;
    onProgress(progress: ScanProgress): void;
    signal: AbortSignal;
  }): Promise<ScanOutcome>;
  /** Marks the abnormal rows shown on the page now (and on the pages the owner turns to); [] clears. */
  markRows(marks: RowMark[]): void;
  /** When the rows are not found: the owner clicks one, and its selector is saved for this table. */
  pickRow?(): Promise<PickOutcome>;
}
