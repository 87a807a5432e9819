import type { Lang } from '../../core/i18n';
import { parseScenario, type Scenario, type ScenarioError } from '../../core/routing';
import { m } from './messages';

/**
 * The what-if editor's form: every field as the text the owner typed, so a half-typed number stays
 * on screen; `checkForm` turns it into a scenario or into errors keyed by field
 * (`agents[1].online[0][1]`, as parseScenario names them).
 */
export interface AgentForm {
  id: string;
  weight: string;
  group: string;
  online: [string, string][];
  replySeconds: string;
  recentContacts: string;
}
export interface GroupForm {
  id: string;
  /** Comma-separated order states. */
  orderStates: string;
}
export interface ScenarioForm {
  agents: AgentForm[];
  groups: GroupForm[];
  perHour: string[];
  returningShare: string;
  mix: { state: string; share: string }[];
  days: string;
  seed: string;
}

const text = (x: number | undefined) => (x === undefined ? '' : String(x));

export function formFromScenario(s: Scenario): ScenarioForm {
  return {
    agents: s.agents.map((a) => ({
      id: a.id,
      weight: text(a.weight),
      group: a.group ?? '',
      online: a.online.map(([from, to]) => [text(from), text(to)] as [string, string]),
      replySeconds: text(a.replySeconds),
      recentContacts: text(a.recentContacts),
    })),
    groups: (s.groups ?? []).map((g) => ({ id: g.id, orderStates: g.orderStates.join(', ') })),
    perHour: s.traffic.perHour.map(text),
    returningShare: text(s.traffic.returningShare),
    mix: Object.entries(s.traffic.orderStates ?? {}).map(([state, share]) => ({ state, share: text(share) })),
    days: text(s.days),
    seed: text(s.seed),
  };
}

/** Splits "无订单，未发货, 售后" into states (Chinese or ASCII commas). */
export const splitStates = (value: string) =>
  value
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export interface FormCheck {
  scenario: Scenario | null;
  errors: ScenarioError[];
}

/** The form as a scenario, or every field that is wrong (numbers we cannot read first, then the scenario's own checks). */
export function checkForm(form: ScenarioForm, lang: Lang): FormCheck {
  const unreadable: ScenarioError[] = [];
  const num = (value: string, field: string, optional = false): number | string | undefined => {
    const trimmed = value.trim();
    if (trimmed === '' && optional) return undefined;
    const n = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(n)) {
      unreadable.push({ field, message: m(lang, 'notANumber') });
      return value;
    }
    return n;
  };
  const optional = <K extends string>(key: K, value: unknown) => (value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, unknown>));

  const value = {
    agents: form.agents.map((a, i) => ({
      id: a.id,
      weight: num(a.weight, `agents[${i}].weight`),
      ...optional('group', a.group),
      online: a.online.map(([from, to], k) => [num(from, `agents[${i}].online[${k}][0]`), num(to, `agents[${i}].online[${k}][1]`)]),
      replySeconds: num(a.replySeconds, `agents[${i}].replySeconds`),
      ...optional('recentContacts', num(a.recentContacts, `agents[${i}].recentContacts`, true)),
    })),
    ...(form.groups.length > 0 ? { groups: form.groups.map((g) => ({ id: g.id, orderStates: splitStates(g.orderStates) })) } : {}),
    traffic: {
      perHour: form.perHour.map((h, i) => num(h, `traffic.perHour[${i}]`)),
      returningShare: num(form.returningShare, 'traffic.returningShare'),
      ...(form.mix.length > 0 ? { orderStates: Object.fromEntries(form.mix.map((row, i) => [row.state.trim(), num(row.share, `traffic.orderStates.${row.state.trim() || i}`)])) } : {}),
    },
    ...optional('days', num(form.days, 'days', true)),
    ...optional('seed', num(form.seed, 'seed', true)),
  };
  const parsed = parseScenario(value, lang);
  if (parsed.ok && unreadable.length === 0) return { scenario: parsed.scenario, errors: [] };
  const own = new Set(unreadable.map((e) => e.field));
  const rest = parsed.ok ? [] : parsed.errors.filter((e) => !own.has(e.field));
  return { scenario: null, errors: [...unreadable, ...rest] };
}

/**
 * Where each error shows: beside the field whose key is the longest prefix of the error's field
 * (`groups[0].orderStates[2]` → the group's states field). Errors no field claims go to the list
 * at the top, so none is lost.
 */
export function placeErrors(errors: readonly ScenarioError[], keys: readonly string[]): { byKey: Map<string, string[]>; unplaced: ScenarioError[] } {
  const byKey = new Map<string, string[]>();
  const unplaced: ScenarioError[] = [];
  const sorted = [...keys].sort((a, b) => b.length - a.length);
  for (const error of errors) {
    const key = sorted.find((k) => error.field === k || error.field.startsWith(`${k}[`) || error.field.startsWith(`${k}.`));
    if (key === undefined) unplaced.push(error);
    else byKey.set(key, [...(byKey.get(key) ?? []), error.message]);
  }
  return { byKey, unplaced };
}

/** Every field key the editor shows an error beside, for this form. */
export function fieldKeys(form: ScenarioForm): string[] {
  const keys = ['agents', 'groups', 'traffic.perHour', 'traffic.returningShare', 'traffic.orderStates', 'days', 'seed'];
  form.agents.forEach((a, i) => {
    keys.push(`agents[${i}].id`, `agents[${i}].weight`, `agents[${i}].group`, `agents[${i}].online`, `agents[${i}].replySeconds`, `agents[${i}].recentContacts`);
    a.online.forEach((_, k) => keys.push(`agents[${i}].online[${k}]`, `agents[${i}].online[${k}][0]`, `agents[${i}].online[${k}][1]`));
  });
  form.groups.forEach((_, g) => keys.push(`groups[${g}].id`, `groups[${g}].orderStates`));
  form.perHour.forEach((_, h) => keys.push(`traffic.perHour[${h}]`));
  form.mix.forEach((row, i) => keys.push(`traffic.orderStates.${row.state.trim() || i}`));
  return keys;
}

/** Traffic shapes for the presets (relative weights per hour), scaled to keep the day's total. */
export const TRAFFIC_PRESETS = {
  presetFlat: Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 23 ? 1 : 0.1)),
  presetDaytime: [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 0.9, 1, 1, 1, 0.8, 0.9, 1, 1, 0.9, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15],
  presetEvening: [0.3, 0.15, 0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.45, 0.4, 0.45, 0.5, 0.5, 0.5, 0.55, 0.7, 0.85, 1, 1, 0.8, 0.5],
  presetTwoPeaks: [0.1, 0.05, 0.02, 0.02, 0.02, 0.05, 0.1, 0.25, 0.5, 0.8, 1, 0.9, 0.55, 0.65, 0.75, 0.7, 0.65, 0.6, 0.7, 0.9, 1, 1, 0.8, 0.3],
} as const;
export type TrafficPreset = keyof typeof TRAFFIC_PRESETS;

/** The preset's shape with the same inquiries per day as `current` (at least one per peak hour). */
export function applyPreset(preset: TrafficPreset, current: readonly string[]): string[] {
  const total = current.reduce((sum, h) => sum + (Number(h) || 0), 0) || 500;
  const shape = TRAFFIC_PRESETS[preset];
  const weight = shape.reduce((a, b) => a + b, 0);
  return shape.map((w) => String(Math.round((total * w) / weight)));
}
