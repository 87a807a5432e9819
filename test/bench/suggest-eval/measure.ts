/**
 * Development aid: the ranker's figures on a list of questions, and each miss sorted into one
 * category, so a change is made for a kind of miss rather than for one question. Used by
 * report.ts, fresh.ts and tune.ts (never on the held-out part).
 */
import type { ReplySuggestion } from '../../../core/phrases';
import type { EvalQuestion } from './types';

/** Ranks the buyer's messages: best first, with scores (as `suggestReplies` answers). */
export type Rank = (messages: readonly string[], limit: number, loose: boolean) => ReplySuggestion[];

/** What went wrong on a question with a fitting phrase (the first that applies). */
export type MissKind =
  /** Nothing suggested, and the message read as no intent (wording the table lacks). */
  | 'silent, no intent'
  /** Nothing suggested although an intent was read. */
  | 'silent'
  /** A variant of a fitting phrase was suggested (same family: `order-address-…`, `ship-urge-…`). */
  | 'variant'
  /** The fitting phrase came 4th to 6th (or was cut as far below the best). */
  | 'rank 4-6'
  /** Several messages: an earlier or later one took over. */
  | 'context'
  /** Two or more intents read: another question of the message crowded this one out. */
  | 'two asks'
  /** The message read as no intent, and lexical matches led elsewhere. */
  | 'wrong, no intent'
  /** Intents were read but led elsewhere. */
  | 'wrong';

export interface Miss {
  question: EvalQuestion;
  kind: MissKind;
  got: ReplySuggestion[];
  /** What a ranker without threshold or cut would have said (top 3). */
  loose: ReplySuggestion[];
}

export interface Figures {
  fit: number;
  none: number;
  top1: number;
  top3: number;
  silent: number;
  /** Suggestions shown on questions with a fitting phrase, and how many of them fit. */
  shown: number;
  shownFit: number;
  misses: Miss[];
  /** Questions without a fitting phrase that got a suggestion. */
  spoke: { question: EvalQuestion; got: ReplySuggestion[] }[];
}

export const messagesOf = (q: EvalQuestion): readonly string[] => (typeof q.q === 'string' ? [q.q] : q.q);

/** `dlv-eta` and `dlv-eta-shipped`, `ship-urge-today` and `ship-urge-overdue`: one family. */
const familyOf = (key: string) => key.split('-').slice(0, 2).join('-');

/** `intentCount` null: counts only, misses not looked into (tune.ts, many runs). */
export function measure(rank: Rank, questions: readonly EvalQuestion[], intentCount: ((messages: readonly string[]) => number) | null): Figures {
  const f: Figures = { fit: 0, none: 0, top1: 0, top3: 0, silent: 0, shown: 0, shownFit: 0, misses: [], spoke: [] };
  for (const question of questions) {
    const messages = messagesOf(question);
    const got = rank(messages, 3, false);
    const ids = got.map((s) => s.id);
    if (question.fits.length === 0) {
      f.none++;
      if (ids.length === 0) f.silent++;
      else f.spoke.push({ question, got });
      continue;
    }
    f.fit++;
    f.shown += ids.length;
    f.shownFit += ids.filter((id) => question.fits.includes(id)).length;
    if (question.fits.includes(ids[0] ?? '')) f.top1++;
    if (ids.some((id) => question.fits.includes(id))) {
      f.top3++;
      continue;
    }
    if (intentCount) f.misses.push({ question, got, loose: rank(messages, 3, true), kind: kindOf(question, got, rank, intentCount(messages)) });
  }
  return f;
}

function kindOf(question: EvalQuestion, got: ReplySuggestion[], rank: Rank, intents: number): MissKind {
  const messages = messagesOf(question);
  if (got.length === 0) return intents === 0 ? 'silent, no intent' : 'silent';
  const families = new Set(question.fits.map(familyOf));
  if (got.some((s) => families.has(familyOf(s.id)))) return 'variant';
  if (rank(messages, 6, true).some((s) => question.fits.includes(s.id))) return 'rank 4-6';
  if (messages.length > 1) return 'context';
  if (intents >= 2) return 'two asks';
  return intents === 0 ? 'wrong, no intent' : 'wrong';
}

/** Misses by kind, most first. */
export function missCounts(misses: readonly Miss[]): [MissKind, number][] {
  const counts = new Map<MissKind, number>();
  for (const m of misses) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export const pct = (part: number, whole: number) => (whole === 0 ? '—' : ((100 * part) / whole).toFixed(1));

export function figuresLine(name: string, f: Figures): string {
  return `${name}: ${f.fit} + ${f.none}  top-3 ${pct(f.top3, f.fit)}  top-1 ${pct(f.top1, f.fit)}  silent ${pct(f.silent, f.none)}  shown ${(f.shown / Math.max(f.fit, 1)).toFixed(2)} (${pct(f.shownFit, f.shown)} % fit)`;
}

type Phrases = typeof import('../../../core/phrases');
type Tuning = import('../../../core/phrases').SuggestTuning;

/**
 * The starter library as a ranker, through `core` (this tree's core/phrases, or a copy with an
 * older intent table: fresh.ts). `bare`: without its example questions, as an owner writes one.
 * `rankWith` ranks with other weights and threshold (tune.ts); the index is built once.
 */
export function starterRanker(core: Phrases, bare: boolean) {
  const index = core.createReplyIndex(
    core.STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, tags: p.tags, examples: bare ? [] : p.examples, publicReply: p.publicReply })),
  );
  const rankWith = (tuning: Tuning = core.SUGGEST_TUNING): Rank => {
    const loose = { ...tuning, threshold: 1e-6, relativeCut: 0 };
    return (messages, limit, isLoose) => core.suggestReplies(index, messages, limit, { tuning: isLoose ? loose : tuning });
  };
  const intentCount = (messages: readonly string[]) => new Set(messages.flatMap((m) => index.intentsOf(core.plainWording(core.foldText(m.slice(0, 200))).replace(/\s+/g, '')))).size;
  return { rank: rankWith(), rankWith, intentCount };
}
