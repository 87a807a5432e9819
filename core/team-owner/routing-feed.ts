import { TEAM_DAYS_MAX, teamDayId, type MeasuredDay, type RoutingTeamDayRecord } from '../routing/measured';
import type { RecordStore } from '../store';
import { sameValue } from '../sync';

/**
 * Puts the agents' measured days in the routing advisor's team list (`routingTeamDay`, source
 * `team`), so the advisor builds its scenario from the team's own measurements without any day file
 * changing hands. The same agent-day replaces the earlier copy, whatever its source; when the list
 * would outgrow its limit, the oldest pulled days are left out (imported days are never dropped). Answers how many it wrote.
 */
export async function feedRoutingAdvisor(store: RecordStore, days: readonly MeasuredDay[], now: number): Promise<{ fed: number }> {
  const { value } = await store.update((view) => {
    const stored = view.list('routingTeamDay') as RoutingTeamDayRecord[];
    const existing = new Set(stored.map((r) => r.id));
    const byId = new Map(stored.map((r) => [r.id, r]));
    // A day pulled again unchanged is not written again (the owner's sync runs every few minutes).
    const unchanged = (day: MeasuredDay) => {
      const r = byId.get(teamDayId(day));
      return r?.source === 'team' && r.agentName === day.agentName && r.total === day.total && sameValue(r.received, day.received) && sameValue(r.online, day.online) && sameValue(r.busy, day.busy);
    };
    const newestFirst = [...days].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const room = new Set(existing);
    const chosen = newestFirst.filter((day) => {
      const id = teamDayId(day);
      if (room.has(id)) return true;
      if (room.size >= TEAM_DAYS_MAX) return false;
      room.add(id);
      return true;
    });
    const changes = chosen.filter((day) => !unchanged(day)).map((day) => ({
      put: { id: teamDayId(day), type: 'routingTeamDay', scope: 'local' as const, agentId: day.agentId, agentName: day.agentName, site: day.site, date: day.date, online: day.online, busy: day.busy, received: day.received, total: day.total, source: 'team' as const, importedAt: now },
    }));
    return { changes, value: { fed: changes.length } };
  });
  return value;
}
