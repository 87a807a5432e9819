/**
 * The holding reply the radar offers in one click: a line that tells a waiting buyer we are on it
 * while the agent works through the queue. The starter library's `咨询高峰稍等` (in the agent's own
 * wording, if edited) when it is still there; otherwise the first phrase whose title or tags say
 * 稍等/稍候/请稍; none when the library has neither (the radar then says how to add one).
 */

/** The starter phrase's id (ids of starter phrases derive from their key: `phr_starter_<key>`). */
export const STARTER_HOLDING_ID = 'phr_starter_greet-busy';
const HOLDING_WORDS = /稍等|稍候|请稍/;

interface PhraseLike {
  id: string;
  title: string;
  tags?: readonly string[];
  deleted?: boolean;
  /** A public review reply is no chat reply. */
  publicReply?: boolean;
}

export function holdingPhrase<P extends PhraseLike>(phrases: readonly P[]): P | null {
  const usable = phrases.filter((p) => !p.deleted && !p.publicReply);
  return (
    usable.find((p) => p.id === STARTER_HOLDING_ID) ??
    usable.find((p) => HOLDING_WORDS.test(p.title) || (p.tags ?? []).some((t) => HOLDING_WORDS.test(t))) ??
    null
  );
}
