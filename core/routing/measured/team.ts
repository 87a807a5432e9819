import { dayKey, type MeasuredDay } from './day';

/**
 * The team's days with `incoming` added: a later copy of the same agent-day (same agent, console
 * and date) replaces the earlier one instead of counting twice. Order: existing days first.
 */
export function mergeTeamDays<T extends MeasuredDay>(existing: readonly T[], incoming: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const day of existing) byKey.set(dayKey(day), day);
  for (const day of incoming) byKey.set(dayKey(day), day);
  return [...byKey.values()];
}
