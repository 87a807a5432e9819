import { describeCause, describeChange, explainImbalance, recommendRouting, simulateMany } from '../../core/routing';
import type { AnalysisRequest, AnalysisStage } from './analysis-types';

/** Monte Carlo runs for the page's estimate (its 95% interval); explain/recommend use the core default. */
export const ESTIMATE_RUNS = 20;

/**
 * The analysis the worker runs, stage by stage, so each part can be posted as soon as it is ready:
 * the estimate (simulateMany), the causes (explainImbalance) and the recommendations
 * (recommendRouting), each worded in the page's language.
 */
export function* analyse(request: AnalysisRequest): Generator<AnalysisStage> {
  const { scenario, lang } = request;
  const estimate = simulateMany(scenario, request.runs ?? ESTIMATE_RUNS);
  yield { stage: 'estimate', estimate };
  const causes = explainImbalance(scenario).map((cause) => ({ ...cause, text: describeCause(cause, lang) }));
  yield { stage: 'causes', causes };
  if (request.skipRecommendations) return;
  const before = estimate.agents.map((a) => ({ id: a.id, share: a.share.mean }));
  const recommendations = recommendRouting(scenario).map((r) => ({ ...r, text: describeChange(r.change, lang), before }));
  yield { stage: 'recommendations', recommendations };
}
