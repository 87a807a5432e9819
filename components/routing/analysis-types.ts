import type { Lang } from '../../core/i18n';
import type { ExplainedCause, Recommendation, RoutingEstimate, Scenario } from '../../core/routing';

/**
 * The analysis worker's messages (types only, so the sidebar frame loads no zod). The page asks with
 * an id; the worker answers in stages (estimate first, it is the quickest) with the same id, so the
 * page can drop answers to a scenario it no longer shows.
 */
export interface AnalysisRequest {
  id: number;
  scenario: Scenario;
  lang: Lang;
  /** Seeds of the Monte Carlo estimate (its interval); explain and recommend use their own default. */
  runs?: number;
  /** The sidebar only needs the summary and causes. */
  skipRecommendations?: boolean;
}

/** A cause with its sentence in the page's language. */
export interface WordedCause extends ExplainedCause {
  text: string;
}

/** A recommendation with its sentence and the shares before the change, by agent. */
export interface WordedRecommendation extends Recommendation {
  text: string;
  before: { id: string; share: number }[];
}

export type AnalysisStage =
  | { stage: 'estimate'; estimate: RoutingEstimate }
  | { stage: 'causes'; causes: WordedCause[] }
  | { stage: 'recommendations'; recommendations: WordedRecommendation[] };

/** Each stage as it is ready, then `done`; or the failure. */
export type AnalysisReply = ({ id: number; ok: true } & (AnalysisStage | { stage: 'done' })) | { id: number; ok: false; message: string };

/** What a page shows: whatever stages have arrived for its latest scenario. */
export interface Analysis {
  estimate?: RoutingEstimate;
  causes?: WordedCause[];
  recommendations?: WordedRecommendation[];
}
