import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import memoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../../core/ids';
import { createLibraryService } from '../../core/library';
import { createOutcomesService } from '../../core/outcomes';
import { META_ID, type RecordStore, type StoredRecord } from '../../core/store';
import { AGENT_DATA_TYPES, toSyncDoc } from '../../core/sync';
import { createUsageService } from '../../core/usage';
import { createTestClock, createTestStore } from '../../test/helpers/store';
import { createIdbBackend, type IdbBackend } from '../idb-backend';
import { resolveConflicts } from './conflicts';
import { SEEN_SEQS_ID, createTeamAwareBackend } from './team-backend';
import { addPouchAdapter, openTeamDatabase, type TeamDatabase } from './team-pouch';
import { createTeamStoreModeKeeper, type TeamStoreMode } from './team-store-mode';

addPouchAdapter(memoryAdapter);

const FIXTURES = join(__dirname, '..', '..', 'core', 'store', 'fixtures');
const fixture = (version: number): Array<Record<string, unknown>> => JSON.parse(readFileSync(join(FIXTURES, `v${version}.json`), 'utf8'));

let n = 0;

/** One browser: its IndexedDB records database, its team-sync settings, its local PouchDB databases. */
function browserProfile(rows: readonly Record<string, unknown>[] = []) {
  n += 1;
  const idbName = `team-backend-${n}`;
  const settings: Record<string, unknown> = {};
  const area = { get: async (k: string) => settings[k], set: async (k: string, v: unknown) => void (settings[k] = v) };
  const opened = new Map<string, TeamDatabase>();
  const openLocal = (name: string) => {
    let db = opened.get(name);
    if (!db) opened.set(name, (db = openTeamDatabase(`p${n}-${name}`, { adapter: 'memory' })));
    return db;
  };
  const mode = createTeamStoreModeKeeper(area);
  const seeded = createIdbBackend(idbName).commit(rows as StoredRecord[]);
  let conflicted = 0;
  let unsettled = 0;
  const open = (local: IdbBackend = createIdbBackend(idbName), databases: (name: string) => TeamDatabase = openLocal) => {
    const backend = createTeamAwareBackend({ local, mode, openLocal: databases, onConflicted: () => conflicted++, onUnsettled: () => unsettled++ });
    return { backend, store: createTestStore({ backend, now: createTestClock(1_770_000_000_000), actor: 'mei' }) };
  };
  return {
    idbName,
    openLocal,
    opened,
    setMode: (m: TeamStoreMode | undefined) => mode.set(m),
    mode: () => mode.get(),
    conflicted: () => conflicted,
    unsettled: () => unsettled,
    async open(local?: IdbBackend, databases?: (name: string) => TeamDatabase) {
      await seeded;
      const o = open(local, databases);
      await o.store.open();
      return o;
    },
    /** What IndexedDB alone holds now (the store as it would be with sync off). */
    async idbRows() {
      return (await createIdbBackend(idbName).loadAll()) as Record<string, unknown>[];
    },
  };
}

/** Today's data (the current fixture) plus an agent's personal phrase and a deleted shop phrase. */
function todaysRows(): Record<string, unknown>[] {
  const rows = fixture(3);
  const phrase = rows.find((r) => r.type === 'phrase')!;
  return [
    ...rows,
    { ...phrase, id: 'phr_personal_1', scope: 'agent', title: '我的话术', text: '个人的' },
    { ...phrase, id: 'phr_gone_1', title: '删掉的', text: '删了也留着字段', deleted: true },
  ];
}

const sorted = (records: StoredRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
const docsOf = async (db: TeamDatabase) => (await db.changes({ include_docs: true })).results.map((r) => r.doc!).filter((d) => !d._id.startsWith('_'));

describe('team-aware backend: sync off', () => {
  it('is the IndexedDB backend as before, and opens no PouchDB database', async () => {
    const profile = browserProfile(todaysRows());
    const { store, backend } = await profile.open();
    const [written] = await store.write([{ put: { id: 'grp_off', type: 'phraseGroup', scope: 'shop', name: '离线', order: 9, parentId: null } }]);
    expect(profile.opened.size).toBe(0);
    expect(backend.teamUser()).toBeUndefined();
    expect(await profile.idbRows()).toContainEqual(written);
    expect(await backend.behind()).toBe(false);
  });
});

describe('joining: the synced records move into PouchDB', () => {
  it('nothing lost, ids unchanged, tombstones kept; local records stay in IndexedDB', async () => {
    const profile = browserProfile(todaysRows());
    const before = sorted(await (await profile.open()).store.all({ includeDeleted: true }));
    await profile.setMode({ mode: 'team', user: 'Mei' });
    const { store, backend } = await profile.open();
    expect(sorted(await store.all({ includeDeleted: true }))).toEqual(before);
    expect(backend.teamUser()).toBe('Mei');

    const shop = await docsOf(profile.openLocal('team-shop'));
    const agent = await docsOf(profile.openLocal('team-agent-mei'));
    const shopIds = before.filter((r) => r.scope === 'shop').map((r) => `${r.type}:${r.id}`);
    expect(shop.map((d) => d._id).sort()).toEqual(shopIds.sort());
    // The agent's own data the owner reads (usage, picks) goes to the agent's database too; the
    // selector overrides and UI preferences stay on this machine.
    expect(agent.map((d) => d._id).sort()).toEqual(['phrase:phr_personal_1', ...before.filter((r) => AGENT_DATA_TYPES.has(r.type)).map((r) => `${r.type}:${r.id}`)].sort());
    expect(agent.map((d) => d._id)).toEqual(expect.arrayContaining([expect.stringMatching(/^phraseUsage:/), expect.stringMatching(/^replyPicks:/)]));
    const tombstone = shop.find((d) => d._id === 'phrase:phr_gone_1')!;
    expect(tombstone).toMatchObject({ _deleted: true, deleted: true, title: '删掉的', text: '删了也留着字段' });

    // IndexedDB keeps only what belongs to this machine.
    const idb = await profile.idbRows();
    const machineOnly = (r: { scope?: unknown; type?: unknown }) => r.scope === 'local' && !AGENT_DATA_TYPES.has(r.type as string);
    expect(idb.filter((r) => !machineOnly(r) && r.id !== SEEN_SEQS_ID && r.id !== META_ID)).toEqual([]);
    expect(idb.map((r) => r.id)).toEqual(expect.arrayContaining([META_ID, ...before.filter(machineOnly).map((r) => r.id)]));
    expect(idb.map((r) => r.type)).toEqual(expect.arrayContaining(['selectorOverrides', 'uiPreferences']));
  });

  it('a joining cut off after the copy (before IndexedDB let go) finishes on the next load, without doubles', async () => {
    const profile = browserProfile(todaysRows());
    const before = sorted(await (await profile.open()).store.all({ includeDeleted: true }));
    await profile.setMode({ mode: 'team', user: 'mei' });
    // The worker stops between writing PouchDB and dropping the rows from IndexedDB.
    const dying = createIdbBackend(profile.idbName);
    const failing: IdbBackend = { ...dying, commit: () => Promise.reject(new DOMException('worker stopped', 'AbortError')) };
    await expect(profile.open(failing)).rejects.toThrow();
    expect((await profile.idbRows()).some((r) => r.scope === 'shop')).toBe(true);

    const { store } = await profile.open();
    expect(sorted(await store.all({ includeDeleted: true }))).toEqual(before);
    expect((await docsOf(profile.openLocal('team-shop'))).length).toBe(before.filter((r) => r.scope === 'shop').length);
    expect((await profile.idbRows()).some((r) => r.scope === 'shop')).toBe(false);
  });

  it('data of an old schema version joins and is migrated in PouchDB', async () => {
    const profile = browserProfile(fixture(1));
    await profile.setMode({ mode: 'team', user: 'mei' });
    const { store } = await profile.open();
    expect(await store.get('phr_01JD3V7B2C4D6E8F0G1H2J3K4M')).toMatchObject({ title: '顺丰加价', stage: null, tags: [], schemaVersion: 3 });
    const doc = await profile.openLocal('team-shop').get('phrase:phr_01JD3V7B2C4D6E8F0G1H2J3K4M');
    expect(doc).toMatchObject({ schemaVersion: 3, stage: null });
  });
});

describe('writes in a team', () => {
  it('a write is a new revision, a delete a tombstone with its fields, a restore a new live revision', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const { store } = await profile.open();
    const shop = profile.openLocal('team-shop');
    const [phrase] = await store.list('phrase');
    const id = `phrase:${phrase!.id}`;
    const rev1 = (await shop.get(id))._rev!;

    await store.write([{ put: { ...phrase!, title: '改过的标题' } }]);
    const edited = await shop.get(id, { revs: true });
    expect(edited).toMatchObject({ title: '改过的标题' });
    expect(edited._revisions!.ids).toContain(rev1.split('-')[1]);

    await store.write([{ delete: phrase!.id }]);
    const listed = await shop.allDocs({ keys: [id] });
    expect(listed.rows[0]!.value).toMatchObject({ deleted: true });
    const [tombstone] = (await shop.changes({ include_docs: true })).results.filter((r) => r.id === id);
    expect(tombstone!.doc).toMatchObject({ _deleted: true, title: '改过的标题' });

    const held = (await store.get(phrase!.id))!;
    await store.write([{ restore: { ...held, deleted: undefined } as StoredRecord }]);
    const back = await shop.get(id);
    expect(back).toMatchObject({ title: '改过的标题' });
    expect(back.deleted).toBeUndefined();
    expect(Number(back._rev!.split('-')[0])).toBe(Number(rev1.split('-')[0]) + 3);
  });

  it('machine-only records never reach PouchDB; a keyed write keeps its receipt in IndexedDB', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const { store } = await profile.open();
    const seqBefore = (await profile.openLocal('team-shop').info()).update_seq;
    await store.keyed('req-1', () =>
      store.write([
        { put: { id: 'grp_keyed', type: 'phraseGroup', scope: 'shop', name: '新组', order: 5, parentId: null } },
        { put: { id: 'local:selectors:pinduoduo', type: 'selectorOverrides', scope: 'local', site: 'pinduoduo', overrides: {} } },
      ]),
    );
    expect(await profile.openLocal('team-shop').get('phraseGroup:grp_keyed')).toMatchObject({ name: '新组' });
    expect((await profile.openLocal('team-shop').info()).update_seq).not.toBe(seqBefore);
    const idb = await profile.idbRows();
    expect(idb.find((r) => r.id === 'local:selectors:pinduoduo')).toBeDefined();
    expect(idb.find((r) => r.id === 'grp_keyed')).toBeUndefined();
    // The retried request (its reply lost) is answered from the receipt, after a wake too.
    const woken = (await profile.open()).store;
    const again = await woken.keyed('req-1', () => woken.write([{ put: { id: 'grp_other', type: 'phraseGroup', scope: 'shop', name: 'x', order: 6, parentId: null } }]));
    expect(again.map((r) => r.id).sort()).toEqual(['grp_keyed', 'local:selectors:pinduoduo']);
  });
});

/**
 * A service worker that Chrome stops after `n` more storage writes (IndexedDB commits and PouchDB
 * bulkDocs, counted together): every write after that fails, as nothing runs in a stopped worker.
 */
function stoppingWorker(profile: ReturnType<typeof browserProfile>) {
  let left = Infinity;
  let afterPouch = false;
  const step = async () => {
    if (left <= 0) throw new DOMException('the service worker was stopped', 'AbortError');
    left -= 1;
  };
  const idb = createIdbBackend(profile.idbName);
  const local: IdbBackend = { ...idb, commit: (...args) => step().then(() => idb.commit(...args)) };
  const databases = (name: string): TeamDatabase => {
    const db = profile.openLocal(name);
    return new Proxy(db, {
      get(target, prop) {
        if (prop === 'bulkDocs') {
          return async (...args: Parameters<TeamDatabase['bulkDocs']>) => {
            await step();
            const results = await target.bulkDocs(...args);
            if (afterPouch) left = 0;
            return results;
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return {
    local,
    databases,
    stopAfter: (n: number) => void (left = n),
    /** Writes work again (a failure that passed, not a stopped worker). */
    resume: () => void ((left = Infinity), (afterPouch = false)),
    /** Stopped as soon as PouchDB has taken the next documents. */
    stopAfterPouchWrite: () => void (afterPouch = true),
  };
}

/** The background's services over one store, as a request reaches them (their own id maker, as after a wake). */
function services(store: RecordStore) {
  const now = createTestClock(1_780_000_000_000);
  const newId = createIdMaker({ now });
  return { library: createLibraryService({ store, newId, lang: 'zh' }), usage: createUsageService({ store, now, lang: 'zh' }), outcomes: createOutcomesService({ store, now, newId }) };
}

/** A request's idempotency key as the handler makes it (kind, then the client's key). */
const KEY = 'someRequest:0123456789abcdef0123456789abcdef';
const URGE = { site: 'pinduoduo', buyerId: '7301001', source: 'playbook' as const, playbook: 'urge-shipping' as const, path: ['state:not-shipped', 'reassure'] };

/** Each kind of write that reaches PouchDB and would not land the same twice: what it sends, and how many of its records a store holds. */
const WRITES = {
  'a shop phrase': {
    send: (s: ReturnType<typeof services>) => s.library.savePhrase({ title: '重试的话术', text: '只应出现一次', groupId: null }),
    count: async (store: RecordStore) => (await store.list('phrase')).filter((p) => p.title === '重试的话术').length,
  },
  'a personal phrase': {
    send: (s: ReturnType<typeof services>) => s.library.savePhrase({ title: '我的重试', text: '个人的', groupId: null, scope: 'agent' }),
    count: async (store: RecordStore) => (await store.list('phrase')).filter((p) => p.title === '我的重试').length,
  },
  'a group': {
    send: (s: ReturnType<typeof services>) => s.library.saveGroup({ name: '重试的分组' }),
    count: async (store: RecordStore) => (await store.list('phraseGroup')).filter((g) => g.name === '重试的分组').length,
  },
  'a conversation outcome (agent data)': {
    send: (s: ReturnType<typeof services>) => s.outcomes.record({ ...URGE, note: '重试的结果' }),
    count: async (store: RecordStore) => (await store.list('conversationOutcome')).filter((o) => o.note === '重试的结果').length,
  },
  'a counted use of a phrase (agent data, an edit that adds one)': {
    send: (s: ReturnType<typeof services>) => s.usage.recordUsage('phr_personal_1'),
    count: async (store: RecordStore) => ((await store.list('phraseUsage')).find((u) => u.phraseId === 'phr_personal_1')?.count as number | undefined) ?? 0,
  },
} satisfies Record<string, { send: (s: ReturnType<typeof services>) => Promise<unknown>; count: (store: RecordStore) => Promise<number> }>;

describe('a write retried after the worker stopped mid-commit lands once', () => {
  it('a new phrase: stopped after its PouchDB document was written, before the IndexedDB part; the retry makes no second phrase', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const worker = stoppingWorker(profile);
    const dying = await profile.open(worker.local, worker.databases);
    worker.stopAfterPouchWrite();
    await dying.store.keyed(KEY, () => services(dying.store).library.savePhrase({ title: '重试的话术', text: '只应出现一次', groupId: null })).catch(() => undefined);
    expect(await docsOf(profile.openLocal('team-shop'))).toContainEqual(expect.objectContaining({ title: '重试的话术' }));

    // The page got no reply and sends the same request (same key) to the woken worker.
    const { store } = await profile.open();
    const { value } = await store.keyed(KEY, () => services(store).library.savePhrase({ title: '重试的话术', text: '只应出现一次', groupId: null }));
    const made = (await store.list('phrase')).filter((p) => p.title === '重试的话术');
    expect(made.map((p) => p.id)).toEqual([value.id]);
    expect((await docsOf(profile.openLocal('team-shop'))).filter((d) => d.title === '重试的话术' && !d._deleted)).toHaveLength(1);
  });

  for (const [kind, write] of Object.entries(WRITES)) {
    it(`${kind}: once, wherever the worker stopped, and the retry gets the first answer`, async () => {
      // A commit makes up to four writes (IndexedDB, one or two PouchDB databases, IndexedDB);
      // stopping after each count covers every point between them, and no stop at all.
      for (let writes = 0; writes <= 4; writes++) {
        const profile = browserProfile(todaysRows());
        await profile.setMode({ mode: 'team', user: 'mei' });
        const before = await write.count((await profile.open()).store);
        const worker = stoppingWorker(profile);
        const dying = await profile.open(worker.local, worker.databases);
        worker.stopAfter(writes);
        const firstAnswer = await dying.store.keyed(KEY, () => write.send(services(dying.store))).catch(() => undefined);

        const { store } = await profile.open();
        const answer = await store.keyed(KEY, () => write.send(services(store)));
        const where = `stopped after ${writes} writes`;
        expect(await write.count(store), where).toBe(before + 1);
        if (firstAnswer) expect(answer, where).toEqual(firstAnswer);
        // Nothing of it left behind in IndexedDB: a synced record lives in PouchDB only.
        expect((await profile.idbRows()).filter((r) => r.scope === 'shop' || r.scope === 'agent' || AGENT_DATA_TYPES.has(r.type as string)), where).toEqual([]);
        // And the next wake finds the same.
        expect(await write.count((await profile.open()).store), where).toBe(before + 1);
      }
    });
  }
});

describe('a write whose PouchDB part did not happen', () => {
  it('failed: the write is kept and answered, the next reload moves it; a version pulled meanwhile stays as a conflict', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const worker = stoppingWorker(profile);
    const { store, backend } = await profile.open(worker.local, worker.databases);
    const [phrase] = await store.list('phrase');
    const id = `phrase:${phrase!.id}`;
    worker.stopAfter(1); // IndexedDB takes the write, PouchDB refuses it
    await store.write([{ put: { ...phrase!, title: '客服改的标题' } }]);
    expect(profile.unsettled()).toBe(1);
    expect(await store.get(phrase!.id)).toMatchObject({ title: '客服改的标题' });
    expect(await backend.behind()).toBe(true);

    // The owner's change to the text arrives by a pull before the write reached PouchDB.
    worker.resume();
    const shop = profile.openLocal('team-shop');
    const pulled = await shop.get(id);
    await shop.put({ ...pulled, text: '店主改的正文', updatedAt: (pulled.updatedAt as number) + 5 });
    await store.reload();
    expect(await backend.behind()).toBe(false);
    expect((await profile.idbRows()).some((r) => r.id === phrase!.id)).toBe(false);
    expect((await shop.get(id, { conflicts: true }))._conflicts).toHaveLength(1);
    expect(await resolveConflicts(shop, id)).toMatchObject({ kind: 'merged' });
    await store.reload();
    expect(await store.get(phrase!.id)).toMatchObject({ title: '客服改的标题', text: '店主改的正文' });
  });

  it('cut off: the library revision stays until the records are in PouchDB, so pages keep their kept view', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const storedRevision = async () => {
      const idb = createIdbBackend(profile.idbName);
      await idb.loadAll();
      return idb.revision()!;
    };
    const worker = stoppingWorker(profile);
    const dying = await profile.open(worker.local, worker.databases);
    const before = await storedRevision();
    worker.stopAfter(1);
    await dying.store.write([{ put: { id: 'grp_waiting', type: 'phraseGroup', scope: 'shop', name: '等着的', order: 7, parentId: null } }]);
    expect((await profile.idbRows()).some((r) => r.id === 'grp_waiting')).toBe(true);
    expect(await storedRevision()).toBe(before);

    const { store } = await profile.open();
    expect(await store.get('grp_waiting')).toMatchObject({ name: '等着的' });
    expect(await storedRevision()).toBeGreaterThan(before);
  });

  it('cut off in a move from shop to agent: the next load leaves a tombstone in the shop', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const worker = stoppingWorker(profile);
    const dying = await profile.open(worker.local, worker.databases);
    const [phrase] = await dying.store.list('phrase');
    const id = `phrase:${phrase!.id}`;
    worker.stopAfter(1);
    await dying.store.write([{ put: { ...phrase!, scope: 'agent' } }]);

    const { store } = await profile.open();
    expect(await store.get(phrase!.id)).toMatchObject({ scope: 'agent' });
    expect((await profile.openLocal('team-agent-mei').get(id)).scope).toBe('agent');
    const [inShop] = (await profile.openLocal('team-shop').changes({ include_docs: true })).results.filter((r) => r.id === id);
    expect(inShop!.doc).toMatchObject({ _deleted: true });
  });
});

describe('changes pulled by a sync run', () => {
  it('reload shows them, says which records changed, and bumps the library revision', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const { store, backend } = await profile.open();
    expect(await backend.behind()).toBe(false);
    await store.write([{ put: { id: 'grp_mine', type: 'phraseGroup', scope: 'shop', name: '我写的', order: 3, parentId: null } }]);
    expect(await backend.behind()).toBe(false); // our own write is not news

    // What a pull does: documents written into the local database by replication.
    const pulled = { ...(await store.list('phrase'))[0]!, id: 'phr_from_owner', title: '店主新加的', text: '团队话术', updatedBy: 'boss' };
    await profile.openLocal('team-shop').bulkDocs([toSyncDoc(pulled as StoredRecord)]);
    expect(await backend.behind()).toBe(true);
    const revision = backend.revision();
    const changed = await store.reload();
    expect(changed.map((r) => r.id)).toEqual(['phr_from_owner']);
    expect(await store.get('phr_from_owner')).toMatchObject({ title: '店主新加的' });
    expect(backend.revision()).toBeGreaterThan(revision!);
    expect(await backend.behind()).toBe(false);
    expect(await store.reload()).toEqual([]);
  });

  it('a local edit of a version that a pull replaced meanwhile is kept as a conflict, then merged field by field', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const { store } = await profile.open();
    const shop = profile.openLocal('team-shop');
    const [phrase] = await store.list('phrase');
    const id = `phrase:${phrase!.id}`;
    // The owner's change to the text arrives by a pull; the store still holds the older version.
    const current = await shop.get(id);
    await shop.put({ ...current, text: '店主改的正文', updatedAt: (current.updatedAt as number) + 5 });
    await store.write([{ put: { ...phrase!, title: '客服改的标题' } }]);
    expect(profile.conflicted()).toBe(1);
    expect((await shop.get(id, { conflicts: true }))._conflicts).toHaveLength(1);

    expect(await resolveConflicts(shop, id)).toMatchObject({ kind: 'merged' });
    await store.reload();
    expect(await store.get(phrase!.id)).toMatchObject({ title: '客服改的标题', text: '店主改的正文' });
  });
});

describe('leaving: a local copy of everything stays in IndexedDB', () => {
  it('every record, tombstones included, is in IndexedDB after leaving; PouchDB is let go', async () => {
    const profile = browserProfile(todaysRows());
    await profile.setMode({ mode: 'team', user: 'mei' });
    const { store } = await profile.open();
    const pulled = { ...(await store.list('phrase'))[0]!, id: 'phr_team_1', title: '团队的', updatedBy: 'boss' };
    await profile.openLocal('team-shop').bulkDocs([toSyncDoc(pulled as StoredRecord)]);
    await store.reload();
    const inTeam = sorted(await store.all({ includeDeleted: true }));

    await profile.setMode({ mode: 'leaving', user: 'mei' });
    expect(await store.reload()).toEqual([]);
    expect(await profile.mode()).toBeUndefined();

    const idbOnly = createTestStore({ backend: createIdbBackend(profile.idbName), now: createTestClock(), actor: 'x' });
    expect(sorted(await idbOnly.all({ includeDeleted: true }))).toEqual(inTeam);
    expect(await idbOnly.get('phr_gone_1')).toMatchObject({ deleted: true, title: '删掉的' });
    expect((await profile.idbRows()).some((r) => r.id === SEEN_SEQS_ID)).toBe(false);
  });
});
