import memoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../../core/areas';
import { createMemoryBackend } from '../../core/store';
import { SHOP_DATABASE, toSyncDoc } from '../../core/sync';
import { createTeamRosterService } from '../../core/team-owner';
import { addPouchAdapter, createTeamOwnerDesk, installTeamRules, openTeamDatabase, restoreFromTombstone, syncOnce, type TeamDatabase } from '../../platform/sync';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { createTestClock, createTestStore } from '../helpers/store';
import { shopPhrase } from '../helpers/team-records';

// Node has no IndexedDB: the memory adapter stands in for it on the clients.
addPouchAdapter(memoryAdapter);

let server: CouchServer;
let prefix = 0;

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('boss', 'boss-pw', ['owner']);
  await server.createUser('mei', 'mei-pw', ['agent']);
  await server.createUser('lan', 'lan-pw', ['agent']);
  await installTeamRules(server.url, server.fetchAs(server.admin.name, server.admin.password), ['mei', 'lan']);
});
afterAll(async () => {
  await server?.stop();
});

const phrase = shopPhrase;
const meta = { schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'x', scope: 'local' as const };

function client(user: string, password: string, database = SHOP_DATABASE) {
  prefix += 1;
  return {
    local: openTeamDatabase(`owner-test-${prefix}-${database}`, { adapter: 'memory' }),
    remote: openTeamDatabase(`${server.url}/${database}`, { fetch: server.fetchAs(user, password), skip_setup: true }),
  };
}

describe('undo after a replicated delete', () => {
  it('restores the record on every client, with its fields from the tombstone', async () => {
    const a = client('boss', 'boss-pw');
    const b = client('boss', 'boss-pw');
    await a.local.put(toSyncDoc(phrase('p_undo')));
    await syncOnce(a.local, a.remote);
    await syncOnce(b.local, b.remote);

    const live = await a.local.get('phrase:p_undo');
    await a.local.put(toSyncDoc({ ...phrase('p_undo'), deleted: true, updatedAt: 2_000 }, live._rev));
    await syncOnce(a.local, a.remote);
    await syncOnce(b.local, b.remote);
    await expect(b.local.get('phrase:p_undo')).rejects.toMatchObject({ status: 404 });

    await restoreFromTombstone(a.local, 'phrase:p_undo', { updatedAt: 3_000, updatedBy: 'boss' });
    await syncOnce(a.local, a.remote);
    await syncOnce(b.local, b.remote);
    for (const c of [a, b]) {
      const doc = await c.local.get('phrase:p_undo', { conflicts: true });
      expect(doc).toMatchObject({ title: '标题 p_undo', text: '正文 p_undo', updatedAt: 3_000 });
      expect(doc.deleted).toBeUndefined();
      expect(doc._conflicts ?? []).toEqual([]);
    }
  });

  it('says so when there is nothing to restore', async () => {
    const a = client('boss', 'boss-pw');
    await a.local.put(toSyncDoc(phrase('p_alive')));
    await expect(restoreFromTombstone(a.local, 'phrase:p_alive', { updatedAt: 1, updatedBy: 'boss' })).rejects.toThrow(/not deleted/);
    await expect(restoreFromTombstone(a.local, 'phrase:p_never', { updatedAt: 1, updatedBy: 'boss' })).rejects.toThrow(/never held it/);
  });
});

describe("the owner's desk", () => {
  /** The owner's browser: its local databases, record store and desk, connected as `boss`. */
  function ownerBrowser() {
    prefix += 1;
    const locals = new Map<string, TeamDatabase>();
    const openLocal = (name: string) => {
      if (!locals.has(name)) locals.set(name, openTeamDatabase(`desk-${prefix}-${name}`, { adapter: 'memory' }));
      return locals.get(name)!;
    };
    const store = createTestStore({ backend: createMemoryBackend(), now: createTestClock(), actor: 'boss', lang: 'en' });
    const roster = createTeamRosterService({ store, lang: 'en' });
    const connection = { enabled: true, serverUrl: server.url, userName: 'boss', roles: ['owner'] };
    const desk = createTeamOwnerDesk({
      keeper: { connection: async () => connection },
      openLocal,
      openRemote: (url) => openTeamDatabase(url, { fetch: server.fetchAs('boss', 'boss-pw'), skip_setup: true }),
      store,
      roster,
      schemas: RECORD_SCHEMAS,
      now: () => 5_000,
      lang: 'en',
    });
    const shop = { local: openLocal('team-shop'), remote: openTeamDatabase(`${server.url}/shop`, { fetch: server.fetchAs('boss', 'boss-pw'), skip_setup: true }) };
    return { desk, roster, store, shop, connection };
  }

  it('shows an unmergeable conflict with both versions; the choice wins on the server and the loser is closed', async () => {
    const owner = ownerBrowser();
    const other = client('boss', 'boss-pw');
    await owner.shop.local.put(toSyncDoc(phrase('p_conflict')));
    await syncOnce(owner.shop.local, owner.shop.remote);
    await syncOnce(other.local, other.remote);
    const edit = async (db: TeamDatabase, text: string, by: string) => {
      const doc = await db.get('phrase:p_conflict');
      await db.put({ ...doc, text, updatedBy: by, updatedAt: 2_000 });
    };
    await edit(owner.shop.local, '本机的说法', 'boss');
    await edit(other.local, '另一台的说法', 'boss-pc2');
    await syncOnce(other.local, other.remote);
    await syncOnce(owner.shop.local, owner.shop.remote);

    const listed = (await owner.desk.conflicts()).value;
    expect(listed.access).toEqual({ state: 'owner', userName: 'boss' });
    expect(listed.conflicts).toHaveLength(1);
    const conflict = listed.conflicts[0]!;
    expect(conflict).toMatchObject({ id: 'phrase:p_conflict', label: '标题 p_conflict', differing: ['text'] });
    expect(conflict.versions.map((v) => v.values.text).sort()).toEqual(['另一台的说法', '本机的说法']);

    const keep = conflict.versions.find((v) => v.values.text === '另一台的说法')!;
    await owner.desk.choose(conflict.id, keep.rev);
    expect((await owner.desk.conflicts()).value.conflicts).toEqual([]);
    await syncOnce(owner.shop.local, owner.shop.remote);
    await syncOnce(other.local, other.remote);
    for (const db of [owner.shop.local, other.local]) {
      const doc = await db.get('phrase:p_conflict', { conflicts: true });
      expect(doc.text).toBe('另一台的说法');
      expect(doc._conflicts ?? []).toEqual([]);
    }
    // A stale choice (the version is gone) is refused in words, nothing written.
    await expect(owner.desk.choose(conflict.id, keep.rev)).rejects.toThrow(/no longer there/);
  });

  it("pulls each roster agent's database and merges their usage, measurements and scans", async () => {
    const mei = client('mei', 'mei-pw', 'agent-mei');
    const lan = client('lan', 'lan-pw', 'agent-lan');
    const usage = (phraseId: string, count: number) => toSyncDoc({ id: `local:usage:${phraseId}`, type: 'phraseUsage', ...meta, phraseId, count, lastUsedAt: 4_000 });
    const received = Array.from({ length: 24 }, (_, h) => (h === 10 ? 7 : 0));
    await mei.local.bulkDocs([
      usage('p_ship', 5),
      toSyncDoc({ id: 'local:routing-day:pdd:2026-11-30', type: 'routingMyDay', ...meta, site: 'pdd', date: '2026-11-30', online: [[540, 600]], busy: [], received, seen: [], lastIds: [], lastAt: null, onlineOpen: false, busyOpen: false }),
      toSyncDoc({ id: 'local:relset:s1', type: 'relationSet', ...meta, setId: 'set_1', source: 'scan', label: '周一扫描', startedAt: 100, finishedAt: 200, count: 30, pagesDone: 3, chunkIds: [] }),
    ]);
    await lan.local.bulkDocs([usage('p_ship', 2), usage('p_lan', 1)]);
    await syncOnce(mei.local, mei.remote);
    await syncOnce(lan.local, lan.remote);

    const owner = ownerBrowser();
    await owner.roster.add('mei');
    await owner.roster.add('lan');
    await owner.roster.add('ghost'); // on the roster, but the server has no database for them
    const pulled = (await owner.desk.pullAgents()).value;
    expect(pulled.agents.map((a) => [a.user, a.failure, a.records])).toEqual([
      ['ghost', 'missing', 0],
      ['lan', null, 2],
      ['mei', null, 3],
    ]);

    const views = (await owner.desk.views()).value;
    expect(views.usage.team.rows.find((r) => r.phraseId === 'p_ship')).toMatchObject({ inserted: 7, agents: 2 });
    expect(views.routing.team).toMatchObject({ days: 1, received: 7 });
    expect(views.scans.team).toEqual([expect.objectContaining({ user: 'mei', label: '周一扫描', relations: 30 })]);
    expect(views.agents.find((a) => a.user === 'mei')).toMatchObject({ pulledAt: 5_000, failure: null });

    // The routing advisor's team list now holds the measured day, without any file.
    const teamDays = await owner.store.list('routingTeamDay');
    expect(teamDays).toEqual([expect.objectContaining({ agentId: 'mei', source: 'team', total: 7, date: '2026-11-30' })]);
    // Pulled again unchanged: nothing rewritten.
    const before = teamDays[0]!.updatedAt;
    await owner.desk.pullAgents();
    expect((await owner.store.list('routingTeamDay'))[0]!.updatedAt).toBe(before);
  });

  it('an agent connection sees no owner screens', async () => {
    const owner = ownerBrowser();
    owner.connection.roles = ['agent'];
    expect((await owner.desk.conflicts()).value).toEqual({ access: { state: 'not-owner', userName: 'boss' }, merged: 0, conflicts: [] });
    await expect(owner.desk.choose('phrase:x', '1-abc')).rejects.toThrow(/shop owner/);
  });
});
