/** The whole evaluation set of suggested replies (each file written apart from the ranker). */
import { QUESTIONS_A } from './questions-a';
import { QUESTIONS_B } from './questions-b';
import type { EvalQuestion } from './types';

export const EVAL_QUESTIONS: readonly EvalQuestion[] = [...QUESTIONS_A, ...QUESTIONS_B];
