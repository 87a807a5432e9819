import { z } from 'zod';

/**
 * A routing scenario (issue 9): who is online when, with which weight and reply time, which groups
 * are bound to which buyer order states, and the traffic. Cross-field rules (unique ids, a state
 * bound to one group only, shares summing to 1) are checked here so every error names its field.
 */

/** Our own problem codes for the checks zod has no code for; wording.ts says them in zh and en. */
export const SCENARIO_PROBLEMS = [
  'start-not-before-end',
  'duplicate-id',
  'state-bound-twice',
  'state-not-in-traffic',
  'shares-not-one',
  'too-many-inquiries',
  'not-24-hours',
] as const;
export type ScenarioProblem = (typeof SCENARIO_PROBLEMS)[number];

/** Most inquiries one simulated run may hold (days × inquiries per day), so a run stays short. */
export const MAX_INQUIRIES = 2_000_000;
const SHARE_TOLERANCE = 0.01;

const problem = (code: ScenarioProblem) => ({ params: { problem: code } });

const hourOfDay = z.number().min(0).max(24);
/** [startHour, endHour) in hours of the day, e.g. [8.5, 17]; a night shift is two intervals. */
const intervalSchema = z.tuple([hourOfDay, hourOfDay]).refine(([start, end]) => start < end, problem('start-not-before-end'));

const idSchema = z.string().trim().min(1).max(100);

const agentSchema = z.strictObject({
  id: idSchema,
  weight: z.number().min(0).max(1000),
  group: idSchema.optional(),
  online: z.array(intervalSchema).max(48),
  /** Typical time to reply to a waiting buyer, in seconds. */
  replySeconds: z.number().min(1).max(3600),
  /** Buyers this agent talked to in the 72 h before the scenario starts. */
  recentContacts: z.number().int().min(0).max(1_000_000).optional(),
});

const groupSchema = z.strictObject({
  id: idSchema,
  orderStates: z.array(z.string().trim().min(1).max(50)).max(50),
});

const trafficSchema = z.strictObject({
  /** Inquiries per hour for each of the 24 hours of the day. */
  perHour: z.array(z.number().min(0).max(100_000)).refine((hours) => hours.length === 24, problem('not-24-hours')),
  /** Share of inquiries from buyers who talked to one of the agents in the last 72 h. */
  returningShare: z.number().min(0).max(1),
  /** Buyers' order states and their shares (summing to 1). */
  orderStates: z.record(z.string().trim().min(1).max(50), z.number().min(0).max(1)).optional(),
});

export const scenarioSchema = z
  .strictObject({
    agents: z.array(agentSchema).min(1).max(500),
    groups: z.array(groupSchema).max(100).optional(),
    traffic: trafficSchema,
    days: z.number().int().min(1).max(60).optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
  })
  .superRefine((scenario, ctx) => {
    const flag = (path: (string | number)[], code: ScenarioProblem, extra: Record<string, unknown> = {}) =>
      ctx.addIssue({ code: 'custom', path, message: code, params: { problem: code, ...extra } });

    firstRepeats(scenario.agents.map((a) => a.id)).forEach((i) => flag(['agents', i, 'id'], 'duplicate-id'));
    const groups = scenario.groups ?? [];
    firstRepeats(groups.map((g) => g.id)).forEach((i) => flag(['groups', i, 'id'], 'duplicate-id'));

    const boundTo = new Map<string, string>();
    const mix = scenario.traffic.orderStates;
    groups.forEach((group, g) =>
      group.orderStates.forEach((state, s) => {
        const other = boundTo.get(state);
        if (other !== undefined) flag(['groups', g, 'orderStates', s], 'state-bound-twice', { other });
        else boundTo.set(state, group.id);
        if (mix && !(state in mix)) flag(['groups', g, 'orderStates', s], 'state-not-in-traffic');
      }),
    );

    if (mix) {
      const sum = Object.values(mix).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > SHARE_TOLERANCE) flag(['traffic', 'orderStates'], 'shares-not-one', { sum });
    }
    const perDay = scenario.traffic.perHour.reduce((a, b) => a + b, 0);
    if (perDay * (scenario.days ?? 1) > MAX_INQUIRIES) flag(['traffic', 'perHour'], 'too-many-inquiries', { max: MAX_INQUIRIES });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioAgent = Scenario['agents'][number];
export type OnlineInterval = ScenarioAgent['online'][number];

/** Indexes of the entries that repeat an earlier one. */
function firstRepeats(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => (seen.has(v) ? out.push(i) : seen.add(v)));
  return out;
}
