/**
 * Issue 13 items 4 and 5 in real Chromium with the built extension, against pouchdb-server on
 * 127.0.0.1: the owner's 团队管理 tab shows a conflict the app could not merge with both versions,
 * keeping one clears it (and the server gets the winner); the team data shows both agents' phrase
 * use and routing measurements, pulled from their databases. Screenshots (zh_CN and en) go to
 * docs/screens/.
 *
 * The connect form is helper C's: here the connection is written into the keeper's IndexedDB from
 * an extension page and the login is CouchDB's `_session` cookie, made from that page. The server's
 * host permission comes from C's form too; this spec adds `http://127.0.0.1/*` to a copy of the
 * built manifest instead.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTeamRules } from '../../platform/sync';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import type { ExtensionHandle, LaunchOptions } from './fixtures';

const poll = { timeout: 20_000, interval: 200 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page, by rule and where. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations),
  )) as Array<{ id: string; impact: string | null; nodes: { target: unknown[] }[] }>;
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} at ${JSON.stringify(v.nodes[0]?.target)}`);
}
const BUILT = resolve(process.cwd(), process.env.KEFU_OUT_DIR ?? '.output', 'chrome-mv3');

let server: CouchServer;
let outDir: string;

const meta = { schemaVersion: 1, createdAt: 1_764_000_000_000, updatedAt: 1_764_000_000_000, updatedBy: 'x', scope: 'local' };
const usageDoc = (phraseId: string, count: number) => ({ _id: `phraseUsage:local:usage:${phraseId}`, id: `local:usage:${phraseId}`, type: 'phraseUsage', ...meta, phraseId, count, lastUsedAt: 1_764_500_000_000 });
const dayDoc = (date: string, buyers: number) => ({
  _id: `routingMyDay:local:routing-day:pinduoduo:${date}`,
  id: `local:routing-day:pinduoduo:${date}`,
  type: 'routingMyDay',
  ...meta,
  site: 'pinduoduo',
  date,
  online: [[540, 1080]],
  busy: [],
  received: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 18 ? buyers : 0)),
  seen: [],
  lastIds: [],
  lastAt: null,
  onlineOpen: false,
  busyOpen: false,
});
const shopPhrase = { id: 'p_ship', type: 'phrase', schemaVersion: 1, createdAt: 1_764_000_000_000, updatedBy: 'boss', scope: 'shop', title: '发货时间', groupId: null, order: 1, stage: null, tags: [] };

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('boss', 'boss-pw', ['owner']);
  await server.createUser('mei', 'mei-pw', ['agent']);
  await server.createUser('lan', 'lan-pw', ['agent']);
  await installTeamRules(server.url, server.fetchAs(server.admin.name, server.admin.password), ['mei', 'lan']);
  // Each agent's database, as their sidebars would have pushed it.
  await server.adminRequest('POST', '/agent-mei/_bulk_docs', { docs: [usageDoc('p_ship', 9), dayDoc('2026-11-30', 3)] });
  await server.adminRequest('POST', '/agent-lan/_bulk_docs', { docs: [usageDoc('p_ship', 4), usageDoc('p_unknown', 2), dayDoc('2026-11-30', 2)] });
  await seedConflict('p_ship', '发货时间', ['48小时内发货', '今天下单，48小时内发货<b>！</b>', '现货24小时内发货']);

  // The built extension with the team server's host permission (C's connect form asks for it).
  outDir = mkdtempSync(join(tmpdir(), 'kefu-team-owner-'));
  cpSync(BUILT, join(outDir, 'chrome-mv3'), { recursive: true });
  const manifestPath = join(outDir, 'chrome-mv3', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  process.env.KEFU_OUT_DIR = outDir;
}, 90_000);

afterAll(async () => {
  await server?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Two PCs changed the same phrase's text from the same version: a conflict nobody can merge. */
async function seedConflict(id: string, title: string, [base, mine, theirs]: [string, string, string]): Promise<void> {
  const phrase = { ...shopPhrase, id, title };
  const docs = [
    { _id: `phrase:${id}`, _rev: '1-a0', _revisions: { start: 1, ids: ['a0'] }, ...phrase, text: base, updatedAt: 1_764_000_000_000 },
    { _id: `phrase:${id}`, _rev: '2-b1', _revisions: { start: 2, ids: ['b1', 'a0'] }, ...phrase, text: mine, updatedAt: 1_764_400_000_000, updatedBy: 'boss' },
    { _id: `phrase:${id}`, _rev: '2-c2', _revisions: { start: 2, ids: ['c2', 'a0'] }, ...phrase, text: theirs, updatedAt: 1_764_300_000_000, updatedBy: 'boss-pc2' },
  ];
  for (const doc of docs) await server.adminRequest('POST', '/shop/_bulk_docs', { docs: [doc], new_edits: false });
}

async function launch(options: LaunchOptions): Promise<ExtensionHandle> {
  // Imported here: the fixtures read KEFU_OUT_DIR when they load.
  const { launchExtension } = await import('./fixtures');
  const ext = await launchExtension(options);
  // The replica routes abort every other host; the team server is let through.
  const port = new URL(server.url).port;
  await ext.context.route(new RegExp(`^http://127\\.0\\.0\\.1:${port}/`), (route) => route.continue());
  return ext;
}

/** Connects this profile to the team as the owner, the way C's form will: keeper entry and `_session` login. */
async function connectAsOwner(page: Page): Promise<void> {
  const connection = { enabled: true, serverUrl: server.url, userName: 'boss', roles: ['owner'] };
  await page.evaluate(async ({ connection, url }) => {
    await new Promise<void>((done, fail) => {
      const open = indexedDB.open('kefu-team-sync');
      open.onupgradeneeded = () => open.result.createObjectStore('settings');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put(connection, 'teamSync.connection');
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      };
    });
    const login = await fetch(`${url}/_session`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'boss', password: 'boss-pw' }) });
    if (!login.ok) throw new Error(`login failed: ${login.status}`);
  }, { connection, url: server.url });
}

async function openTab(ext: ExtensionHandle, tab: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await connectAsOwner(page);
  await page.reload();
  await page.getByRole('tab', { name: tab, exact: true }).click();
  return page;
}

describe("the owner's team tab (zh_CN)", () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launch({ lang: 'zh-CN' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the unmergeable conflict side by side, keeps the chosen version, and shows both agents', async () => {
    const page = await openTab(ext, '团队管理');
    const panel = page.getByRole('tabpanel', { name: '团队管理', exact: true });
    // Empty roster: the team data says what to do.
    await expect.poll(() => panel.getByText('名单是空的').count(), poll).toBeGreaterThan(0);
    for (const user of ['mei', 'lan']) {
      await panel.getByRole('textbox', { name: '客服用户名' }).fill(user);
      await panel.getByRole('button', { name: '添加', exact: true }).click();
      await expect.poll(() => panel.getByRole('list', { name: '团队成员名单' }).getByText(user, { exact: true }).count(), poll).toBe(1);
    }
    await panel.getByRole('button', { name: '从服务器更新' }).click();
    await expect.poll(() => panel.getByRole('table', { name: '“发货时间” 的各个版本' }).count(), poll).toBe(1);

    const versions = panel.getByRole('table', { name: '“发货时间” 的各个版本' });
    // The text from the other PC is shown as text, markup and all.
    await expect.poll(() => versions.textContent(), poll).toContain('今天下单，48小时内发货<b>！</b>');
    expect(await versions.textContent()).toContain('现货24小时内发货');
    expect(await versions.locator('b').count()).toBe(0);
    expect(await versions.getByRole('rowheader', { name: '正文 · 不同' }).count()).toBe(1);

    // Both agents, merged: 9 + 4 insertions of the same phrase in one row.
    const agents = panel.getByRole('table', { name: '各客服数据的更新情况' });
    await expect.poll(() => agents.locator('tbody tr').count(), poll).toBe(2);
    const usage = panel.getByRole('table', { name: '话术使用（全队合计）' });
    const shipRow = usage.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: '发货时间', exact: true }) });
    expect(await shipRow.locator('td').first().textContent()).toBe('13');
    const routing = panel.getByRole('table', { name: '接待分流测量（每位客服）' });
    expect(await routing.locator('tbody tr').count()).toBe(3); // two agents and the total
    await page.screenshot({ path: 'docs/screens/team-owner-options-zh.png', fullPage: true });

    await panel.getByRole('button', { name: /^保留 “发货时间” 的版本 \d（boss-pc2）$/ }).click();
    await expect.poll(() => panel.getByText('没有需要选择的冲突。').count(), poll).toBe(1);

    // The choice reaches the server on the next sync (the update button runs one).
    await panel.getByRole('button', { name: '从服务器更新' }).click();
    const owner = server.fetchAs('boss', 'boss-pw');
    await expect
      .poll(async () => {
        const doc = await (await owner(`${server.url}/shop/phrase:p_ship?conflicts=true`)).json();
        return `${doc.text}|${(doc._conflicts ?? []).length}`;
      }, poll)
      .toBe('现货24小时内发货|0');

    // The routing advisor got the team's measurements without any file.
    await page.getByRole('tab', { name: '分流', exact: true }).click();
    const days = page.getByRole('table', { name: /./ }).filter({ hasText: '团队同步' });
    await expect.poll(() => days.count(), poll).toBeGreaterThan(0);
  });
});

describe("the owner's team tab (en)", () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    await seedConflict('p_hello', 'Greeting', ['Hello!', 'Hello, how can I help?', 'Hi there, what can I do for you?']);
    ext = await launch({ lang: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the team data in English', async () => {
    const page = await openTab(ext, 'Team overview');
    const panel = page.getByRole('tabpanel', { name: 'Team overview', exact: true });
    for (const user of ['mei', 'lan']) {
      await panel.getByRole('textbox', { name: 'Agent user name' }).fill(user);
      await panel.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(() => panel.getByRole('list', { name: 'Team member list' }).getByText(user, { exact: true }).count(), poll).toBe(1);
    }
    await panel.getByRole('button', { name: 'Update from the server' }).click();
    await expect.poll(() => panel.getByRole('table', { name: 'Phrase use (Whole team)' }).count(), poll).toBe(1);
    await expect.poll(() => panel.getByRole('table', { name: 'Versions of “Greeting”' }).count(), poll).toBe(1);
    expect(await panel.getByRole('button', { name: 'Keep version 2 of “Greeting” (boss-pc2)' }).count() + (await panel.getByRole('button', { name: 'Keep version 1 of “Greeting” (boss-pc2)' }).count())).toBe(1);
    await page.screenshot({ path: 'docs/screens/team-owner-options-en.png', fullPage: true });
    expect(await axeFindings(page)).toEqual([]);
  });
});
