/**
 * Reply picks: which phrase this agent inserted for which buyer question, so suggested replies can
 * learn from them (`suggestReplies(…, { picks })`). Pure; the options page imports it. Kept
 * newest first; when full, the least recently picked entries are dropped first.
 */

// One declaration, where the suggestions read it (type only: nothing of core/phrases is bundled
// with this file). `question` is folded (see `foldQuestion`); `at` the latest pick; `count` how often.
import type { ReplyPick } from '../phrases';
export type { ReplyPick };

/** A question is kept to this many characters (after folding). */
export const PICK_QUESTION_MAX = 300;
/** At most this many picks are kept; the least recently picked go first. */
export const REPLY_PICKS_MAX = 500;
/** Page text is cut to this before any work, so a hostile 1 MB message costs nothing. */
const QUESTION_INPUT_MAX = 2000;

/**
 * The question as it is kept and compared: cut before any work, NFKC (full-width letters and
 * digits, the ideographic space), lower case, control characters dropped, each line's spaces
 * collapsed and trimmed, empty lines dropped (lines stay: one per buyer message), at most 300
 * characters. '' when nothing is left (a blank question is not remembered).
 */
export function foldQuestion(text: string): string {
  const lines = text
    .slice(0, QUESTION_INPUT_MAX)
    .normalize('NFKC')
    .toLowerCase()
    .split(/\r\n|[\n\r\u2028\u2029]/);
  const kept: string[] = [];
  for (const line of lines) {
    const clean = line
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (clean) kept.push(clean);
  }
  let folded = kept.join('\n').slice(0, PICK_QUESTION_MAX);
  if (/[\ud800-\udbff]$/.test(folded)) folded = folded.slice(0, -1); // never half a character
  return folded.trim();
}

/**
 * The list after the agent inserted `phraseId` for `question` at `now`: the same folded question
 * with the same phrase counts once more and moves to the front; a new one goes in front; picks of
 * phrases no longer live (`isLive` false) are dropped; the list is cut to `REPLY_PICKS_MAX`.
 * Unchanged (the same array) when the question is blank.
 */
export function addPick(
  picks: readonly ReplyPick[],
  question: string,
  phraseId: string,
  now: number,
  isLive: (phraseId: string) => boolean = () => true,
): readonly ReplyPick[] {
  const folded = foldQuestion(question);
  if (!folded) return picks;
  const same = picks.find((p) => p.question === folded && p.phraseId === phraseId);
  const first: ReplyPick = { question: folded, phraseId, at: Math.max(now, same?.at ?? 0), count: (same?.count ?? 0) + 1 };
  const rest = picks.filter((p) => p !== same && isLive(p.phraseId));
  return newestFirst([first, ...rest]).slice(0, REPLY_PICKS_MAX);
}

/** The list without the picks of `phraseId`, or empty when no phrase is given (forget all). */
export function forgetPicks(picks: readonly ReplyPick[], phraseId?: string): ReplyPick[] {
  return phraseId === undefined ? [] : picks.filter((p) => p.phraseId !== phraseId);
}

/** Picks whose phrase is live: what a view shows (a deleted phrase's picks come back if it is restored). */
export function livePicks(picks: readonly ReplyPick[], isLive: (phraseId: string) => boolean): ReplyPick[] {
  return picks.filter((p) => isLive(p.phraseId));
}

/** Per phrase: how many picks name it (counts added), most picked first, then the latest; at most `limit`. */
export function mostPickedPhrases(picks: readonly ReplyPick[], limit = 10): { phraseId: string; count: number; at: number }[] {
  const by = new Map<string, { phraseId: string; count: number; at: number }>();
  for (const p of picks) {
    const entry = by.get(p.phraseId) ?? { phraseId: p.phraseId, count: 0, at: 0 };
    entry.count += p.count;
    entry.at = Math.max(entry.at, p.at);
    by.set(p.phraseId, entry);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || b.at - a.at || (a.phraseId < b.phraseId ? -1 : 1)).slice(0, limit);
}

/** Newest first; a stable sort keeps the order of picks made in the same millisecond. */
function newestFirst(picks: ReplyPick[]): ReplyPick[] {
  return picks.sort((a, b) => b.at - a.at);
}
