/**
 * Joining a team from the options page (issue 13 item 2), against a real CouchDB stand-in
 * (pouchdb-server on 127.0.0.1, started here): the 团队同步 tab's form found by role and label,
 * a wrong password said in words, the owner and an agent connected (who I am, role, last sync),
 * sync now, and leaving (the login and the host permission given back).
 *
 * The browser's permission prompt cannot be clicked from Playwright. The spec grants the one origin
 * the way a seller can by hand — the extension's "site access" on chrome://extensions, through that
 * page's own `chrome.developerPrivate.addHostPermission` — and then clicks 连接: the options page's
 * `permissions.request` for an origin already granted answers yes without a prompt, so the page's
 * real code path runs. Nothing in the built extension differs for the test.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTeamRules } from '../../platform/sync/install-rules';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import type { ExtensionHandle } from './fixtures';
import { TEAM_EN as EN, TEAM_ZH as ZH, fillAndConnect, grantSiteAccess, grantedTeamOrigins as grantedOrigins, letTeamServerThrough, openTeamTab, teamFacts as facts } from './fixtures/team';
import { useExtension } from './fixtures/use-extension';

const poll = { timeout: 15_000, interval: 100 };
const OWNER = { name: 'boss', password: 'owner-pw-1' };
const AGENT = { name: 'amy', password: 'agent-pw-1' };

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createUser(OWNER.name, OWNER.password, ['owner']);
  await couch.createUser(AGENT.name, AGENT.password, ['agent']);
  await installTeamRules(couch.url, couch.fetchAs(couch.admin.name, couch.admin.password), [AGENT.name]);
  mkdirSync('docs/screens', { recursive: true });
});
afterAll(async () => {
  await couch?.stop();
});

describe('团队同步 (zh)', () => {
  let ext: ExtensionHandle;
  const seen: string[] = [];
  useExtension(async (launched) => {
    ext = launched;
    await letTeamServerThrough(ext, couch.url, seen);
  });

  it('shows the form with the address rule and the password line, and checks the address before anything leaves', async () => {
    const page = await openTeamTab(ext, ZH);
    await expect.poll(() => page.getByRole('button', { name: '连接', exact: true }).isEnabled(), poll).toBe(true);
    const panel = page.getByRole('tabpanel', { name: '团队同步' });
    expect(await panel.textContent()).toMatch(/http:\/\/ 只能用于本机测试（127\.0\.0\.1 或 localhost）/);
    expect(await panel.textContent()).toMatch(/密码只用来登录这一次，扩展不会保存它/);
    expect(await panel.textContent()).toMatch(/退出后这台电脑保留一份全部话术和数据/);
    await page.screenshot({ path: 'docs/screens/team-sync-form-zh_CN.png', fullPage: true });

    await fillAndConnect(page, ZH, 'http://couch.example.com/shop', OWNER.name, OWNER.password);
    await expect.poll(() => page.getByRole('alert').textContent(), poll).toMatch(/^服务器地址不对：http:\/\/ 只能用于本机/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), poll).toBe('serverUrl');
    expect(seen).toEqual([]);
    await page.close();
  });

  it('a wrong password is said in words, nothing is kept, and the permission goes back', async () => {
    await grantSiteAccess(ext, couch.url);
    const page = await openTeamTab(ext, ZH);
    await fillAndConnect(page, ZH, couch.url, OWNER.name, 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent(), poll).toMatch(/^用户名或密码不对，没有连接/);
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('button', { name: '连接', exact: true }).isEnabled()).toBe(true);
    expect(seen).toEqual(['POST /_session']);
    await expect.poll(() => grantedOrigins(ext), poll).toEqual([]);
    await page.close();
  });

  it('connects as the owner: who I am, 店主, the server and the last sync; the password is stored nowhere', async () => {
    seen.length = 0;
    await grantSiteAccess(ext, couch.url);
    const page = await openTeamTab(ext, ZH);
    await fillAndConnect(page, ZH, `${couch.url}/`, OWNER.name, OWNER.password);
    await page.getByRole('button', { name: '立即同步' }).waitFor({ timeout: 20_000 });
    const shown = await facts(page, ZH);
    expect(shown.slice(0, 3)).toEqual(['我是: boss', '角色: 店主 · 可以修改店铺话术', `服务器: ${couch.url}`]);
    expect(shown[3]).toMatch(/^上次成功同步: 刚刚（\d{4}年\d+月\d+日 \d\d:\d\d）$/);
    expect(await page.getByRole('status').textContent()).toBe('已连接团队：boss（店主）。');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), poll).toBe('team-heading');
    expect(await grantedOrigins(ext)).toEqual([`${couch.url}/*`]);
    // Login, who am I, then the first sync (the shop database) — all to this one server.
    expect(seen.slice(0, 2)).toEqual(['POST /_session', 'GET /_session']);
    expect(seen.some((s) => s.includes('/shop'))).toBe(true);
    const stored = await ext.serviceWorker.evaluate(async () => {
      const dump: string[] = [];
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((done, fail) => Object.assign(indexedDB.open(info.name!), { onsuccess: (e: Event) => done((e.target as IDBOpenDBRequest).result), onerror: fail }));
        for (const name of db.objectStoreNames) {
          const all = await new Promise<unknown[]>((done) => Object.assign(db.transaction(name).objectStore(name).getAll(), { onsuccess: (e: Event) => done((e.target as IDBRequest).result as unknown[]) }));
          dump.push(JSON.stringify(all));
        }
        db.close();
      }
      return dump.join('\n');
    });
    expect(stored).toContain('"userName":"boss"');
    expect(stored).not.toContain(OWNER.password);
    await page.screenshot({ path: 'docs/screens/team-sync-connected-zh_CN.png', fullPage: true });
    await page.close();
  });

  it('the status stays after a reload and a stopped worker; sync now updates it', async () => {
    await ext.stopServiceWorker();
    const page = await openTeamTab(ext, ZH);
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), poll).toBe('同步完成。');
    expect((await facts(page, ZH))[0]).toBe('我是: boss');
    await page.close();
  });

  it('leaves: a confirmation that says what stays, then the form again, the login ended and the permission given back', async () => {
    const page = await openTeamTab(ext, ZH);
    await page.getByRole('button', { name: '退出团队' }).click();
    const confirm = page.getByRole('group', { name: /^确定退出团队？这台电脑上的话术和数据全部保留/ });
    await confirm.waitFor();
    // Focus moves after the render that shows or hides the confirmation: wait for it.
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await expect.poll(focused, poll).toBe('确认退出');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect.poll(focused, poll).toBe('退出团队');
    seen.length = 0;
    await page.getByRole('button', { name: '退出团队' }).click();
    await page.getByRole('button', { name: '确认退出' }).click();
    await page.getByRole('button', { name: '连接', exact: true }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('已退出团队，本机数据全部保留。');
    expect(seen).toEqual(['DELETE /_session']);
    expect(await grantedOrigins(ext)).toEqual([]);
    await page.close();
  });

  it('connects as an agent: 客服, the last sync shown; then leaves', async () => {
    await grantSiteAccess(ext, couch.url);
    const page = await openTeamTab(ext, ZH);
    await fillAndConnect(page, ZH, couch.url, AGENT.name, AGENT.password);
    await page.getByRole('button', { name: '立即同步' }).waitFor({ timeout: 20_000 });
    const shown = await facts(page, ZH);
    expect(shown.slice(0, 2)).toEqual(['我是: amy', '角色: 客服 · 使用店铺话术，自己的话术和数据同步给店主']);
    expect(shown[3]).toMatch(/^上次成功同步: 刚刚/);
    expect(shown.join('\n')).not.toMatch(/上次同步失败/);
    await page.getByRole('button', { name: '退出团队' }).click();
    await page.getByRole('button', { name: '确认退出' }).click();
    await page.getByRole('button', { name: '连接', exact: true }).waitFor();
    await page.close();
  });
});

describe('Team sync (en)', () => {
  let ext: ExtensionHandle;
  const seen: string[] = [];
  useExtension(
    async (launched) => {
      ext = launched;
      await letTeamServerThrough(ext, couch.url, seen);
    },
    { lang: 'en' },
  );

  it('the form and the connected view in English', async () => {
    const page = await openTeamTab(ext, EN);
    await expect.poll(() => page.getByRole('button', { name: 'Connect', exact: true }).isEnabled(), poll).toBe(true);
    await page.screenshot({ path: 'docs/screens/team-sync-form-en.png', fullPage: true });
    await grantSiteAccess(ext, couch.url);
    await fillAndConnect(page, EN, couch.url, OWNER.name, 'wrong');
    await expect.poll(() => page.getByRole('alert').textContent(), poll).toMatch(/^The user name or password is wrong; not connected/);
    await grantSiteAccess(ext, couch.url);
    await fillAndConnect(page, EN, couch.url, AGENT.name, AGENT.password);
    await page.getByRole('button', { name: 'Sync now' }).waitFor({ timeout: 20_000 });
    const shown = await facts(page, EN);
    expect(shown.slice(0, 2)).toEqual(['Signed in as: amy', 'Role: Agent · uses the shop library; own phrases and data reach the owner']);
    expect(shown[3]).toMatch(/^Last successful sync: just now \(/);
    await page.screenshot({ path: 'docs/screens/team-sync-connected-en.png', fullPage: true });
    await page.close();
  });
});
