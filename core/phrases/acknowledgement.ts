/**
 * A buyer's short acknowledgement (好的, 嗯嗯, ok, 收到): it answers what the agent just said and
 * asks nothing, so suggested replies stay silent rather than offer a phrase the conversation may not
 * be at. A thanks is not one: it usually ends the chat, and a closing phrase is the next message.
 */
import { foldText } from './normalize';
import { toSimplified } from './traditional';

/** Longer messages say more than an acknowledgement (`好的 那什么时候发货`). */
const MAX_CHARS = 16;
/** Words that only acknowledge, and what may surround them (particles, 亲, 哈). */
const ACK_WORDS =
  /好的|好滴|好哒|好嘞|好吧|好|嗯+|哦+|噢+|恩+|ok+|okay|行|成|收到|明白了?|知道了?|了解了?|懂了|清楚了|亲|哈+|呀|啊|啦|了|的|你|您|呢|吧|~/g;

/** True when `message` only acknowledges (and is short). */
export function isAcknowledgement(message: string): boolean {
  const folded = toSimplified(foldText(message.slice(0, MAX_CHARS * 2)))
    .replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '');
  if (folded.length === 0 || folded.length > MAX_CHARS) return false;
  return folded.replace(ACK_WORDS, '') === '';
}
