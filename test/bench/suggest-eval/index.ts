/**
 * The evaluation set of suggested replies, each part written apart from the ranker. The
 * development parts (A, B, the lead's, D, E, F, G, H) were looked at while the ranker was built: their
 * misses widened the intent table. Part C is held out: only its totals are ever read, so it tells
 * how the ranker does on wording nobody tuned it on.
 */
import { DEV_D } from './dev-d';
import { DEV_E } from './dev-e';
import { DEV_F } from './dev-f';
import { DEV_G } from './dev-g';
import { DEV_H } from './dev-h';
import { DEV_LEAD, DEV_LEAD_2 } from './dev-lead';
import { QUESTIONS_A } from './questions-a';
import { QUESTIONS_B } from './questions-b';
import { QUESTIONS_C } from './questions-c';
import type { EvalQuestion } from './types';

/** The development parts by name (the development report prints each). */
export const DEVELOPMENT_PARTS: Readonly<Record<string, readonly EvalQuestion[]>> = {
  'A+B': [...QUESTIONS_A, ...QUESTIONS_B],
  lead: [...DEV_LEAD, ...DEV_LEAD_2],
  D: DEV_D,
  E: DEV_E,
  F: DEV_F,
  G: DEV_G,
  H: DEV_H,
};
export const DEVELOPMENT_QUESTIONS: readonly EvalQuestion[] = Object.values(DEVELOPMENT_PARTS).flat();
export const HELD_OUT_QUESTIONS: readonly EvalQuestion[] = QUESTIONS_C;
export const EVAL_QUESTIONS: readonly EvalQuestion[] = [...DEVELOPMENT_QUESTIONS, ...HELD_OUT_QUESTIONS];
