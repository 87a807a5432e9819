import { describe, expect, it } from 'vitest';
import { createProtocolClient } from '../../client';
import { createRequestHandler, type SenderKind } from '../../protocol';
import { createMemoryBackend } from '../../store';
import { createTestStore } from '../../../test/helpers/store';
import { createRoutingMeasuresService, fixedClock, routingMeasuresArea, type Sample } from '.';

// UTC+8; 2026-12-01 00:00 local.
const MIDNIGHT = Date.UTC(2026, 10, 30, 16);
const at = (hh: number, mm = 0) => MIDNIGHT + (hh * 60 + mm) * 60_000;

function setup() {
  const backend = createMemoryBackend();
  let t = at(12);
  const now = () => t;
  const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
  const service = createRoutingMeasuresService({ store, now, lang: 'en', clock: fixedClock(480) });
  const handle = createRequestHandler(routingMeasuresArea.requests!({ routingMeasures: service }), { lang: 'en', onWritten: () => {} });
  const clientAs = (sender: SenderKind) => createProtocolClient((message) => handle(message, sender), 'en');
  return { backend, store, console: clientAs('console'), options: clientAs('options'), setNow: (v: number) => (t = v) };
}

const minutes = (from: number, count: number, ids: (i: number) => string[]): Sample[] =>
  Array.from({ length: count }, (_, i) => ({ at: at(9, from + i), online: true, waiting: i % 10 < 3 ? 6 : 1, buyerIds: ids(from + i) }));

describe('routingMeasures requests', () => {
  it('records samples into my day, exports the day file with counts only, and the owner imports it', async () => {
    const s = setup();
    const ids = (i: number) => Array.from({ length: 1 + Math.floor(i / 5) }, (_, k) => `tb_buyer_${k}`);
    const first = await s.console.request({ kind: 'recordRoutingSamples', site: 'taobao', samples: minutes(0, 30, ids) });
    expect(first).toEqual({ ok: true, value: { date: '2026-12-01', total: 6 } });
    await s.console.request({ kind: 'recordRoutingSamples', site: 'taobao', samples: minutes(30, 30, ids) });

    const mine = await s.console.request({ kind: 'getMyRoutingDays' });
    expect(mine.ok && mine.value.agent).toBe(null);
    expect(mine.ok && mine.value.days).toEqual([expect.objectContaining({ site: 'taobao', date: '2026-12-01', online: [[540, 599]], total: 12 })]);
    expect(mine.ok && mine.value.days[0]!.busy).toHaveLength(6);
    expect(JSON.stringify(s.backend.peek())).not.toContain('tb_buyer');

    const refused = await s.console.request({ kind: 'exportRoutingDay', site: 'taobao', date: '2026-12-01' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('Enter your agent account') } });
    await s.console.request({ kind: 'setRoutingAgent', id: '小美' });
    const exported = await s.console.request({ kind: 'exportRoutingDay', site: 'taobao', date: '2026-12-01' });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.fileName).toBe('小美-2026-12-01.kefu-day.json');
    expect(exported.value.content).not.toContain('tb_buyer');

    // The console page may not import team data; the options page may.
    const files = [{ name: exported.value.fileName, text: exported.value.content }];
    expect(await s.console.request({ kind: 'importRoutingDayFiles', files })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const imported = await s.options.request({ kind: 'importRoutingDayFiles', files });
    expect(imported).toEqual({ ok: true, value: { imported: [{ file: files[0]!.name, agentName: '小美', date: '2026-12-01', replaced: false }], refused: [] } });
    const again = await s.options.request({ kind: 'importRoutingDayFiles', files: [...files, { name: 'broken.json', text: '{"format":"kefu-routing-day","version":1}' }] });
    expect(again.ok && again.value.imported[0]!.replaced).toBe(true);
    expect(again.ok && again.value.refused).toEqual([{ file: 'broken.json', errors: expect.arrayContaining(['File broken.json: field agent: missing or of the wrong type (expected object)']) }]);

    const team = await s.options.request({ kind: 'getRoutingTeamDays' });
    expect(team.ok && team.value).toEqual([expect.objectContaining({ agentName: '小美', date: '2026-12-01', total: 12, source: 'file', online: [[540, 599]] })]);
  });

  it('adds counts (table or hand), replaces the same agent-day, deletes', async () => {
    const s = setup();
    const day = { agentId: 'Mei', agentName: 'Mei', site: '', date: '2026-12-01', online: null, busy: null, received: null, total: 40 };
    expect(await s.options.request({ kind: 'addRoutingCounts', source: 'hand', days: [day] })).toEqual({ ok: true, value: { added: 1, replaced: 0 } });
    expect(await s.options.request({ kind: 'addRoutingCounts', source: 'table', days: [{ ...day, total: 50 }, { ...day, agentId: 'Qiang', agentName: 'Qiang' }] })).toEqual({
      ok: true,
      value: { added: 2, replaced: 1 },
    });
    const team = await s.options.request({ kind: 'getRoutingTeamDays' });
    if (!team.ok) throw new Error();
    expect(team.value.map((d) => [d.agentName, d.total, d.source])).toEqual([
      ['Mei', 50, 'table'],
      ['Qiang', 40, 'table'],
    ]);
    expect(await s.options.request({ kind: 'deleteRoutingTeamDays', ids: [team.value[0]!.id, 'local:nothing'] })).toEqual({ ok: true, value: { deleted: 1 } });
    const bad = await s.options.request({ kind: 'addRoutingCounts', source: 'hand', days: [{ ...day, total: -1 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keeps a bounded history of my days', async () => {
    const s = setup();
    for (let d = 0; d < 62; d++) {
      await s.console.request({ kind: 'recordRoutingSamples', site: 'taobao', samples: [{ at: at(10) + d * 86_400_000, online: true, waiting: 0, buyerIds: ['x'] }] });
    }
    const mine = await s.console.request({ kind: 'getMyRoutingDays' });
    expect(mine.ok && mine.value.days.length).toBe(60);
    expect(mine.ok && mine.value.days[0]!.date).toBe('2027-01-31');
    // Only the current day keeps the buyers' hashes.
    const stored = (await s.store.list('routingMyDay')).filter((r) => (r.seen as string[]).length > 0);
    expect(stored.map((r) => r.date)).toEqual(['2027-01-31']);
  });
});
