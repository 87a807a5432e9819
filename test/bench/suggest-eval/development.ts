/**
 * The development parts of the evaluation set (A+B, the lead's, D–M), apart from the held-out
 * part: the development tools (report.ts, fresh.ts, tune.ts) import this module only, so they
 * never load part C.
 */
import { DEV_D } from './dev-d';
import { DEV_E } from './dev-e';
import { DEV_F } from './dev-f';
import { DEV_G } from './dev-g';
import { DEV_H } from './dev-h';
import { DEV_I } from './dev-i';
import { DEV_J } from './dev-j';
import { DEV_K } from './dev-k';
import { DEV_L } from './dev-l';
import { DEV_M } from './dev-m';
import { DEV_LEAD, DEV_LEAD_2 } from './dev-lead';
import { QUESTIONS_A } from './questions-a';
import { QUESTIONS_B } from './questions-b';
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
  I: DEV_I,
  J: DEV_J,
  K: DEV_K,
  L: DEV_L,
  M: DEV_M,
};
export const DEVELOPMENT_QUESTIONS: readonly EvalQuestion[] = Object.values(DEVELOPMENT_PARTS).flat();
