import { normaliseIntervals, type MeasuredDay, type MinuteInterval } from '../routing/measured';
import type { StoredRecord } from '../store';

/**
 * The owner's team views (issue 13 item 5), pure: each agent's records as the owner's copy of
 * `agent-<user>` holds them, merged per agent and for the whole team. No PouchDB here; the
 * background reads the copies and passes their records in.
 */

/** One agent's data: the records of their database copy (checked against the schemas already). */
export interface AgentCopy {
  user: string;
  records: readonly StoredRecord[];
}

/** A share or an average: a number, or "not available" when there was nothing to divide by. */
export type Ratio = { available: true; value: number } | { available: false };

export function ratio(part: number, whole: number): Ratio {
  return whole > 0 && Number.isFinite(part) && Number.isFinite(whole) ? { available: true, value: part / whole } : { available: false };
}

const live = (records: readonly StoredRecord[], type: string) => records.filter((r) => r.type === type && !r.deleted);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

// ---- usage -------------------------------------------------------------------------------------

export interface PhraseUseRow {
  phraseId: string;
  /** Times inserted (phraseUsage). */
  inserted: number;
  /** Times picked as the answer to a buyer's question (reply picks). */
  picked: number;
  /** Share of all insertions of the table. */
  share: Ratio;
  lastUsedAt: number | null;
  /** Agents who used it (1 in an agent's own table). */
  agents: number;
}

export interface UsageTable {
  rows: PhraseUseRow[];
  inserted: number;
  picked: number;
}

/** How conversations ended, from the outcomes the agent recorded (counts only, no buyer). */
export interface OutcomeSummary {
  conversations: number;
  /** Resolved among the conversations where the agent said whether it was. */
  resolved: Ratio;
  /** Sales among the conversations where the agent said whether one was made. */
  sale: Ratio;
}

interface UseCount {
  inserted: number;
  picked: number;
  lastUsedAt: number | null;
  users: Set<string>;
}

function addUses(into: Map<string, UseCount>, user: string, records: readonly StoredRecord[]): void {
  const entry = (phraseId: string) => {
    let e = into.get(phraseId);
    if (!e) into.set(phraseId, (e = { inserted: 0, picked: 0, lastUsedAt: null, users: new Set() }));
    e.users.add(user);
    return e;
  };
  for (const r of live(records, 'phraseUsage')) {
    if (typeof r.phraseId !== 'string') continue;
    const e = entry(r.phraseId);
    e.inserted += num(r.count);
    const at = num(r.lastUsedAt);
    if (at > 0) e.lastUsedAt = Math.max(e.lastUsedAt ?? 0, at);
  }
  for (const r of live(records, 'replyPicks')) {
    for (const pick of Array.isArray(r.picks) ? (r.picks as Array<{ phraseId?: unknown; count?: unknown; at?: unknown }>) : []) {
      if (typeof pick.phraseId !== 'string') continue;
      const e = entry(pick.phraseId);
      e.picked += num(pick.count);
      const at = num(pick.at);
      if (at > 0) e.lastUsedAt = Math.max(e.lastUsedAt ?? 0, at);
    }
  }
}

function usageTable(counts: Map<string, UseCount>): UsageTable {
  const inserted = [...counts.values()].reduce((a, e) => a + e.inserted, 0);
  const picked = [...counts.values()].reduce((a, e) => a + e.picked, 0);
  const rows = [...counts.entries()]
    .map(([phraseId, e]): PhraseUseRow => ({ phraseId, inserted: e.inserted, picked: e.picked, share: ratio(e.inserted, inserted), lastUsedAt: e.lastUsedAt, agents: e.users.size }))
    .sort((a, b) => b.inserted + b.picked - (a.inserted + a.picked) || a.phraseId.localeCompare(b.phraseId));
  return { rows, inserted, picked };
}

function outcomeSummary(records: readonly StoredRecord[]): OutcomeSummary {
  const outcomes = live(records, 'conversationOutcome');
  const said = (key: 'resolved' | 'sale') => outcomes.filter((o) => typeof o[key] === 'boolean');
  const yes = (key: 'resolved' | 'sale') => said(key).filter((o) => o[key] === true).length;
  return { conversations: outcomes.length, resolved: ratio(yes('resolved'), said('resolved').length), sale: ratio(yes('sale'), said('sale').length) };
}

export interface TeamUsage {
  perAgent: Array<{ user: string; usage: UsageTable; outcomes: OutcomeSummary }>;
  /** Every agent's counts added up; the same phrase used by several agents is one row. */
  team: UsageTable;
  teamOutcomes: OutcomeSummary;
}

export function mergeUsage(agents: readonly AgentCopy[]): TeamUsage {
  const all = new Map<string, UseCount>();
  const perAgent = agents.map((agent) => {
    const own = new Map<string, UseCount>();
    addUses(own, agent.user, agent.records);
    addUses(all, agent.user, agent.records);
    return { user: agent.user, usage: usageTable(own), outcomes: outcomeSummary(agent.records) };
  });
  const everyone = agents.flatMap((a) => a.records);
  return { perAgent, team: usageTable(all), teamOutcomes: outcomeSummary(everyone) };
}

// ---- routing measurements ----------------------------------------------------------------------

export interface RoutingSummary {
  /** Agent-days measured. */
  days: number;
  /** Buyers received over those days. */
  received: number;
  /** Buyers per measured day. */
  perDay: Ratio;
  /** Minutes online over those days. */
  onlineMinutes: number;
  /** The newest date measured (YYYY-MM-DD). */
  latest: string | null;
}

export interface TeamRouting {
  perAgent: Array<{ user: string; name: string; summary: RoutingSummary }>;
  team: RoutingSummary;
  /** Every agent-day, as the routing advisor takes them (`measuredScenario`, the team-day list). */
  days: MeasuredDay[];
}

const minutes = (intervals: readonly MinuteInterval[]) => intervals.reduce((a, [s, e]) => a + Math.max(0, e - s), 0);

/** An agent's recorded days as measured days named after the agent's team user (one id across consoles and PCs). */
export function routingDaysOf(agent: AgentCopy): MeasuredDay[] {
  const named = live(agent.records, 'routingAgent')[0];
  const name = typeof named?.agentName === 'string' && named.agentName.trim() ? named.agentName.trim() : agent.user;
  return live(agent.records, 'routingMyDay')
    .filter((r) => typeof r.site === 'string' && typeof r.date === 'string' && Array.isArray(r.received))
    .map((r) => {
      const received = (r.received as unknown[]).map(num);
      return {
        agentId: agent.user,
        agentName: name,
        site: r.site as string,
        date: r.date as string,
        online: normaliseIntervals(Array.isArray(r.online) ? (r.online as MinuteInterval[]) : []),
        busy: normaliseIntervals(Array.isArray(r.busy) ? (r.busy as MinuteInterval[]) : []),
        received,
        total: received.reduce((a, b) => a + b, 0),
      };
    })
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.site.localeCompare(b.site));
}

function routingSummary(days: readonly MeasuredDay[]): RoutingSummary {
  const received = days.reduce((a, d) => a + d.total, 0);
  const dates = days.map((d) => d.date ?? '').filter(Boolean).sort();
  return { days: days.length, received, perDay: ratio(received, days.length), onlineMinutes: days.reduce((a, d) => a + minutes(d.online ?? []), 0), latest: dates[dates.length - 1] ?? null };
}

export function mergeRouting(agents: readonly AgentCopy[]): TeamRouting {
  const perAgent = agents.map((agent) => {
    const days = routingDaysOf(agent);
    return { user: agent.user, name: days[0]?.agentName ?? agent.user, days };
  });
  const days = perAgent.flatMap((a) => a.days);
  return { perAgent: perAgent.map((a) => ({ user: a.user, name: a.name, summary: routingSummary(a.days) })), team: routingSummary(days), days };
}

// ---- relation scans ----------------------------------------------------------------------------

export interface ScanRow {
  user: string;
  setId: string;
  label: string;
  source: 'scan' | 'import';
  startedAt: number;
  /** null: still open (a scan that did not finish). */
  finishedAt: number | null;
  relations: number;
}

export interface TeamScans {
  perAgent: Array<{ user: string; scans: ScanRow[] }>;
  /** Every agent's scans together, latest first. */
  team: ScanRow[];
}

const latestFirst = (a: ScanRow, b: ScanRow) => (b.finishedAt ?? b.startedAt) - (a.finishedAt ?? a.startedAt) || a.user.localeCompare(b.user);

export function mergeScans(agents: readonly AgentCopy[]): TeamScans {
  const perAgent = agents.map((agent) => ({
    user: agent.user,
    scans: live(agent.records, 'relationSet')
      .map(
        (r): ScanRow => ({
          user: agent.user,
          setId: String(r.setId ?? r.id),
          label: typeof r.label === 'string' ? r.label.slice(0, 200) : '',
          source: r.source === 'import' ? 'import' : 'scan',
          startedAt: num(r.startedAt),
          finishedAt: typeof r.finishedAt === 'number' ? r.finishedAt : null,
          relations: num(r.count),
        }),
      )
      .sort(latestFirst),
  }));
  return { perAgent, team: perAgent.flatMap((a) => a.scans).sort(latestFirst) };
}

/** Phrase titles for the usage tables: the shop library first, then each agent's own phrases. */
export function phraseTitles(shop: readonly StoredRecord[], agents: readonly AgentCopy[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const r of [...agents.flatMap((a) => live(a.records, 'phrase')), ...live(shop, 'phrase')]) {
    if (typeof r.title === 'string') titles[r.id] = r.title.slice(0, 120);
  }
  return titles;
}
