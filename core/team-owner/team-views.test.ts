import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../store';
import { describeConflict, mergeRouting, mergeScans, mergeUsage, phraseTitles, ratio, type AgentCopy } from '.';

const meta = (type: string, id: string, fields: Record<string, unknown>): StoredRecord => ({ id, type, schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'x', scope: 'local', ...fields });
const usage = (phraseId: string, count: number, lastUsedAt = 1_000) => meta('phraseUsage', `local:usage:${phraseId}`, { phraseId, count, lastUsedAt });
const picks = (...list: Array<[string, number]>) => meta('replyPicks', 'local:picks', { picks: list.map(([phraseId, count], i) => ({ question: `q${i}`, phraseId, count, at: 2_000 + i })) });
const hours = (at: number, n: number) => Array.from({ length: 24 }, (_, h) => (h === at ? n : 0));
const day = (date: string, received: number[], online: Array<[number, number]> = [[540, 600]]) =>
  meta('routingMyDay', `local:routing-day:pdd:${date}`, { site: 'pdd', date, online, busy: [], received, seen: [], lastIds: [], lastAt: null, onlineOpen: false, busyOpen: false });
const scan = (setId: string, startedAt: number, finishedAt: number | null, count = 10) => meta('relationSet', `local:relset:${setId}`, { setId, source: 'scan', label: `扫描 ${setId}`, startedAt, finishedAt, count, pagesDone: 1, chunkIds: [] });
const outcome = (id: string, fields: Record<string, unknown>) => meta('conversationOutcome', id, { site: 'pdd', buyerId: 'b', source: 'closing', path: [], at: 5, ...fields });

const mei: AgentCopy = { user: 'mei', records: [usage('p_ship', 5), usage('p_hello', 1), picks(['p_ship', 2]), day('2026-11-30', hours(10, 12)), scan('s1', 100, 200), outcome('o1', { resolved: true, sale: false }), outcome('o2', { resolved: false })] };
const lan: AgentCopy = { user: 'lan', records: [usage('p_ship', 3, 9_000), usage('p_own', 4), day('2026-12-01', hours(14, 6)), scan('s2', 300, null)] };
const empty: AgentCopy = { user: 'new', records: [] };

describe('team usage', () => {
  it('adds up the same phrase used by several agents into one row, and keeps each agent apart', () => {
    const merged = mergeUsage([mei, lan]);
    const ship = merged.team.rows.find((r) => r.phraseId === 'p_ship')!;
    expect(ship).toMatchObject({ inserted: 8, picked: 2, agents: 2, lastUsedAt: 9_000 });
    expect(merged.team.inserted).toBe(13);
    expect(ship.share).toEqual({ available: true, value: 8 / 13 });
    // Most used first.
    expect(merged.team.rows.map((r) => r.phraseId)).toEqual(['p_ship', 'p_own', 'p_hello']);
    expect(merged.perAgent.map((a) => [a.user, a.usage.inserted])).toEqual([
      ['mei', 6],
      ['lan', 7],
    ]);
    expect(merged.perAgent[0]!.usage.rows[0]).toMatchObject({ phraseId: 'p_ship', inserted: 5, picked: 2, agents: 1 });
  });

  it('an agent with no data: empty tables, rates not available instead of NaN', () => {
    const merged = mergeUsage([empty]);
    expect(merged.perAgent[0]!.usage).toEqual({ rows: [], inserted: 0, picked: 0 });
    expect(merged.perAgent[0]!.outcomes).toEqual({ conversations: 0, resolved: { available: false }, sale: { available: false } });
    expect(JSON.stringify(merged)).not.toMatch(/NaN|Infinity|null/);
  });

  it('a phrase only picked, never inserted: its share is 0 of a total, or not available when nothing was inserted', () => {
    const onlyPicks: AgentCopy = { user: 'p', records: [picks(['p_x', 3])] };
    expect(mergeUsage([onlyPicks]).team.rows[0]).toMatchObject({ phraseId: 'p_x', inserted: 0, picked: 3, share: { available: false } });
  });

  it('counts outcomes only where the agent said, and leaves out deleted records', () => {
    const merged = mergeUsage([mei, { user: 'gone', records: [{ ...usage('p_ship', 100), deleted: true }] }]);
    expect(merged.perAgent[0]!.outcomes).toEqual({ conversations: 2, resolved: { available: true, value: 0.5 }, sale: { available: true, value: 0 } });
    expect(merged.team.rows.find((r) => r.phraseId === 'p_ship')!.inserted).toBe(5);
    expect(merged.perAgent[1]!.usage.rows).toEqual([]);
  });
});

describe('team routing measurements', () => {
  it('names every day after the agent and merges them for the advisor', () => {
    const named: AgentCopy = { user: 'mei', records: [...mei.records, meta('routingAgent', 'local:routing-agent', { agentId: 'mei-pdd', agentName: '小美' })] };
    const merged = mergeRouting([named, lan, empty]);
    expect(merged.days.map((d) => [d.agentId, d.agentName, d.date, d.total])).toEqual([
      ['mei', '小美', '2026-11-30', 12],
      ['lan', 'lan', '2026-12-01', 6],
    ]);
    expect(merged.perAgent[0]).toMatchObject({ user: 'mei', name: '小美', summary: { days: 1, received: 12, perDay: { available: true, value: 12 }, onlineMinutes: 60 } });
    expect(merged.team).toMatchObject({ days: 2, received: 18, perDay: { available: true, value: 9 }, latest: '2026-12-01' });
    expect(merged.perAgent[2]!.summary).toEqual({ days: 0, received: 0, perDay: { available: false }, onlineMinutes: 0, latest: null });
  });

  it('a team without any agent: nothing measured, nothing divided by zero', () => {
    expect(mergeRouting([]).team.perDay).toEqual({ available: false });
  });
});

describe('team relation scans', () => {
  it('lists each agent\'s scans and the team\'s latest first (an open scan by its start)', () => {
    const merged = mergeScans([mei, lan, empty]);
    expect(merged.team.map((s) => [s.user, s.setId])).toEqual([
      ['lan', 's2'],
      ['mei', 's1'],
    ]);
    expect(merged.perAgent.find((a) => a.user === 'new')!.scans).toEqual([]);
    expect(merged.team[0]).toMatchObject({ finishedAt: null, relations: 10, label: '扫描 s2' });
  });
});

describe('phrase titles and ratios', () => {
  it('takes titles from the shop library over an agent\'s copy', () => {
    const phrase = (id: string, title: string) => meta('phrase', id, { title });
    const titles = phraseTitles([phrase('p_ship', '发货时间')], [{ user: 'lan', records: [phrase('p_own', '我的话术'), phrase('p_ship', '旧标题')] }]);
    expect(titles).toEqual({ p_ship: '发货时间', p_own: '我的话术' });
  });
  it('is not available for a zero or broken whole', () => {
    expect(ratio(1, 0)).toEqual({ available: false });
    expect(ratio(Number.NaN, 3)).toEqual({ available: false });
    expect(ratio(1, 4)).toEqual({ available: true, value: 0.25 });
  });
});

describe('a conflict side by side', () => {
  it('shows each version as text, the differing fields first, who and when', () => {
    const view = describeConflict({
      id: 'phrase:p_1',
      versions: [
        { _id: 'phrase:p_1', _rev: '3-a', id: 'p_1', type: 'phrase', title: '发货', text: '<b>A</b> 的说法', tags: ['物流'], updatedBy: 'boss', updatedAt: 10 },
        { _id: 'phrase:p_1', _rev: '3-b', id: 'p_1', type: 'phrase', title: '发货', text: 'B 的说法', tags: ['物流', '快递'], updatedBy: 'mei', updatedAt: 12 },
      ],
    });
    expect(view).toMatchObject({ type: 'phrase', recordId: 'p_1', label: '发货', differing: ['tags', 'text'], fields: ['tags', 'text', 'title'] });
    expect(view.versions.map((v) => [v.rev, v.updatedBy, v.updatedAt, v.values.text, v.values.tags])).toEqual([
      ['3-a', 'boss', 10, '<b>A</b> 的说法', '物流'],
      ['3-b', 'mei', 12, 'B 的说法', '物流、快递'],
    ]);
  });
  it('bounds a huge value and says a deleted version is deleted', () => {
    const view = describeConflict({ id: 'phraseGroup:g_1', versions: [{ _rev: '2-a', name: 'x'.repeat(5_000) }, { _rev: '2-b', name: 'y', deleted: true }] });
    expect(view.versions[0]!.values.name!.length).toBeLessThanOrEqual(2_001);
    expect(view.versions.map((v) => v.deleted)).toEqual([false, true]);
    expect(view.differing).toEqual(['deleted', 'name']);
  });
});
