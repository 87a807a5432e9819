import memoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { toSyncDoc, type SyncStatus } from '../../core/sync';
import { addPouchAdapter, openTeamDatabase, type TeamDatabase } from '.';
import { createTeamSync, databasesFor, type TeamConnection } from './team-sync';

addPouchAdapter(memoryAdapter);
let n = 0;

function setUp(connection: TeamConnection | undefined, remote: (url: string) => TeamDatabase) {
  n += 1;
  let status: SyncStatus = {};
  const opened: string[] = [];
  const sync = createTeamSync({
    keeper: { connection: async () => connection, status: async () => status, saveStatus: async (s) => void (status = s) },
    openLocal: (name) => {
      opened.push(name);
      return openTeamDatabase(`t${n}-${name}`, { adapter: 'memory' });
    },
    openRemote: remote,
    now: () => 42_000,
  });
  return { sync, opened, status: () => status };
}

const owner: TeamConnection = { enabled: true, serverUrl: 'https://couch.example/', userName: 'boss', roles: ['owner'] };

describe('team sync runs', () => {
  it('does nothing at all while sync is off (the default)', async () => {
    for (const connection of [undefined, { ...owner, enabled: false }]) {
      const { sync, opened, status } = setUp(connection, () => {
        throw new Error('must not open the server');
      });
      expect(await sync.run()).toEqual({ ran: false });
      expect(opened).toEqual([]);
      expect(status()).toEqual({});
    }
  });

  it('pulls the shop library and records the success', async () => {
    const server = openTeamDatabase(`server-${n}`, { adapter: 'memory' });
    await server.put(toSyncDoc({ id: 'p_1', type: 'phrase', schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'boss', scope: 'shop', title: 't', text: 'x', groupId: null, order: 1, stage: null, tags: [] }));
    const urls: string[] = [];
    const { sync, status } = setUp(owner, (url) => (urls.push(url), server));
    expect(await sync.run()).toEqual({ ran: true, status: { lastSuccessAt: 42_000 } });
    expect(urls).toEqual(['https://couch.example/shop']);
    expect(status().lastSuccessAt).toBe(42_000);
  });

  it('keeps the last failure with its kind, and the last success before it', async () => {
    // The server cannot be reached: every request fails the way fetch does offline.
    const down = new Proxy(openTeamDatabase(`down-${n}`, { adapter: 'memory' }), {
      get(target, key) {
        if (key === 'info' || key === 'id' || key === 'get' || key === 'bulkDocs' || key === 'changes' || key === 'revsDiff' || key === 'bulkGet' || key === 'put') {
          return () => Promise.reject(new TypeError('fetch failed'));
        }
        return Reflect.get(target, key);
      },
    });
    const { sync } = setUp(owner, () => down);
    const result = await sync.run();
    expect(result).toEqual({ ran: true, status: { lastFailure: { at: 42_000, kind: 'network' } } });
  });

  it('an agent pulls the shop and syncs their own database', () => {
    expect(databasesFor({ ...owner, userName: 'Mei', roles: ['agent'] })).toEqual([
      { name: 'shop', pullOnly: true },
      { name: 'agent-mei', pullOnly: false },
    ]);
    expect(databasesFor(owner)).toEqual([{ name: 'shop', pullOnly: false }]);
  });

  it('never runs two syncs at once', async () => {
    const server = openTeamDatabase(`server2-${n}`, { adapter: 'memory' });
    let opens = 0;
    const { sync } = setUp(owner, () => (opens++, server));
    const [a, b] = await Promise.all([sync.run(), sync.run()]);
    expect(a).toBe(b);
    expect(opens).toBe(1);
  });
});
