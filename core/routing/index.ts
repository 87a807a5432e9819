/**
 * Routing-fairness advisor (分流, issue 9), the pure core: simulate DOMAIN §5's routing rules,
 * explain why one agent gets more, recommend changes with predicted shares.
 */
export { scenarioSchema, SCENARIO_PROBLEMS, MAX_INQUIRIES, type Scenario, type ScenarioAgent, type OnlineInterval, type ScenarioProblem } from './schema';
export { parseScenario, type ParsedScenario, type ScenarioError } from './parse';
export { simulateRouting, DEFAULT_SEED, type RoutingOutcome, type AgentOutcome } from './simulate';
export { simulateMany, seedsFor, DEFAULT_RUNS, type RoutingEstimate, type AgentEstimate, type Estimate, type RoutingAnalysisOptions } from './monte-carlo';
export { explainImbalance, type ExplainedCause, type CauseDetail, type AgentFact } from './explain';
export { CAUSES, type Cause } from './neutralise';
export { recommendRouting, type Recommendation } from './recommend';
export type { RoutingChange } from './remedies';
export { jainIndex } from './measures';
export { onlineHours } from './schedule';
export { describeCause, describeChange } from './wording';
export { routingArea } from './area';
export { ROUTING_SCENARIO_ID, createRoutingScenarioService, routingScenarioRecordSchema, type RoutingScenarioService, type SavedScenario } from './scenario-store';
