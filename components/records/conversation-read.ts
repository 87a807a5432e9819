import type { Buyer } from '../../core/consoles';
import { RECORD_LABEL_CHARS, RECORD_MESSAGE_CHARS, RECORD_MESSAGES_MAX, localTime, type RecordCuts, type RecordedMessage } from '../../core/records/limits';

/*
 * What the content script hands the sidebar frame when the agent saves the conversation: page text
 * as data, bounded before it leaves the page's process. Both ends import this file (no zod: the
 * content script and the sidebar frame must stay small); the background validates again with zod.
 */

export { RECORD_MESSAGE_CHARS, RECORD_MESSAGES_MAX, localTime, type RecordCuts, type RecordedMessage };

/** The open conversation as the page shows it: the buyer, the product card, messages in page order. */
export interface ConversationRead {
  buyer: Buyer | null;
  product: string | null;
  messages: RecordedMessage[];
  /** Earlier messages not read (over the count), and messages cut to `RECORD_MESSAGE_CHARS`. */
  cuts: RecordCuts;
}

type Shape = Record<string, unknown>;
const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLabel = (v: unknown): v is string => typeof v === 'string' && v.length <= RECORD_LABEL_CHARS;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isMessage = (v: unknown): v is RecordedMessage =>
  isObject(v) && (v.from === 'buyer' || v.from === 'agent') && typeof v.text === 'string' && v.text.length > 0 && v.text.length <= RECORD_MESSAGE_CHARS;

/** Structural check of a `ConversationRead` arriving on the port: within the bounds, or refused. */
export function isConversationRead(v: unknown): v is ConversationRead {
  return (
    isObject(v) &&
    (v.buyer === null || (isObject(v.buyer) && isLabel(v.buyer.id) && isLabel(v.buyer.name))) &&
    (v.product === null || isLabel(v.product)) &&
    Array.isArray(v.messages) &&
    v.messages.length <= RECORD_MESSAGES_MAX &&
    v.messages.every(isMessage) &&
    isObject(v.cuts) &&
    isCount(v.cuts.earlier) &&
    isCount(v.cuts.long)
  );
}
