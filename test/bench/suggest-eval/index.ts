/**
 * The evaluation set of suggested replies, each part written apart from the ranker. The
 * development parts (A, B, the lead's, D–M) were looked at while the ranker was built: their
 * misses widened the intent table. Part C is held out: only its totals are ever read, so it tells
 * how the ranker does on wording nobody tuned it on.
 */
import { DEVELOPMENT_QUESTIONS } from './development';
import { QUESTIONS_C } from './questions-c';
import type { EvalQuestion } from './types';

export { DEVELOPMENT_PARTS, DEVELOPMENT_QUESTIONS } from './development';
export const HELD_OUT_QUESTIONS: readonly EvalQuestion[] = QUESTIONS_C;
export const EVAL_QUESTIONS: readonly EvalQuestion[] = [...DEVELOPMENT_QUESTIONS, ...HELD_OUT_QUESTIONS];
