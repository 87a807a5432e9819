/**
 * Team sync (issue 13), time and bytes over the wire against pouchdb-server on 127.0.0.1 (started
 * here, stopped by its pid at the end, whatever happens), the clients on PouchDB's memory adapter
 * standing in for IndexedDB, each run through `createTeamSync` as the background runs it:
 * - the owner's first push of a 10,000-phrase library (generated, seeded; written through the real
 *   phrase import, so the records are what a shop's library holds);
 * - an agent's first sync: the whole shop library pulled, plus their own (empty) database;
 * - a run with nothing to move (what every 2-minute alarm costs);
 * - 10 phrases changed by the owner: the owner's push, then the agent's pull.
 * Beside them, in the same run, today's way of handing a library to an agent: a library pack
 * exported from the owner's store and imported into a fresh one (`core/data-pack`) — its file size
 * and the time of export + import. Today a 10-phrase change also means the whole pack again.
 * Bytes are request + response bodies, counted by a wrapping fetch (headers not counted: about
 * 300–500 B per request, so the request count is given too). The sync figures stop at PouchDB's
 * database; the pack import includes validation and the store's write.
 */
import memoryAdapter from 'pouchdb-adapter-memory';
import { MIGRATIONS, RECORD_SCHEMAS } from '../../core/areas';
import { createDataPack } from '../../core/data-pack';
import { createIdMaker } from '../../core/ids';
import { createPhraseImport } from '../../core/phrase-import';
import { createMemoryBackend, createRecordStore, type RecordStore, type StoredRecord } from '../../core/store';
import { toSyncDoc, type SyncStatus } from '../../core/sync';
import { addPouchAdapter, createTeamSync, installTeamRules, openTeamDatabase, type TeamConnection, type TeamDatabase } from '../../platform/sync';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { generatePhrases } from './phrase-search.bench';
import { against, median, round, type BenchResult } from './run';

addPouchAdapter(memoryAdapter);

const PHRASES = 10_000;
const CHANGED = 10;
/** Rounds of the incremental sync and of the pack (the median is reported). */
const ROUNDS = 3;
const START = 1_764_000_000_000;

/** A fetch that counts what goes over the wire: request and response bodies, and requests. */
export function countingFetch(inner: typeof fetch) {
  const counts = { bytes: 0, requests: 0 };
  const wrapped: typeof fetch = async (input, init) => {
    counts.requests += 1;
    counts.bytes += bodySize(init?.body);
    const response = await inner(input, init);
    // Read the body once here and hand PouchDB an identical response.
    const body = await response.arrayBuffer();
    counts.bytes += body.byteLength;
    return new Response(response.status === 204 || response.status === 304 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { fetch: wrapped, counts, reset: () => Object.assign(counts, { bytes: 0, requests: 0 }) };
}

function bodySize(body: unknown): number {
  if (body === undefined || body === null) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  if (body instanceof Blob) return body.size;
  throw new Error(`team-sync bench: cannot count a request body of type ${Object.prototype.toString.call(body)}`);
}

function newStore(actor: string): RecordStore {
  let t = START;
  return createRecordStore({ backend: createMemoryBackend(), now: () => (t += 1000), actor, schemas: RECORD_SCHEMAS, migrations: MIGRATIONS });
}

/** The owner's library: generated phrases in their groups, through the real import. */
async function ownerLibrary(): Promise<{ store: RecordStore; library: StoredRecord[] }> {
  const store = newStore('boss');
  const newId = createIdMaker({ now: () => START });
  // The generator repeats a text now and then, which the import (rightly) takes as one phrase.
  const seen = new Set<string>();
  const unique = generatePhrases(PHRASES + 200).filter((p) => !seen.has(p.text) && seen.add(p.text));
  const rows = unique.slice(0, PHRASES).map((p, i) => ({ rowNumber: i + 2, title: p.title, text: p.text, code: p.code, groupPath: p.group ? [p.group] : [] }));
  const applied = await createPhraseImport({ store, newId, lang: 'zh' }).applyImport(rows, 'bench.csv');
  if (applied.value.written !== PHRASES) throw new Error(`the import wrote ${applied.value.written} phrases, not ${PHRASES}`);
  const library = [...(await store.list('phraseGroup')), ...(await store.list('phrase'))];
  return { store, library };
}

/** One browser profile: its own local databases and its login, synced the way the background does. */
function profile(server: CouchServer, name: string, password: string, roles: string[]) {
  const wire = countingFetch(server.fetchAs(name, password));
  const locals = new Map<string, TeamDatabase>();
  let status: SyncStatus = {};
  const connection: TeamConnection = { enabled: true, serverUrl: server.url, userName: name, roles };
  const openLocal = (db: string) => {
    if (!locals.has(db)) locals.set(db, openTeamDatabase(`${name}-${db}`, { adapter: 'memory' }));
    return locals.get(db)!;
  };
  const sync = createTeamSync({
    keeper: { connection: async () => connection, status: async () => status, saveStatus: async (s) => void (status = s) },
    openLocal,
    openRemote: (url) => openTeamDatabase(url, { fetch: wire.fetch, skip_setup: true }),
    now: Date.now,
  });
  /** One sync run, timed and counted; throws when it failed. */
  async function measuredRun(): Promise<{ ms: number; bytes: number; requests: number }> {
    wire.reset();
    const started = performance.now();
    const result = await sync.run();
    const ms = performance.now() - started;
    if (!result.ran || result.status.lastFailure) throw new Error(`${name}'s sync run failed: ${JSON.stringify(result)}`);
    status = {};
    return { ms, bytes: wire.counts.bytes, requests: wire.counts.requests };
  }
  return { shop: () => openLocal('team-shop'), measuredRun };
}

/** Edits `count` phrases in the owner's local shop database, as the store will: a new revision each. */
async function changePhrases(db: TeamDatabase, ids: readonly string[], round: number): Promise<void> {
  for (const id of ids) {
    const doc = await db.get(id);
    await db.put({ ...doc, text: `${String(doc.text)}（第 ${round} 次修改）`, updatedAt: Number(doc.updatedAt) + 1 });
  }
}

async function packRound(store: RecordStore): Promise<{ ms: number; bytes: number; exportMs: number }> {
  const deps = { now: () => START, newId: createIdMaker({ now: () => START }), lang: 'zh' as const, schemas: RECORD_SCHEMAS, migrations: MIGRATIONS };
  const started = performance.now();
  const { json } = await createDataPack({ ...deps, store }).exportLibrary();
  const exportMs = performance.now() - started;
  const target = newStore('mei');
  const imported = await createDataPack({ ...deps, store: target }).importAll(json, 'library.json');
  const ms = performance.now() - started;
  if ((await target.list('phrase')).length !== PHRASES) throw new Error(`the pack import holds ${imported.value.written} records, not the library`);
  return { ms, bytes: Buffer.byteLength(json), exportMs };
}

export async function run(): Promise<BenchResult[]> {
  const { store, library } = await ownerLibrary();
  const phraseIds = library.filter((r) => r.type === 'phrase').map((r) => `phrase:${r.id}`);

  // Today's way first (no server needed): export + import of the same library.
  const packs: Array<{ ms: number; bytes: number; exportMs: number }> = [];
  for (let i = 0; i < ROUNDS; i++) packs.push(await packRound(store));
  const packBytes = packs[0]!.bytes;
  const packMs = round(median(packs.map((p) => p.ms)));

  const server = await startCouchServer();
  try {
    await server.createUser('boss', 'boss-pw', ['owner']);
    await server.createUser('mei', 'mei-pw', ['agent']);
    await installTeamRules(server.url, server.fetchAs(server.admin.name, server.admin.password), ['mei']);

    const owner = profile(server, 'boss', 'boss-pw', ['owner']);
    const agent = profile(server, 'mei', 'mei-pw', ['agent']);
    await owner.shop().bulkDocs(library.map((r) => toSyncDoc(r)));

    const firstPush = await owner.measuredRun();
    const firstPull = await agent.measuredRun();
    // Every record of the library (the server's design document comes along too).
    const pulled = (await agent.shop().allDocs({ keys: library.map((r) => `${r.type}:${r.id}`) })).rows.filter((row) => row.value && !row.value.deleted).length;
    if (pulled !== library.length) throw new Error(`the agent holds ${pulled} of the ${library.length} library records after the first sync`);
    const idle = await agent.measuredRun();

    const pushes: Array<{ ms: number; bytes: number; requests: number }> = [];
    const pulls: Array<{ ms: number; bytes: number; requests: number }> = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const changed = phraseIds.slice(r * 1000, r * 1000 + CHANGED);
      await changePhrases(owner.shop(), changed, r);
      pushes.push(await owner.measuredRun());
      pulls.push(await agent.measuredRun());
      const seen = await agent.shop().get(changed[CHANGED - 1]!);
      if (!String(seen.text).endsWith(`（第 ${r} 次修改）`)) throw new Error('the agent did not receive the changed phrases');
    }
    const mid = (runs: Array<{ ms: number; bytes: number; requests: number }>, key: 'ms' | 'bytes' | 'requests') => median(runs.map((x) => x[key]));
    const incrementalMs = round(mid(pushes, 'ms') + mid(pulls, 'ms'));
    const incrementalBytes = mid(pushes, 'bytes') + mid(pulls, 'bytes');
    const pack = { name: `library pack file (${PHRASES} phrases, ${library.length - PHRASES} groups)`, value: packBytes };
    const packTime = { name: `library pack export + import (median of ${ROUNDS})`, value: packMs };

    return [
      against({ name: `team sync: agent's first sync, pull of ${PHRASES} phrases (${firstPull.requests} requests)`, unit: 'B', value: firstPull.bytes }, pack),
      against({ name: `team sync: agent's first sync, time`, unit: 'ms', value: round(firstPull.ms) }, packTime),
      against({ name: `team sync: owner's first push of ${PHRASES} phrases (${firstPush.requests} requests)`, unit: 'B', value: firstPush.bytes }, pack),
      against({ name: `team sync: owner's first push, time`, unit: 'ms', value: round(firstPush.ms) }, packTime),
      against(
        { name: `team sync: ${CHANGED} changed phrases, owner's push + agent's pull (${mid(pushes, 'requests') + mid(pulls, 'requests')} requests, median of ${ROUNDS})`, unit: 'B', value: incrementalBytes },
        { name: "today: the whole pack again", value: packBytes },
      ),
      against({ name: `team sync: ${CHANGED} changed phrases, push + pull time`, unit: 'ms', value: incrementalMs }, { name: 'today: pack export + import', value: packMs }),
      { name: `team sync: ${CHANGED} changed phrases, agent's pull alone`, unit: 'B', value: mid(pulls, 'bytes') },
      { name: `team sync: ${CHANGED} changed phrases, agent's pull alone, time`, unit: 'ms', value: round(mid(pulls, 'ms')) },
      { name: `team sync: a run with nothing to move (an agent's alarm, ${idle.requests} requests)`, unit: 'B', value: idle.bytes },
      { name: 'team sync: a run with nothing to move, time', unit: 'ms', value: round(idle.ms) },
      { name: `library pack export alone (${PHRASES} phrases, median of ${ROUNDS})`, unit: 'ms', value: round(median(packs.map((p) => p.exportMs))) },
    ];
  } finally {
    await server.stop();
  }
}
