import memoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KEY, STATUS_KEY } from './team-sync-keeper';
import { TEAM_SYNC_ALARM, startTeamSync } from './team-sync-alarms';
import { addPouchAdapter, openTeamDatabase } from './team-pouch';

addPouchAdapter(memoryAdapter);
const openLocal = (name: string) => openTeamDatabase(`alarms-${name}`, { adapter: 'memory' });

function fakes(stored: Record<string, unknown>) {
  const calls: string[] = [];
  const storage = {
    get: async (key: string) => stored[key],
    set: async (key: string, value: unknown) => void (stored[key] = value),
  };
  const alarms = {
    create: (name: string, info: { periodInMinutes: number }) => void calls.push(`create ${name} ${info.periodInMinutes}`),
    clear: async (name: string) => void calls.push(`clear ${name}`),
    onAlarm: { addListener: () => calls.push('listen') },
  };
  return { storage, alarms, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('team sync behind its switch', () => {
  it('off by default: clears the alarm and stores nothing', async () => {
    const stored: Record<string, unknown> = {};
    const { storage, alarms, calls } = fakes(stored);
    startTeamSync({ storage, alarms, now: () => 1, openLocal });
    await settle();
    expect(calls).toEqual(['listen', `clear ${TEAM_SYNC_ALARM}`]);
    expect(stored).toEqual({});
  });

  it('a damaged connection entry counts as off', async () => {
    const stored: Record<string, unknown> = { [CONNECTION_KEY]: { enabled: true, serverUrl: 'javascript:alert(1)', userName: 'x', roles: [] } };
    const { storage, alarms, calls } = fakes(stored);
    startTeamSync({ storage, alarms, now: () => 1, openLocal });
    await settle();
    expect(calls).toContain(`clear ${TEAM_SYNC_ALARM}`);
    expect(stored[STATUS_KEY]).toBeUndefined();
  });

  it('on: sets the periodic alarm and runs (here the server is unreachable: the failure is kept)', async () => {
    const stored: Record<string, unknown> = { [CONNECTION_KEY]: { enabled: true, serverUrl: 'http://127.0.0.1:9', userName: 'boss', roles: ['owner'] } };
    const { storage, alarms, calls } = fakes(stored);
    const team = startTeamSync({ storage, alarms, now: () => 7, openLocal });
    await team.run();
    expect(calls).toContain(`create ${TEAM_SYNC_ALARM} 2`);
    expect(stored[STATUS_KEY]).toEqual({ lastFailure: { at: 7, kind: 'network' } });
  });
});
