import 'fake-indexeddb/auto';
import memoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it, vi } from 'vitest';
import type { StoredRecord } from '../../core/store';
import { toSyncDoc } from '../../core/sync';
import { createTestClock, createTestStore } from '../../test/helpers/store';
import { createIdbBackend } from '../idb-backend';
import { createKeepAlive } from './keep-alive';
import { shareLocalDatabases } from './local-databases';
import { createTeamAwareBackend } from './team-backend';
import { createTeamMembership } from './team-membership';
import { addPouchAdapter, openTeamDatabase, type TeamDatabase } from './team-pouch';
import { createTeamStoreModeKeeper } from './team-store-mode';
import { createTeamSync, type TeamConnection } from './team-sync';
import { TEAM_SYNC_ALARM } from './team-sync-alarms';
import { shopPhrase } from '../../test/helpers/team-records';

addPouchAdapter(memoryAdapter);
let n = 0;

const phrase = shopPhrase;

const owner: TeamConnection = { enabled: true, serverUrl: 'https://couch.example', userName: 'boss', roles: ['owner'] };

/** A "server" (memory databases by URL) shared by the browsers of one test. */
function teamServer() {
  n += 1;
  const dbs = new Map<string, TeamDatabase>();
  return {
    open(url: string): TeamDatabase {
      let db = dbs.get(url);
      if (!db) dbs.set(url, (db = openTeamDatabase(`server${n}-${encodeURIComponent(url)}`, { adapter: 'memory' })));
      return db;
    },
    shop(): TeamDatabase {
      return this.open('https://couch.example/shop');
    },
  };
}

/** One browser's background: store on the team-aware backend, membership, fake alarms. */
function background(server: ReturnType<typeof teamServer>, rows: StoredRecord[] = [], connection: TeamConnection | undefined = owner, delayMs = 10) {
  n += 1;
  const idbName = `membership-${n}`;
  const settings: Record<string, unknown> = {};
  const area = { get: async (k: string) => settings[k], set: async (k: string, v: unknown) => void (settings[k] = v) };
  const openLocal = shareLocalDatabases((name) => openTeamDatabase(`b${n}-${name}`, { adapter: 'memory' }));
  const mode = createTeamStoreModeKeeper(area);
  const keeper = { connection: async () => connection, status: async () => ({}), saveStatus: async () => undefined };
  const alarmCalls: string[] = [];
  let onAlarm: ((alarm: { name: string }) => void) | undefined;
  const alarms = {
    create: (name: string) => void alarmCalls.push(`create ${name}`),
    clear: async (name: string) => void alarmCalls.push(`clear ${name}`),
    get: async (name: string) => (alarmCalls.filter((c) => c.endsWith(name)).at(-1)?.startsWith('create') ? { name } : undefined),
    onAlarm: { addListener: (l: (alarm: { name: string }) => void) => void (onAlarm = l) },
  };
  const seeded = createIdbBackend(idbName).commit(rows);
  const backend = createTeamAwareBackend({ local: createIdbBackend(idbName), mode, openLocal });
  const store = createTestStore({ backend, now: createTestClock(1_770_000_000_000), actor: 'local' });
  const sync = createTeamSync({ keeper, openLocal, openRemote: (url) => server.open(url), now: () => 5 });
  const changed: string[][] = [];
  const runs = vi.fn(() => sync.run());
  const membership = createTeamMembership({
    store,
    backend,
    mode,
    keeper,
    sync: { run: runs },
    alarms,
    onChanged: (records) => void changed.push(records.map((r) => r.id)),
    delayMs,
  });
  return { store, backend, membership, mode, alarmCalls, changed, runs, seeded, openLocal, fireAlarm: () => onAlarm?.({ name: TEAM_SYNC_ALARM }) };
}

describe('team membership', () => {
  it('joined: the library moves into PouchDB, the first sync pushes it, the alarm is set', async () => {
    const server = teamServer();
    const bg = background(server, [phrase('p_a'), phrase('p_b', { deleted: true })]);
    await bg.seeded;
    await bg.membership.joined(owner);
    expect(bg.alarmCalls).toContain(`create ${TEAM_SYNC_ALARM}`);
    expect(bg.runs).toHaveBeenCalledTimes(1);
    const onServer = await server.shop().allDocs({ keys: ['phrase:p_a', 'phrase:p_b'] });
    expect(onServer.rows.map((r) => r.value)).toEqual([expect.objectContaining({ rev: expect.any(String) }), expect.objectContaining({ deleted: true })]);
    expect(await bg.store.get('p_a')).toMatchObject({ title: '标题 p_a' });
  });

  it("a change on the server reaches the store at the next alarm, without a reload, and the pages are told", async () => {
    const server = teamServer();
    const bg = background(server, [phrase('p_a')]);
    await bg.seeded;
    await bg.membership.joined(owner);
    await server.shop().put(toSyncDoc(phrase('p_new', { title: '店主新加的', updatedAt: 2_000 })));
    bg.changed.length = 0;
    bg.fireAlarm();
    await vi.waitFor(async () => expect(await bg.store.get('p_new')).toMatchObject({ title: '店主新加的' }));
    expect(bg.changed).toEqual([['p_new']]);
  });

  it('two PCs of the owner edit different fields of one phrase at once: both end with the merged phrase', async () => {
    const server = teamServer();
    const a = background(server, [phrase('p_x')]);
    await a.seeded;
    await a.membership.joined(owner);
    const b = background(server);
    await b.membership.joined(owner);
    const held = (await b.store.get('p_x'))!;
    const heldA = (await a.store.get('p_x'))!;
    await a.store.write([{ put: { ...heldA, title: 'A 改的标题' } }]);
    await b.store.write([{ put: { ...held, text: 'B 改的正文' } }]);
    await a.membership.syncNow();
    await b.membership.syncNow();
    await a.membership.syncNow();
    for (const pc of [a, b]) expect(await pc.store.get('p_x')).toMatchObject({ title: 'A 改的标题', text: 'B 改的正文' });
  });

  it('syncSoon: one run after a burst of writes; nothing at all outside a team', async () => {
    const server = teamServer();
    const off = background(server, [], undefined);
    await off.store.open();
    off.membership.syncSoon();
    await new Promise((r) => setTimeout(r, 50));
    expect(off.runs).not.toHaveBeenCalled();

    // A delay long enough that the five writes (slow on a loaded machine) fall inside it.
    const bg = background(server, [phrase('p_a')], owner, 1500);
    await bg.seeded;
    await bg.membership.joined(owner);
    bg.runs.mockClear();
    for (let i = 0; i < 5; i++) {
      await bg.store.write([{ put: { ...phrase(`p_burst_${i}`), createdAt: undefined } }]);
      bg.membership.syncSoon();
    }
    expect(bg.runs).not.toHaveBeenCalled();
    await vi.waitFor(async () => expect((await server.shop().allDocs({ keys: ['phrase:p_burst_4'] })).rows[0]?.value?.rev).toBeDefined(), { timeout: 15_000 });
    expect(bg.runs).toHaveBeenCalledTimes(1);
  });

  it('left: everything stays in IndexedDB, the alarm is cleared; start() finishes a leaving cut off', async () => {
    const server = teamServer();
    const bg = background(server, [phrase('p_a')]);
    await bg.seeded;
    await bg.membership.joined(owner);
    await server.shop().put(toSyncDoc(phrase('p_team', { updatedAt: 3_000 })));
    await bg.membership.syncNow();
    await bg.membership.left();
    expect(bg.alarmCalls.at(-1)).toBe(`clear ${TEAM_SYNC_ALARM}`);
    expect(await bg.mode.get()).toBeUndefined();
    const idbOnly = createTestStore({ backend: createIdbBackend(`membership-${n}`), now: createTestClock(), actor: 'x' });
    expect((await idbOnly.list('phrase')).map((r) => r.id).sort()).toEqual(['p_a', 'p_team']);
  });

  it('start(): a connection saved whose joining never ran is joined at the next wake', async () => {
    const server = teamServer();
    const bg = background(server, [phrase('p_a')]);
    await bg.seeded;
    await bg.membership.start();
    expect(await bg.mode.get()).toEqual({ mode: 'team', user: 'boss' });
    expect((await server.shop().allDocs({ keys: ['phrase:p_a'] })).rows[0]?.value?.rev).toBeDefined();
  });
});

describe('keep-alive', () => {
  it('pings only while work is in flight', async () => {
    vi.useFakeTimers();
    try {
      const ping = vi.fn(async () => undefined);
      const keepAlive = createKeepAlive(ping, 1000);
      let finish!: () => void;
      const work = keepAlive(new Promise<void>((r) => (finish = r)));
      await vi.advanceTimersByTimeAsync(3500);
      expect(ping).toHaveBeenCalledTimes(3);
      finish();
      await work;
      await vi.advanceTimersByTimeAsync(5000);
      expect(ping).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
