import { describe, expect, it } from 'vitest';
import { createTeamService } from '../../core/team';
import { createTeamPorts } from './team-ports';
import { createTeamSyncKeeper, type StorageAreaLike } from './team-sync-keeper';
import { TEAM_SYNC_ALARM, TEAM_SYNC_PERIOD_MINUTES } from './team-sync-alarms';

const ORIGIN = 'http://127.0.0.1:5984';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

function memoryStorage(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (key) => structuredClone(data.get(key)), set: async (key, value) => void data.set(key, structuredClone(value)) };
}

describe('the team service wired as the background does', () => {
  it('joins and leaves through the keeper, the alarm, the host permission and CouchDB\'s session API', async () => {
    const storage = memoryStorage();
    const keeper = createTeamSyncKeeper(storage);
    const log: string[] = [];
    const granted = new Set([`${ORIGIN}/*`]);
    const ports = createTeamPorts({
      keeper,
      membership: { joined: async (c) => void log.push(`joined ${c.userName} ${c.roles.join(',')}`), left: async () => void log.push('left') },
      alarms: { create: (name, info) => void log.push(`alarm ${name} every ${info.periodInMinutes} min`), clear: async (name) => void log.push(`clear ${name}`) },
      permissions: { contains: async (p) => p.origins.every((o) => granted.has(o)), remove: async (p) => (log.push(`remove ${p.origins.join()}`), p.origins.every((o) => granted.delete(o))) },
      run: async () => void log.push('run'),
      fetch: async (url, init) => {
        log.push(`${init?.method ?? 'GET'} ${url}`);
        if (init?.method === 'POST') return json(200, { ok: true, name: 'boss', roles: ['owner'] });
        if (init?.method === 'DELETE') return json(200, { ok: true });
        return json(200, { ok: true, userCtx: { name: 'boss', roles: ['owner'] } });
      },
    });
    const team = createTeamService(ports, 'en');

    expect(await team.connect({ serverUrl: ORIGIN, user: 'boss', password: 'pw' })).toMatchObject({ connected: true, role: 'owner', userName: 'boss' });
    expect(await keeper.connection()).toEqual({ enabled: true, serverUrl: ORIGIN, userName: 'boss', roles: ['owner'] });
    expect(JSON.stringify([...storage.data])).not.toContain('"pw"');
    await team.syncNow();
    expect(await team.leave()).toEqual({ connected: false });
    expect(log).toEqual([
      `POST ${ORIGIN}/_session`,
      `GET ${ORIGIN}/_session`,
      `alarm ${TEAM_SYNC_ALARM} every ${TEAM_SYNC_PERIOD_MINUTES} min`,
      'joined boss owner',
      'run',
      `clear ${TEAM_SYNC_ALARM}`,
      'left',
      `DELETE ${ORIGIN}/_session`,
      `remove ${ORIGIN}/*`,
    ]);
    expect(await keeper.connection()).toMatchObject({ enabled: false });
    expect(granted.size).toBe(0);
  });
});
