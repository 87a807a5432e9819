/**
 * Issue 13, "must show": the service worker stopped (CDP) in the middle of a team sync loses
 * nothing, and the next alarm finishes the job. The built extension joins a team on pouchdb-server
 * (in memory on 127.0.0.1, started here and stopped by its pid) with a library of a few thousand
 * phrases; the worker is stopped while the first push is under way; nothing moves while it is
 * stopped; the next alarm wakes it and the run resumes from its checkpoint. Afterwards the server
 * holds every shop record exactly once, the same as this browser, and the options page shows them.
 *
 * Until the connect form exists (helper C), the spec does what the form does, from an extension
 * page: logs in with CouchDB's `_session` so the browser holds the cookie, and saves the connection
 * where the form keeps it. The host permission a seller grants when connecting (an optional one:
 * Chrome asks in its own window, out of an automated test's reach) is given by launching a copy of
 * the build whose manifest lists the test server's host; the code is the build's, unchanged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTeamRules } from '../../platform/sync/install-rules';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import type { ExtensionHandle } from './fixtures';
import { OptionsPage } from './pages/options-page';

// Page code below runs in extension pages, where `chrome` is the extension API.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const PHRASES = 3000;
/** The worker is stopped once the server holds at least this many documents (well before all). */
const STOP_AFTER_DOCS = 300;
const TEAM_ALARM = 'kefu-team-sync';

/**
 * One IndexedDB action in an extension page (same origin as the background): put `[key, value]`
 * entries, or read every value or one key of a store. Opened as the extension's own code opens it.
 */
function idb<T>(page: Page, action: { db: string; store: string; put?: Array<[string, unknown]>; get?: string }): Promise<T> {
  return page.evaluate(
    ({ db, store, put, get }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, put ? 'readwrite' : 'readonly');
          const objects = tx.objectStore(store);
          let result: unknown;
          if (put) for (const [key, value] of put) objects.put(value, key);
          else {
            const q = get === undefined ? objects.getAll() : objects.get(get);
            q.onsuccess = () => (result = q.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(result as T);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    action,
  );
}

/** Every row of the records store (the extension's IndexedDB). */
const recordRows = (page: Page) => idb<Array<Record<string, unknown>>>(page, { db: 'kefu-sidebar', store: 'records' });

/** Stops the extension's worker through CDP and waits until CDP reports it stopped. */
function createKiller(cdp: CDPSession, extensionId: string) {
  const prefix = `chrome-extension://${extensionId}/`;
  let waiters: Array<() => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    const ours = event.versions.filter((v) => v.scriptURL.startsWith(prefix));
    if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) for (const done of waiters.splice(0)) done();
  });
  return {
    enable: () => cdp.send('ServiceWorker.enable'),
    async kill(): Promise<void> {
      const stopped = new Promise<void>((done) => waiters.push(done));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((_, fail) => setTimeout(() => fail(new Error('the worker did not stop within 10 s')), 10_000))]);
    },
  };
}

/** Makes the team alarm fire now, as the periodic one does every two minutes (it wakes a stopped worker). */
const fireTeamAlarm = (page: Page) =>
  page.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 200, periodInMinutes: 2 }), TEAM_ALARM);

describe('team sync: the service worker stopped mid-sync', () => {
  let server: CouchServer;
  let ext: ExtensionHandle;
  let buildCopy: string | undefined;
  let outDirBefore: string | undefined;
  beforeAll(async () => {
    server = await startCouchServer();
    await server.createUser('boss', 'boss-pw', ['owner']);
    await installTeamRules(server.url, server.fetchAs(server.admin.name, server.admin.password), []);
    // The build as the seller has it after granting the server's host (see the header).
    buildCopy = mkdtempSync(join(tmpdir(), 'kefu-team-build-'));
    const built = join(process.cwd(), process.env.KEFU_OUT_DIR ?? '.output', 'chrome-mv3');
    cpSync(built, join(buildCopy, 'chrome-mv3'), { recursive: true });
    const manifestPath = join(buildCopy, 'chrome-mv3', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[]; optional_host_permissions?: string[] };
    expect(manifest.optional_host_permissions, 'the build asks for the team server as an optional host').toContain('http://*/*');
    manifest.host_permissions.push('http://127.0.0.1/*');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    outDirBefore = process.env.KEFU_OUT_DIR;
    process.env.KEFU_OUT_DIR = buildCopy; // read by the fixtures as they load, just below
    const { launchExtension } = await import('./fixtures/extension');
    ext = await launchExtension();
    // The e2e browser aborts every request beyond the console replicas; the team server is let through.
    await ext.context.route(`${server.url}/**`, (route) => route.continue());
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
    if (buildCopy) rmSync(buildCopy, { recursive: true, force: true });
    if (outDirBefore === undefined) delete process.env.KEFU_OUT_DIR;
    else process.env.KEFU_OUT_DIR = outDirBefore;
  });

  const shopDocCount = async () => (await server.adminRequest('GET', '/shop')).doc_count as number;

  it(`loses nothing, and the next alarm finishes the job (${PHRASES} phrases)`, { timeout: 300_000 }, async () => {
    const o = await OptionsPage.open(ext); // the background seeds the starter library on first run

    // Today's library: the starter one plus a few thousand phrases of the shop, and one deleted.
    const t = Date.now();
    const rows = Array.from({ length: PHRASES }, (_, i) => ({
      id: `phr_team_${String(i).padStart(5, '0')}`,
      type: 'phrase',
      scope: 'shop',
      schemaVersion: 3,
      createdAt: t,
      updatedAt: t,
      updatedBy: 'local',
      title: `团队话术 ${i}`,
      text: `亲，这是第 ${i} 条团队话术。`,
      groupId: null,
      order: 1000 + i,
      stage: null,
      tags: [],
      ...(i === 7 ? { deleted: true } : {}),
    }));
    await ext.stopServiceWorker(); // the store reads these rows at its next wake
    await idb(o.page, { db: 'kefu-sidebar', store: 'records', put: rows.map((r) => [r.id, r]) });
    const shopBefore = (await recordRows(o.page)).filter((r) => r.scope === 'shop');
    expect(shopBefore.length).toBeGreaterThan(PHRASES);

    // What the connect form does: host access for the server, the login cookie, the connection.
    const login = await o.page.evaluate(async (url) => {
      const response = await fetch(`${url}/_session`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=boss&password=boss-pw' });
      return { status: response.status, body: await response.json() };
    }, server.url);
    expect(login).toMatchObject({ status: 200, body: { ok: true, name: 'boss' } });
    await idb(o.page, { db: 'kefu-team-sync', store: 'settings', put: [['teamSync.connection', { enabled: true, serverUrl: server.url, userName: 'boss', roles: ['owner'] }]] });

    // The alarm wakes the worker: it joins (the library moves into PouchDB) and the first push starts.
    const cdp = await ext.context.newCDPSession(o.page);
    const killer = createKiller(cdp, ext.extensionId);
    await killer.enable();
    await fireTeamAlarm(o.page);
    const until = Date.now() + Number(process.env.KEFU_TEAM_WAIT_MS ?? 120_000);
    let seen = 0;
    while ((seen = await shopDocCount()) < STOP_AFTER_DOCS) {
      if (Date.now() > until) {
        const settings = await idb<unknown[]>(o.page, { db: 'kefu-team-sync', store: 'settings' });
        throw new Error(`the first push did not start within 120 s (server holds ${seen}; team settings ${JSON.stringify(settings)})`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await killer.kill();
    const atStop = await shopDocCount();
    console.log(`[team-sync-worker] worker stopped with ${atStop} of ${shopBefore.length + 1} documents on the server`);
    expect(atStop, 'the worker was stopped mid-sync').toBeLessThan(shopBefore.filter((r) => !r.deleted).length);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await shopDocCount(), 'nothing is pushed while the worker is stopped').toBe(atStop);

    // The next alarm: the run resumes from its checkpoint and writes the rest.
    await fireTeamAlarm(o.page);
    const live = shopBefore.filter((r) => !r.deleted).length;
    await expect.poll(shopDocCount, { timeout: 120_000, interval: 200 }).toBe(live + 1); // + the design document
    const all = await server.adminRequest('GET', '/shop/_changes?include_docs=true');
    const onServer = (all.results as Array<{ id: string; deleted?: boolean; doc: Record<string, unknown> }>).filter((c) => !c.id.startsWith('_design/'));
    expect(onServer.map((c) => c.id).sort()).toEqual(shopBefore.map((r) => `${r.type}:${r.id}`).sort());
    const gone = onServer.find((c) => c.id === 'phrase:phr_team_00007');
    expect(gone).toMatchObject({ deleted: true, doc: { title: '团队话术 7', _deleted: true } });
    const sample = onServer.find((c) => c.id === 'phrase:phr_team_02999');
    expect(sample?.doc).toMatchObject({ title: '团队话术 2999', text: '亲，这是第 2999 条团队话术。' });

    // This browser: the synced records left IndexedDB for PouchDB, the status says the sync succeeded.
    await expect.poll(async () => (await recordRows(o.page)).filter((r) => r.scope === 'shop').length, { timeout: 10_000 }).toBe(0);
    const status = () => idb<Record<string, unknown> | undefined>(o.page, { db: 'kefu-team-sync', store: 'settings', get: 'teamSync.status' });
    await expect.poll(async () => (await status())?.lastSuccessAt, { timeout: 30_000 }).toEqual(expect.any(Number));
    // …and the library still shows every phrase (read from PouchDB by the background).
    await o.page.reload();
    const again = new OptionsPage(o.page);
    await again.listHeading.waitFor({ timeout: 30_000 });
    const livePhrases = shopBefore.filter((r) => r.type === 'phrase' && !r.deleted).length;
    await expect.poll(() => again.phraseCount(), { timeout: 30_000 }).toBe(livePhrases);
    expect(ext.pageErrors).toEqual([]);
    await cdp.detach();
  });
});
