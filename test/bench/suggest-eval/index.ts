/**
 * The evaluation set of suggested replies, each part written apart from the ranker. Parts A and B
 * were looked at while the ranker was built (their misses widened the intent table); part C is
 * held out: only its totals are ever read, so it tells how the ranker does on wording nobody
 * tuned it on.
 */
import { QUESTIONS_A } from './questions-a';
import { QUESTIONS_B } from './questions-b';
import { QUESTIONS_C } from './questions-c';
import type { EvalQuestion } from './types';

export const DEVELOPMENT_QUESTIONS: readonly EvalQuestion[] = [...QUESTIONS_A, ...QUESTIONS_B];
export const HELD_OUT_QUESTIONS: readonly EvalQuestion[] = QUESTIONS_C;
export const EVAL_QUESTIONS: readonly EvalQuestion[] = [...DEVELOPMENT_QUESTIONS, ...HELD_OUT_QUESTIONS];
