import type { z } from 'zod';
import type { Lang } from '../i18n';
import { describeProblem, fieldName } from '../store';
import { SCENARIO_PROBLEMS, scenarioSchema, type Scenario, type ScenarioProblem } from './schema';
import { describeScenarioProblem } from './wording';

/** One problem of a scenario: the field as a person would write it (`agents[2].online[0]`) and what is wrong. */
export interface ScenarioError {
  field: string;
  message: string;
}

export type ParsedScenario = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** Checks a scenario from the editor or a file; on failure, one error per field, in the seller's language. */
export function parseScenario(value: unknown, lang: Lang): ParsedScenario {
  const parsed = scenarioSchema.safeParse(value);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => ({ field: fieldName(issue.path), message: describe(issue, lang) })) };
}

function describe(issue: z.core.$ZodIssue, lang: Lang): string {
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as Record<string, unknown>;
    const problem = params['problem'];
    if ((SCENARIO_PROBLEMS as readonly unknown[]).includes(problem)) return describeScenarioProblem(problem as ScenarioProblem, params, lang);
  }
  return describeProblem(issue, lang);
}
