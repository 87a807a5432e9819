/**
 * How much of a conversation a record keeps, and the shapes the page reader and the store share.
 * No zod here: the content script and the sidebar frame use these bounds too.
 *
 * Why these numbers: a record is evidence for a dispute, so the latest part of the conversation
 * matters most; the store loads every record on each wake of the background, so one record stays
 * small (≤ 60,000 characters, ~120 KB) and the shelf holds at most 500 of them (≤ 60 MB at worst,
 * a few MB for real chats of a few dozen short lines).
 */

/** Messages kept per record: the latest ones. */
export const RECORD_MESSAGES_MAX = 300;
/** Characters kept per message (a longer one is cut, and the record says so). */
export const RECORD_MESSAGE_CHARS = 2_000;
/** Characters of all messages of one record together (older messages go first when over). */
export const RECORD_TOTAL_CHARS = 60_000;
/** Records kept on this machine; saving more is refused until some are deleted. */
export const RECORDS_MAX = 500;
/** Buyer name, buyer id, product title, site name: short page text. */
export const RECORD_LABEL_CHARS = 120;
/** A search query is cut to this many characters. */
export const RECORD_QUERY_CHARS = 100;

export type MessageAuthor = 'buyer' | 'agent';

/** One line of a conversation, as the page showed it. */
export interface RecordedMessage {
  from: MessageAuthor;
  text: string;
}

/** What was left out when the conversation was read or stored. */
export interface RecordCuts {
  /** Earlier messages not kept (over the message count or the total size). */
  earlier: number;
  /** Messages kept but cut to `RECORD_MESSAGE_CHARS`. */
  long: number;
}

/** The conversation as the page reader hands it over: bounded already, page text as data. */
export interface ConversationDraft {
  site: string;
  buyerId: string;
  buyerName: string;
  product: string | null;
  messages: RecordedMessage[];
  cuts: RecordCuts;
}

/**
 * Brings a conversation within the record's bounds: each message cut to `RECORD_MESSAGE_CHARS`,
 * empty ones dropped, the latest `RECORD_MESSAGES_MAX` kept, then the oldest dropped until the
 * whole fits `RECORD_TOTAL_CHARS`. What was cut adds to the cuts the page reader already counted.
 */
export function boundConversation(messages: readonly RecordedMessage[], cuts: RecordCuts = { earlier: 0, long: 0 }): { messages: RecordedMessage[]; cuts: RecordCuts } {
  const kept: { message: RecordedMessage; cut: boolean }[] = [];
  for (const m of messages) {
    const text = m.text.trim();
    if (text) kept.push({ message: { from: m.from, text: text.slice(0, RECORD_MESSAGE_CHARS) }, cut: text.length > RECORD_MESSAGE_CHARS });
  }
  let start = Math.max(0, kept.length - RECORD_MESSAGES_MAX);
  let total = 0;
  for (let i = kept.length - 1; i >= start; i--) {
    total += kept[i]!.message.text.length;
    if (total > RECORD_TOTAL_CHARS) {
      start = i + 1;
      break;
    }
  }
  const latest = kept.slice(start);
  return {
    messages: latest.map((k) => k.message),
    // A message cut for length and then dropped as earlier counts once, as dropped.
    cuts: { earlier: cuts.earlier + start, long: cuts.long + latest.filter((k) => k.cut).length },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local date and time, `2026-12-01 10:21:05`: how a record's time is shown and exported. */
export function localTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
