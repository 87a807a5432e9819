import memoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOP_DATABASE, toSyncDoc } from '../../core/sync';
import type { StoredRecord } from '../../core/store';
import { addPouchAdapter, chooseVersion, conflictedIds, installTeamRules, openTeamDatabase, resolveConflicts, syncOnce, type TeamDatabase } from '../../platform/sync';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { shopPhrase } from '../helpers/team-records';

// Node has no IndexedDB: the memory adapter stands in for it on the clients.
addPouchAdapter(memoryAdapter);

let server: CouchServer;
let clientCount = 0;

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('boss', 'boss-pw', ['owner']);
  await server.createUser('mei', 'mei-pw', ['agent']);
  await installTeamRules(server.url, server.fetchAs(server.admin.name, server.admin.password), ['mei']);
});
afterAll(async () => {
  await server?.stop();
});

/** One client (a browser profile): a fresh local database and the shop on the server, logged in as `user`. */
function client(user: string, password: string, database = SHOP_DATABASE): { local: TeamDatabase; remote: TeamDatabase } {
  clientCount += 1;
  return {
    local: openTeamDatabase(`client-${clientCount}-${database}`, { adapter: 'memory' }),
    remote: openTeamDatabase(`${server.url}/${database}`, { fetch: server.fetchAs(user, password), skip_setup: true }),
  };
}

const phrase = shopPhrase;

/** Edits a record in a local database the way the store would: a new revision of its document. */
async function edit(db: TeamDatabase, id: string, fields: Partial<StoredRecord>): Promise<void> {
  const current = await db.get(`phrase:${id}`);
  await db.put({ ...current, ...fields, updatedAt: (current.updatedAt as number) + 1 });
}

describe('team sync against pouchdb-server on 127.0.0.1', () => {
  it('two clients push and pull', async () => {
    const owner = client('boss', 'boss-pw');
    const ownerPc2 = client('boss', 'boss-pw');
    await owner.local.put(toSyncDoc(phrase('p_push')));
    expect(await syncOnce(owner.local, owner.remote)).toMatchObject({ pushed: 1, refused: [] });
    const second = await syncOnce(ownerPc2.local, ownerPc2.remote);
    expect(second.pulled).toBeGreaterThanOrEqual(1);
    expect((await ownerPc2.local.get('phrase:p_push')).title).toBe('标题 p_push');
  });

  it('a delete replicates as a tombstone', async () => {
    const a = client('boss', 'boss-pw');
    const b = client('boss', 'boss-pw');
    await a.local.put(toSyncDoc(phrase('p_del')));
    await syncOnce(a.local, a.remote);
    await syncOnce(b.local, b.remote);
    const doc = await a.local.get('phrase:p_del');
    await a.local.put({ ...doc, ...toSyncDoc({ ...phrase('p_del'), deleted: true }, doc._rev) });
    await syncOnce(a.local, a.remote);
    await syncOnce(b.local, b.remote);
    await expect(b.local.get('phrase:p_del')).rejects.toMatchObject({ status: 404 });
    const listed = await b.local.allDocs({ keys: ['phrase:p_del'] });
    expect(listed.rows[0]?.value).toMatchObject({ deleted: true });
    // The tombstone keeps the fields, so an undo can bring the phrase back from any copy.
    const tombstone = await b.local.get('phrase:p_del', { rev: listed.rows[0]!.value.rev });
    expect(tombstone.title).toBe('标题 p_del');
  });

  it('an agent may read the shop library but the server refuses their write', async () => {
    const owner = client('boss', 'boss-pw');
    await owner.local.put(toSyncDoc(phrase('p_read')));
    await syncOnce(owner.local, owner.remote);

    const agent = client('mei', 'mei-pw');
    await agent.local.put(toSyncDoc(phrase('p_agent', { updatedBy: 'mei' })));
    const run = await syncOnce(agent.local, agent.remote);
    expect(run.pulled).toBeGreaterThanOrEqual(1);
    expect((await agent.local.get('phrase:p_read')).title).toBe('标题 p_read');
    expect(run.pushed).toBe(0);
    expect(run.refused).toEqual([expect.stringMatching(/^phrase:p_agent: .*owner/)]);
    const onServer = await server.fetchAs('boss', 'boss-pw')(`${server.url}/shop/phrase:p_agent`);
    expect(onServer.status).toBe(404);
  });

  it('an agent writes their own database, which the owner reads and another agent cannot', async () => {
    await server.createUser('lan', 'lan-pw', ['agent']);
    const mei = client('mei', 'mei-pw', 'agent-mei');
    await mei.local.put(toSyncDoc(phrase('p_mine', { scope: 'agent', updatedBy: 'mei' })));
    expect(await syncOnce(mei.local, mei.remote)).toMatchObject({ pushed: 1, refused: [] });
    const owner = client('boss', 'boss-pw', 'agent-mei');
    await syncOnce(owner.local, owner.remote, { pullOnly: true });
    expect((await owner.local.get('phrase:p_mine')).updatedBy).toBe('mei');
    const lan = await server.fetchAs('lan', 'lan-pw')(`${server.url}/agent-mei/phrase:p_mine`);
    expect(lan.status).toBeGreaterThanOrEqual(401);
  });
});

describe('conflicts', () => {
  /** Two owner PCs with the same phrase, synced. */
  async function twoCopies(id: string) {
    const a = client('boss', 'boss-pw');
    const b = client('boss', 'boss-pw');
    await a.local.put(toSyncDoc(phrase(id)));
    await syncOnce(a.local, a.remote);
    await syncOnce(b.local, b.remote);
    return { a, b };
  }

  /** Syncs both clients until neither has anything left to move. */
  async function settleSync(...clients: Array<{ local: TeamDatabase; remote: TeamDatabase }>) {
    for (let round = 0; round < 3; round++) for (const c of clients) await syncOnce(c.local, c.remote);
  }

  it('edits of different fields: both versions kept by the server, merged, the same winner on both clients', async () => {
    const { a, b } = await twoCopies('p_merge');
    await edit(a.local, 'p_merge', { title: '新标题' });
    await edit(b.local, 'p_merge', { text: '新正文' });
    await settleSync(a, b);

    // Both versions are seen on both clients: CouchDB kept the loser in `_conflicts`.
    for (const c of [a, b]) expect((await c.local.get('phrase:p_merge', { conflicts: true }))._conflicts).toHaveLength(1);
    expect(await conflictedIds(b.local)).toContain('phrase:p_merge');

    const resolution = await resolveConflicts(a.local, 'phrase:p_merge');
    expect(resolution.kind).toBe('merged');
    await settleSync(a, b);

    for (const c of [a, b]) {
      const doc = await c.local.get('phrase:p_merge', { conflicts: true });
      expect(doc).toMatchObject({ title: '新标题', text: '新正文' });
      expect(doc._conflicts ?? []).toEqual([]);
    }
    expect((await a.local.get('phrase:p_merge'))._rev).toBe((await b.local.get('phrase:p_merge'))._rev);
  });

  it('edits of the same field: the owner is shown both versions and their choice wins on both clients', async () => {
    const { a, b } = await twoCopies('p_choose');
    await edit(a.local, 'p_choose', { text: 'A 的说法' });
    await edit(b.local, 'p_choose', { text: 'B 的说法' });
    await settleSync(a, b);

    const resolution = await resolveConflicts(b.local, 'phrase:p_choose');
    if (resolution.kind !== 'owner-chooses') throw new Error(`expected a choice for the owner, got ${resolution.kind}`);
    expect(resolution.conflict.fields).toEqual(['text']);
    expect(resolution.conflict.versions.map((v) => v.text).sort()).toEqual(['A 的说法', 'B 的说法']);

    // The owner picks A's wording, whichever version CouchDB had made the winner.
    const chosen = resolution.conflict.versions.find((v) => v.text === 'A 的说法')!;
    await chooseVersion(b.local, 'phrase:p_choose', chosen._rev!);
    await settleSync(a, b);
    for (const c of [a, b]) {
      const doc = await c.local.get('phrase:p_choose', { conflicts: true });
      expect(doc.text).toBe('A 的说法');
      expect(doc._conflicts ?? []).toEqual([]);
    }
  });
});

describe('resuming from a checkpoint', () => {
  it('a push cut off after 300 of 2,000 documents resumes and writes exactly the rest', async () => {
    await server.adminRequest('PUT', '/bulk');
    await server.adminRequest('PUT', '/bulk/_security', { admins: { names: [], roles: [] }, members: { names: [], roles: ['owner'] } });
    const local = openTeamDatabase('client-bulk', { adapter: 'memory' });
    const docs = Array.from({ length: 2000 }, (_, i) => toSyncDoc(phrase(`p_${String(i).padStart(4, '0')}`)));
    await local.bulkDocs(docs);

    // The network goes away after three batches have been written.
    let batchesWritten = 0;
    const ownerFetch = server.fetchAs('boss', 'boss-pw');
    const flaky: typeof fetch = async (input, init) => {
      if (String(input).includes('/_bulk_docs')) {
        if (batchesWritten >= 3) throw new TypeError('fetch failed (network lost)');
        batchesWritten += 1;
      }
      return ownerFetch(input, init);
    };
    const cutOff = openTeamDatabase(`${server.url}/bulk`, { fetch: flaky, skip_setup: true });
    await expect(syncOnce(local, cutOff)).rejects.toBeTruthy();
    const remote = openTeamDatabase(`${server.url}/bulk`, { fetch: ownerFetch, skip_setup: true });
    expect((await remote.info()).doc_count).toBe(300);

    const resumed = await syncOnce(local, remote);
    expect(resumed.pushed).toBe(1700);
    expect((await remote.info()).doc_count).toBe(2000);
  });
});
