import { SITE_IDS, type Buyer, type Conversation, type SiteId } from '../../core/consoles';
import type { BackOfficeTable, PageInsertOutcome, PageProblem, ScannedRow } from './host';
import { isConversationRead, type ConversationRead } from '../records/conversation-read';

/**
 * The channel between the sidebar frame (an extension page inside the console tab) and the content
 * script of that tab: a runtime port the frame opens with `tabs.connect(tabId, { frameId: 0 })`.
 * Page scripts can neither see nor forge it, unlike `window.postMessage`. Both ends import this
 * module; the checks are structural (no zod in the content script's bundle).
 */

/** A port's name: this prefix and the nonce the content script put in the frame URL's hash. */
export const PORT_PREFIX = 'kefu-sidebar:';

export const portName = (nonce: string): string => PORT_PREFIX + nonce;

/** Which kind of page the frame sits on: the chat console, or a back-office table. */
export type PageKindName = 'chat' | BackOfficeTable;
const PAGE_KINDS: readonly string[] = ['chat', 'relations', 'staff'];
const TABLES: readonly string[] = ['relations', 'staff'];

/** What the frame shows of the console page it sits on. */
export interface PageState {
  site: { id: SiteId; name: string; confidence: 'seen' | 'guess' };
  /** A back-office page may switch tables without a reload (its own menu): this follows it. */
  page: PageKindName;
  buyer: Buyer | null;
  conversations: Conversation[];
  problems: PageProblem[];
  /** Variable values the open conversation provides (`买家`, `商品`). */
  variables: Record<string, string>;
  /** The open conversation's buyer messages no agent message follows yet (see `SidebarHost.buyerMessages`). */
  buyerMessages: string[];
  /** The order status the page shows for the open conversation, or null. */
  orderStatus: string | null;
  /** How many buyer messages in the open conversation no agent message follows (at most 99); absent off chat pages. */
  unanswered?: number;
}

/** The bounds the content script keeps to; a message beyond them is refused, not trimmed. */
export const PAGE_TEXT_BOUNDS = { buyerMessages: 5, buyerMessage: 500, orderStatus: 40, name: 64, wait: 32, product: 80, conversations: 200 } as const;

/** A suggestion for `/code` in the chat input: only what its row shows. */
export interface Suggestion {
  id: string;
  title: string;
  text: string;
}

/** The element the agent clicked while picking the chat input, as a selector for the frame to save. */
export type PickedElement = { kind: 'picked'; selector: string } | { kind: 'cancelled' } | { kind: 'not-editable' };

/**
 * Why a back-office table could not be read or turned, for the frame to say in words (what and where).
 * `page-changed`: the page no longer shows the table asked for; `not-found`: a selector found nothing;
 * `missing-columns`: no header names a required field; `stuck`: the rows did not change after turning.
 */
export type TableProblem =
  | { kind: 'page-changed'; now: PageKindName | null }
  | { kind: 'invalid-selector'; part: string; selector: string }
  | { kind: 'not-found'; part: string; selector: string }
  | { kind: 'missing-columns'; fields: string[]; headers: string[] }
  | { kind: 'stuck'; page: number }
  | { kind: 'no-page'; page: number };

/** The rows the table shows now, cell text by field, and where its pager stands. */
export type TableRead =
  | { kind: 'rows'; page: number | null; pages: number | null; hasNext: boolean; rows: ScannedRow[] }
  | { kind: 'failed'; problem: TableProblem };

/** Turning the table to a page: done (the rows changed), or why not. */
export type TurnOutcome = { kind: 'turned'; page: number } | { kind: 'failed'; problem: TableProblem };

/** A mark the content script draws beside a row: its key (the buyer id) and the reasons in words. */
export interface RowLabel {
  key: string;
  labels: string[];
}

/** Requests the frame makes of the content script, with what each is answered. */
export interface FrameRequests {
  insert: { ask: { text: string; chosenFor: Buyer | null }; answer: PageInsertOutcome };
  reveal: { ask: { buyerId: string }; answer: boolean };
  pickChatInput: { ask: Record<never, never>; answer: PickedElement };
  /** The rows of the back-office table shown now (`table`: the one the frame thinks it is reading). */
  readTable: { ask: { table: BackOfficeTable }; answer: TableRead };
  /** Turns the table to page `to` (the next page, or a page further on when resuming) and waits for its rows. */
  turnPage: { ask: { table: BackOfficeTable; to: number }; answer: TurnOutcome };
  /** The owner clicks a row of the table: a selector for all its rows, for the frame to save as `<table>.row`. */
  pickTableRow: { ask: { table: BackOfficeTable }; answer: PickedElement };
  /** The open conversation as the page shows it, for a conversation record the agent asked for. */
  readConversation: { ask: Record<never, never>; answer: ConversationRead };
}
export type FrameRequestKind = keyof FrameRequests;

/** Frame → content script. */
export type FrameMessage =
  | ({ [K in FrameRequestKind]: { kind: K; id: number } & FrameRequests[K]['ask'] }[FrameRequestKind])
  /** The content script sizes the frame and docks the console; the frame can't size itself. */
  | { kind: 'setOpen'; open: boolean }
  /** Escape in the sidebar: cancel a pick in progress and give the chat input the focus. */
  | { kind: 'focusChatInput' }
  /** This console's selector overrides, from the frame's library (the content script reads the page with them). */
  | { kind: 'selectorOverrides'; overrides: Record<string, string> }
  /** Answer to `suggest`. */
  | { kind: 'suggestions'; id: number; hits: Suggestion[] }
  /** The marks beside the relation table's rows, kept and redrawn as the page turns; [] clears them. */
  | { kind: 'markRows'; marks: RowLabel[] };

/** Content script → frame. */
export type PageMessage =
  | { kind: 'page'; state: PageState }
  /** Alt+K (the manifest command or the in-page fallback): open and focus phrase search. */
  | { kind: 'openAndFocus' }
  /** `/code` typed in the chat input: the frame searches its library. */
  | { kind: 'suggest'; id: number; query: string }
  /** A suggestion was accepted: run the normal insertion (variables form and all). */
  | { kind: 'acceptSuggestion'; phraseId: string }
  /** Alt+1..3 pressed in the chat input: insert that suggested reply (0-based), if the sidebar shows it. */
  | { kind: 'pickSuggestedReply'; index: number }
  | { [K in FrameRequestKind]: { kind: 'reply'; id: number; request: K; answer: FrameRequests[K]['answer'] } }[FrameRequestKind];

// ── structural checks: what arrives on a port is data until proven otherwise ──

type Shape = Record<string, unknown>;
const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is number => Number.isSafeInteger(v);
const isStringRecord = (v: unknown): v is Record<string, string> => isObject(v) && Object.values(v).every(isString);
const isBuyer = (v: unknown): v is Buyer => isObject(v) && isString(v.id) && isString(v.name);
/** A buyer as the page reader bounds it (a buyer the frame sends back may be anything it kept). */
const isPageBuyer = (v: unknown): v is Buyer => isBuyer(v) && v.id.length <= PAGE_TEXT_BOUNDS.name && v.name.length <= PAGE_TEXT_BOUNDS.name;
const isCount = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;
const isConversation = (v: unknown): v is Conversation =>
  isObject(v) && isPageBuyer(v) && typeof v.active === 'boolean' && typeof v.unread === 'boolean' && (v.waiting === null || isShortString(PAGE_TEXT_BOUNDS.wait)(v.waiting)) &&
  (v.unreadCount === undefined || isCount(v.unreadCount, 999));
const isProblem = (v: unknown): v is PageProblem =>
  isObject(v) && isString(v.selector) && (v.kind === 'no-input' || (v.kind === 'invalid-selector' && isString(v.part)));
const isSuggestion = (v: unknown): v is Suggestion => isObject(v) && isString(v.id) && isString(v.title) && isString(v.text);
const isTable = (v: unknown): v is BackOfficeTable => TABLES.includes(v as string);
const isPageNumber = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isRowLabel = (v: unknown): v is RowLabel => isObject(v) && isString(v.key) && isStrings(v.labels);
const isShortString = (max: number) => (v: unknown): v is string => isString(v) && v.length <= max;
const isBuyerMessages = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= PAGE_TEXT_BOUNDS.buyerMessages && v.every(isShortString(PAGE_TEXT_BOUNDS.buyerMessage));

function isTableProblem(v: unknown): v is TableProblem {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'page-changed':
      return v.now === null || PAGE_KINDS.includes(v.now as string);
    case 'invalid-selector':
    case 'not-found':
      return isString(v.part) && isString(v.selector);
    case 'missing-columns':
      return isStrings(v.fields) && isStrings(v.headers);
    case 'stuck':
    case 'no-page':
      return isPageNumber(v.page);
    default:
      return false;
  }
}
const isTableRead = (v: unknown): v is TableRead =>
  isObject(v) &&
  ((v.kind === 'failed' && isTableProblem(v.problem)) ||
    (v.kind === 'rows' &&
      (v.page === null || isPageNumber(v.page)) &&
      (v.pages === null || isPageNumber(v.pages)) &&
      typeof v.hasNext === 'boolean' &&
      Array.isArray(v.rows) &&
      v.rows.every(isStringRecord)));
const isTurnOutcome = (v: unknown): v is TurnOutcome =>
  isObject(v) && ((v.kind === 'turned' && isPageNumber(v.page)) || (v.kind === 'failed' && isTableProblem(v.problem)));

function isPageState(v: unknown): v is PageState {
  if (!isObject(v) || !isObject(v.site)) return false;
  return (
    SITE_IDS.includes(v.site.id as SiteId) &&
    PAGE_KINDS.includes(v.page as string) &&
    isString(v.site.name) &&
    (v.site.confidence === 'seen' || v.site.confidence === 'guess') &&
    (v.buyer === null || isPageBuyer(v.buyer)) &&
    Array.isArray(v.conversations) &&
    v.conversations.length <= PAGE_TEXT_BOUNDS.conversations &&
    v.conversations.every(isConversation) &&
    Array.isArray(v.problems) &&
    v.problems.every(isProblem) &&
    isStringRecord(v.variables) &&
    Object.values(v.variables).every(isShortString(PAGE_TEXT_BOUNDS.product)) &&
    isBuyerMessages(v.buyerMessages) &&
    (v.orderStatus === null || isShortString(PAGE_TEXT_BOUNDS.orderStatus)(v.orderStatus)) &&
    (v.unanswered === undefined || isCount(v.unanswered, 99))
  );
}

const INSERT_OUTCOMES = new Set(['inserted', 'buyer-changed', 'no-input', 'not-inserted']);
const isInsertOutcome = (v: unknown): v is PageInsertOutcome => isObject(v) && INSERT_OUTCOMES.has(v.kind as string);
const isPicked = (v: unknown): v is PickedElement =>
  isObject(v) && (v.kind === 'cancelled' || v.kind === 'not-editable' || (v.kind === 'picked' && isString(v.selector)));
const ANSWER_CHECKS: { [K in FrameRequestKind]: (v: unknown) => v is FrameRequests[K]['answer'] } = {
  insert: isInsertOutcome,
  reveal: (v): v is boolean => typeof v === 'boolean',
  pickChatInput: isPicked,
  readTable: isTableRead,
  turnPage: isTurnOutcome,
  pickTableRow: isPicked,
  readConversation: isConversationRead,
};

export function isFrameMessage(v: unknown): v is FrameMessage {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'insert':
      return isId(v.id) && isString(v.text) && (v.chosenFor === null || isBuyer(v.chosenFor));
    case 'reveal':
      return isId(v.id) && isString(v.buyerId);
    case 'pickChatInput':
      return isId(v.id);
    case 'readTable':
      return isId(v.id) && isTable(v.table);
    case 'turnPage':
      return isId(v.id) && isTable(v.table) && isPageNumber(v.to);
    case 'pickTableRow':
      return isId(v.id) && isTable(v.table);
    case 'readConversation':
      return isId(v.id);
    case 'markRows':
      return Array.isArray(v.marks) && v.marks.every(isRowLabel);
    case 'setOpen':
      return typeof v.open === 'boolean';
    case 'focusChatInput':
      return true;
    case 'selectorOverrides':
      return isStringRecord(v.overrides);
    case 'suggestions':
      return isId(v.id) && Array.isArray(v.hits) && v.hits.every(isSuggestion);
    default:
      return false;
  }
}

export function isPageMessage(v: unknown): v is PageMessage {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'page':
      return isPageState(v.state);
    case 'openAndFocus':
      return true;
    case 'suggest':
      return isId(v.id) && isString(v.query);
    case 'acceptSuggestion':
      return isString(v.phraseId);
    case 'pickSuggestedReply':
      return Number.isInteger(v.index) && (v.index as number) >= 0 && (v.index as number) < 9;
    case 'reply':
      return isId(v.id) && Object.hasOwn(ANSWER_CHECKS, v.request as string) && ANSWER_CHECKS[v.request as FrameRequestKind](v.answer);
    default:
      return false;
  }
}
