import { SITE_IDS, type Buyer, type Conversation, type SiteId } from '../../core/consoles';
import type { InsertOutcome, PageProblem } from './host';

/**
 * The channel between the sidebar frame (an extension page inside the console tab) and the content
 * script of that tab: a runtime port the frame opens with `tabs.connect(tabId, { frameId: 0 })`.
 * Page scripts can neither see nor forge it, unlike `window.postMessage`. Both ends import this
 * module; the checks are structural (no zod in the content script's bundle).
 */

/** A port's name: this prefix and the nonce the content script put in the frame URL's hash. */
export const PORT_PREFIX = 'kefu-sidebar:';

export const portName = (nonce: string): string => PORT_PREFIX + nonce;

/** What the frame shows of the console page it sits on. */
export interface PageState {
  site: { id: SiteId; name: string; confidence: 'seen' | 'guess' };
  buyer: Buyer | null;
  conversations: Conversation[];
  problems: PageProblem[];
  /** Variable values the open conversation provides (`买家`, `商品`). */
  variables: Record<string, string>;
}

/** A suggestion for `/code` in the chat input: only what its row shows. */
export interface Suggestion {
  id: string;
  title: string;
  text: string;
}

/** The element the agent clicked while picking the chat input, as a selector for the frame to save. */
export type PickedElement = { kind: 'picked'; selector: string } | { kind: 'cancelled' } | { kind: 'not-editable' };

/** Requests the frame makes of the content script, with what each is answered. */
export interface FrameRequests {
  insert: { ask: { text: string; chosenFor: Buyer | null }; answer: InsertOutcome };
  reveal: { ask: { buyerId: string }; answer: boolean };
  pickChatInput: { ask: Record<never, never>; answer: PickedElement };
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
  | { kind: 'suggestions'; id: number; hits: Suggestion[] };

/** Content script → frame. */
export type PageMessage =
  | { kind: 'page'; state: PageState }
  /** Alt+K (the manifest command or the in-page fallback): open and focus phrase search. */
  | { kind: 'openAndFocus' }
  /** `/code` typed in the chat input: the frame searches its library. */
  | { kind: 'suggest'; id: number; query: string }
  /** A suggestion was accepted: run the normal insertion (variables form and all). */
  | { kind: 'acceptSuggestion'; phraseId: string }
  | { [K in FrameRequestKind]: { kind: 'reply'; id: number; request: K; answer: FrameRequests[K]['answer'] } }[FrameRequestKind];

// ── structural checks: what arrives on a port is data until proven otherwise ──

type Shape = Record<string, unknown>;
const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is number => Number.isSafeInteger(v);
const isStringRecord = (v: unknown): v is Record<string, string> => isObject(v) && Object.values(v).every(isString);
const isBuyer = (v: unknown): v is Buyer => isObject(v) && isString(v.id) && isString(v.name);
const isConversation = (v: unknown): v is Conversation =>
  isObject(v) && isBuyer(v) && typeof v.active === 'boolean' && typeof v.unread === 'boolean' && (v.waiting === null || isString(v.waiting));
const isProblem = (v: unknown): v is PageProblem =>
  isObject(v) && isString(v.selector) && (v.kind === 'no-input' || (v.kind === 'invalid-selector' && isString(v.part)));
const isSuggestion = (v: unknown): v is Suggestion => isObject(v) && isString(v.id) && isString(v.title) && isString(v.text);

function isPageState(v: unknown): v is PageState {
  if (!isObject(v) || !isObject(v.site)) return false;
  return (
    SITE_IDS.includes(v.site.id as SiteId) &&
    isString(v.site.name) &&
    (v.site.confidence === 'seen' || v.site.confidence === 'guess') &&
    (v.buyer === null || isBuyer(v.buyer)) &&
    Array.isArray(v.conversations) &&
    v.conversations.every(isConversation) &&
    Array.isArray(v.problems) &&
    v.problems.every(isProblem) &&
    isStringRecord(v.variables)
  );
}

const INSERT_OUTCOMES = new Set(['inserted', 'buyer-changed', 'no-input', 'copied', 'copied-standalone', 'failed']);
const isInsertOutcome = (v: unknown): v is InsertOutcome => isObject(v) && INSERT_OUTCOMES.has(v.kind as string);
const isPicked = (v: unknown): v is PickedElement =>
  isObject(v) && (v.kind === 'cancelled' || v.kind === 'not-editable' || (v.kind === 'picked' && isString(v.selector)));
const ANSWER_CHECKS: { [K in FrameRequestKind]: (v: unknown) => v is FrameRequests[K]['answer'] } = {
  insert: isInsertOutcome,
  reveal: (v): v is boolean => typeof v === 'boolean',
  pickChatInput: isPicked,
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
    case 'reply':
      return isId(v.id) && Object.hasOwn(ANSWER_CHECKS, v.request as string) && ANSWER_CHECKS[v.request as FrameRequestKind](v.answer);
    default:
      return false;
  }
}
