import type { Scenario, ScenarioAgent } from '../schema';
import { MINUTES_PER_DAY, minutesIn, type MeasuredDay, type MinuteInterval } from './day';

export interface MeasuredScenarioOptions {
  /** Routing weight per agent id (1 when not given). */
  weights?: Record<string, number>;
  /** Group id per agent id (none when not given). */
  groups?: Record<string, string>;
  /** Typical reply time in seconds: one for everyone, or per agent id. */
  replySeconds?: number | Record<string, number>;
  /** Share of returning buyers (nothing measures it). */
  returningShare?: number;
}

/** What the advisor assumed where the measurements say nothing (issue 9: say what you assume). */
export type MeasuredAssumption =
  | { kind: 'online-from-received'; agent: string }
  | { kind: 'online-default'; agent: string; hours: [number, number] }
  | { kind: 'traffic-even'; hours: [number, number] }
  | { kind: 'weight-default'; agents: string[] }
  | { kind: 'reply-default'; seconds: number }
  | { kind: 'returning-default'; share: number }
  | { kind: 'no-recent-contacts' };

export const DEFAULT_REPLY_SECONDS = 30;
export const DEFAULT_RETURNING_SHARE = 0.3;
/** Hours assumed for an agent (and for traffic) when nothing was measured. */
export const DEFAULT_HOURS: [number, number] = [9, 18];
/** The typical day: the quarter-hours an agent was online on at least half of its measured days. */
const SLOT_MINUTES = 15;
const TYPICAL_SHARE = 0.5;
const MAX_DAYS = 14;

export interface MeasuredScenario {
  scenario: Scenario;
  assumptions: MeasuredAssumption[];
  /** Display names by agent id (the scenario has ids only). */
  names: Record<string, string>;
}

/**
 * A scenario from measured agent-days: each agent's online intervals from its typical day, traffic
 * per hour from the buyers received (mean per date, shaped by the hours that were measured), days =
 * the number of measured dates (at most 14). Weights, groups, reply time and the returning share
 * are not measured: taken from `options`, else defaults, each listed in `assumptions`.
 */
export function measuredScenario(days: readonly MeasuredDay[], options: MeasuredScenarioOptions = {}): MeasuredScenario {
  const assumptions: MeasuredAssumption[] = [];
  const byAgent = groupBy(days, (d) => d.agentId);
  const names: Record<string, string> = {};
  const agents: ScenarioAgent[] = [];
  const defaultWeight: string[] = [];
  let replyDefaulted = false;
  for (const [id, list] of byAgent) {
    names[id] = list[list.length - 1]!.agentName;
    let online = typicalOnline(list);
    if (online.length === 0) {
      online = receivedHours(list);
      if (online.length > 0) assumptions.push({ kind: 'online-from-received', agent: id });
      else {
        online = [DEFAULT_HOURS];
        assumptions.push({ kind: 'online-default', agent: id, hours: DEFAULT_HOURS });
      }
    }
    const weight = options.weights?.[id];
    if (weight === undefined) defaultWeight.push(id);
    const reply = typeof options.replySeconds === 'number' ? options.replySeconds : options.replySeconds?.[id];
    if (reply === undefined) replyDefaulted = true;
    const group = options.groups?.[id];
    agents.push({ id, weight: weight ?? 1, ...(group ? { group } : {}), online, replySeconds: reply ?? DEFAULT_REPLY_SECONDS });
  }
  if (defaultWeight.length > 0) assumptions.push({ kind: 'weight-default', agents: defaultWeight });
  if (replyDefaulted) assumptions.push({ kind: 'reply-default', seconds: DEFAULT_REPLY_SECONDS });
  const returningShare = options.returningShare ?? DEFAULT_RETURNING_SHARE;
  if (options.returningShare === undefined) assumptions.push({ kind: 'returning-default', share: returningShare });
  assumptions.push({ kind: 'no-recent-contacts' });

  const { perHour, even } = trafficPerHour(days, agents);
  if (even) assumptions.push({ kind: 'traffic-even', hours: DEFAULT_HOURS });
  const dates = new Set(days.map((d) => d.date ?? ''));
  const groupIds = [...new Set(agents.flatMap((a) => (a.group ? [a.group] : [])))];
  const scenario: Scenario = {
    agents,
    ...(groupIds.length > 0 ? { groups: groupIds.map((g) => ({ id: g, orderStates: [] })) } : {}),
    traffic: { perHour, returningShare },
    days: Math.max(1, Math.min(MAX_DAYS, dates.size)),
  };
  return { scenario, assumptions, names };
}

/** The scenario alone (see `measuredScenario` for what it assumes). */
export function scenarioFromMeasurements(days: readonly MeasuredDay[], options: MeasuredScenarioOptions = {}): Scenario {
  return measuredScenario(days, options).scenario;
}

/** Quarter-hours online on at least half the agent's measured days, as hour intervals. */
function typicalOnline(days: readonly MeasuredDay[]): [number, number][] {
  const measured = days.filter((d) => d.online !== null);
  if (measured.length === 0) return [];
  const slots = MINUTES_PER_DAY / SLOT_MINUTES;
  const count = new Array<number>(slots).fill(0);
  for (const day of measured) {
    for (let s = 0; s < slots; s++) {
      const from = s * SLOT_MINUTES;
      const covered = minutesIn(day.online!.map(([a, b]) => [Math.max(a, from), Math.min(b, from + SLOT_MINUTES)] as MinuteInterval));
      if (covered * 2 >= SLOT_MINUTES) count[s]!++;
    }
  }
  return runs(count.map((c) => c >= measured.length * TYPICAL_SHARE && c > 0), SLOT_MINUTES / 60);
}

/** Without online times: the hours in which the agent received buyers on at least half its days with hours. */
function receivedHours(days: readonly MeasuredDay[]): [number, number][] {
  const hourly = days.filter((d) => d.received !== null);
  if (hourly.length === 0) return [];
  const count = Array.from({ length: 24 }, (_, h) => hourly.filter((d) => d.received![h]! > 0).length);
  return runs(count.map((c) => c > 0 && c >= hourly.length * TYPICAL_SHARE), 1);
}

/** Runs of true slots as [startHour, endHour] intervals. */
function runs(on: readonly boolean[], hoursPerSlot: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= on.length; i++) {
    if (i < on.length && on[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start * hoursPerSlot, i * hoursPerSlot]);
      start = -1;
    }
  }
  return out;
}

/**
 * Inquiries per hour: the mean buyers received per measured date, spread over the hours in the shape
 * the hourly counts show; with no hourly counts, by the agents' online hours; else evenly 9–18.
 */
function trafficPerHour(days: readonly MeasuredDay[], agents: readonly ScenarioAgent[]): { perHour: number[]; even: boolean } {
  const dates = new Set(days.map((d) => d.date ?? ''));
  const meanPerDay = days.reduce((sum, d) => sum + d.total, 0) / Math.max(1, dates.size);
  let shape = Array.from({ length: 24 }, (_, h) => days.reduce((sum, d) => sum + (d.received?.[h] ?? 0), 0));
  let even = false;
  if (sum(shape) === 0) {
    shape = Array.from({ length: 24 }, (_, h) => agents.reduce((n, a) => n + a.online.reduce((m, [s, e]) => m + Math.max(0, Math.min(e, h + 1) - Math.max(s, h)), 0), 0));
  }
  if (sum(shape) === 0) {
    shape = Array.from({ length: 24 }, (_, h) => (h >= DEFAULT_HOURS[0] && h < DEFAULT_HOURS[1] ? 1 : 0));
    even = true;
  }
  const total = sum(shape);
  return { perHour: shape.map((v) => Math.round(((meanPerDay * v) / total) * 100) / 100), even };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
