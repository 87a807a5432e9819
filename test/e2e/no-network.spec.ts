/**
 * No request of our own (DESIGN.md): the extension sends nothing outside itself, from any of its
 * contexts. Checked twice: in the built code (every network word is a known library path, or team
 * sync's) and at run time, where every request the service worker, an extension page or the content
 * script starts is recorded, and must stay within the extension. The one exception is team sync
 * (issue 13), which the seller turns on: then the extension talks to that one server and no other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleUrl, EXTENSION_DIR, REPLICA_SITES, type ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage } from './pages/console-page';
import { OptionsPage } from './pages/options-page';
import { fillAndConnect, grantSiteAccess, letTeamServerThrough, openTeamTab, TEAM_ZH } from './fixtures/team';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { installTeamRules } from '../../platform/sync/install-rules';

const poll = { timeout: 10_000, interval: 50 };

/** Network words the bundle may hold, each in code that only ever reaches the extension's own files. */
const KNOWN_NETWORK_CODE: { pattern: RegExp; why: string }[] = [
  { pattern: /fetch\(\w+\.href,\w+\)/, why: "Vite's modulepreload polyfill fetches the extension's own chunks" },
  { pattern: /fetch\(\w+\.url\)\.then\(/, why: "WXT's shadow-root UI loads its stylesheet from the extension" },
  { pattern: /getURL\("\/content-scripts\/[\w.-]+\.css"\);try\{return await\(await fetch\(/, why: "WXT loads the content script's CSS from the extension" },
  { pattern: /new XMLHttpRequest,this\._config\.withCredentials/, why: "Papa Parse's remote-file reader; we only parse local files" },
  { pattern: /\{return \w+\(\w+,\{skip_setup:!0,fetch:\(\w+,\w+\)=>fetch\(/, why: 'team sync (issue 13): PouchDB reaches the team server the seller connected to (openTeamServerDatabase), never while sync is off' },
  // In the merged background (team-store + team-connect): the CouchDB login (/_session) on the server the seller typed.
  { pattern: /run:\(\)=>\w+\.syncNow\(\),fetch:\(\w+,\w+\)=>fetch\(\w+,\w+\)/, why: 'team sync (issue 13): the CouchDB login and logout on the server the seller connects to' },
];
const NETWORK_WORDS = [/\bfetch\(/g, /\bXMLHttpRequest\b/g, /\bWebSocket\b/g, /\bsendBeacon\b/g, /\bEventSource\b/g];

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe('no network code of our own', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('the built scripts hold no network call beyond known library code that stays in the extension', () => {
    const unknown = jsFiles(EXTENSION_DIR).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return NETWORK_WORDS.flatMap((word) =>
        [...source.matchAll(word)]
          .map((m) => source.slice(Math.max(0, m.index - 80), m.index + 80))
          .filter((around) => !KNOWN_NETWORK_CODE.some((known) => known.pattern.test(around)))
          .map((around) => `${file.slice(EXTENSION_DIR.length + 1)}: …${around}…`),
      );
    });
    expect(unknown).toEqual([]);
  });

  it('the manifest reaches no host but the consoles and allows no remote code', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    const consoleHosts = ['mms.pinduoduo.com', 'im.jinritemai.com', 'dongdong.jd.com', 'myseller.taobao.com', 'qn.taobao.com'];
    const hosts = (manifest.host_permissions as string[] | undefined) ?? [];
    expect(hosts.length).toBeGreaterThan(0);
    for (const pattern of hosts) expect(consoleHosts, pattern).toContain(new URL(pattern.replace('*://', 'https://')).host);
    // Team sync (issue 13): the shop's own server, asked for only when the seller connects to it.
    expect(manifest.optional_host_permissions ?? []).toEqual(['http://*/*', 'https://*/*']);
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/https?:|connect-src/);
  });

  it('asks for the least permissions: exactly these, each for a feature that needs it', () => {
    const WHY: Record<string, string> = {
      // Copying from our own frame or the side panel when the console did not keep a phrase, and in standalone mode.
      clipboardWrite: 'the copy fallback and standalone mode',
      // Transfer reminders (slow, timed out, recheck due) that fire while the worker sleeps.
      alarms: 'transfer-task reminders',
      // Added by WXT for the side panel entrypoint: the standalone library the toolbar button opens.
      sidePanel: 'the standalone library in the side panel',
    };
    expect([...((manifest.permissions as string[] | undefined) ?? [])].sort()).toEqual(Object.keys(WHY).sort());
    // Nothing asked for later either, and no wildcard hosts: `tabs`, `storage`, `scripting`, `<all_urls>` all absent.
    expect(manifest.optional_permissions).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/|"tabs"|"storage"|"scripting"|"webRequest/);
    // No remote code: every script the manifest names is a file of the package.
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    const scripts = [background.service_worker, ...(background.scripts ?? []), ...((manifest.content_scripts as { js?: string[] }[] | undefined) ?? []).flatMap((c) => c.js ?? [])];
    for (const script of scripts.filter(Boolean)) expect(script, String(script)).not.toMatch(/^(https?:)?\/\//);
  });
});

interface Initiator {
  stack?: Stack;
}
interface Stack {
  callFrames: { url: string }[];
  parent?: Stack;
}

/** Whether a CDP initiator's stack (async parents included) runs through the extension's code. */
function stackIsOurs(stack: Stack | undefined, origin: string): boolean {
  for (let s = stack; s; s = s.parent) if (s.callFrames.some((f) => f.url.startsWith(origin))) return true;
  return false;
}

describe('no request of our own at run time', () => {
  let ext: ExtensionHandle;
  let origin: string;
  /** Requests started by the extension (worker, pages, frames, content script) to anything outside it. */
  const ours: string[] = [];
  // The sidebar frame's own page loads under the session's dynamic extension id
  // (`use_dynamic_url`), another chrome-extension:// origin of ours: still no network.
  const outside = (url: string) => !url.startsWith(origin) && !/^(data|blob|chrome-extension):/.test(url);

  type Context = 'service worker' | 'extension page' | 'sidebar frame' | 'content script';
  /** Every request each context of ours started (its own files included), and those that left the extension. */
  const seen: Record<Context, number> = { 'service worker': 0, 'extension page': 0, 'sidebar frame': 0, 'content script': 0 };
  const outsideBy: Record<Context, number> = { 'service worker': 0, 'extension page': 0, 'sidebar frame': 0, 'content script': 0 };
  function record(context: Context, url: string): void {
    seen[context]++;
    if (!outside(url)) return;
    outsideBy[context]++;
    ours.push(`${context}: ${url}`);
  }

  /** Which of our contexts started a request (Playwright reports the service worker's through `serviceWorker()`). */
  function contextOf(request: Request): Context | undefined {
    const worker = request.serviceWorker();
    if (worker) return worker.url().startsWith(origin) ? 'service worker' : undefined;
    try {
      const frame = request.frame();
      if (!frame.url().startsWith('chrome-extension://')) return undefined;
      return frame.parentFrame() ? 'sidebar frame' : frame.url().startsWith(origin) ? 'extension page' : undefined;
    } catch {
      return undefined; // a navigation before its frame exists: the page's, not ours
    }
  }

  useExtension((launched) => {
    ext = launched;
    origin = `chrome-extension://${ext.extensionId}/`;
    ext.context.on('request', (request) => {
      const context = contextOf(request);
      if (context) record(context, request.url());
    });
  });

  /** The content script runs in the console's frame: its requests are told apart by their initiator. */
  async function watchContentScript(cdp: CDPSession): Promise<void> {
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: Initiator }) => {
      if (stackIsOurs(event.initiator.stack, origin)) record('content script', event.request.url);
    });
    await cdp.send('Network.enable');
  }

  it('sees a request the extension makes (the check itself works)', async () => {
    await ext.serviceWorker.evaluate(() => fetch('https://example.invalid/probe').catch(() => undefined));
    await expect.poll(() => ours.slice(), poll).toEqual(['service worker: https://example.invalid/probe']);
    ours.length = 0;
    outsideBy['service worker'] = 0;
    seen['service worker'] = 0;
    ext.requestsToOtherHosts.length = 0;
  });

  it('on every console, the options page and the side panel, the extension sends nothing outside itself', async () => {
    for (const site of REPLICA_SITES) {
      const page = await ext.context.newPage();
      await watchContentScript(await ext.context.newCDPSession(page));
      await page.goto(consoleUrl(site), { waitUntil: 'load' });
      const c = new ConsolePage(page, site);
      await c.searchFor('fh');
      await c.options.first().waitFor();
      await c.search.press('Enter');
      await expect.poll(() => c.status.textContent(), poll).toMatch(/^已插入/);
      expect(await c.sent()).toEqual([]);
      await page.close();
    }
    const options = await OptionsPage.open(ext);
    await options.page.close();
    const panel = await ext.context.newPage();
    await panel.goto(`${origin}sidepanel.html`);
    await panel.getByRole('searchbox', { name: '搜索话术' }).waitFor();
    await panel.waitForTimeout(300);
    // Also after a restart of the worker: it wakes to a message and loads nothing from outside.
    await ext.stopServiceWorker();
    const again = await OptionsPage.open(ext);
    await again.page.close();
    console.log(
      'Requests of our own, per context (started / to outside the extension):\n' +
        Object.keys(seen)
          .map((c) => `  ${c}: ${seen[c as Context]} / ${outsideBy[c as Context]}`)
          .join('\n'),
    );
    expect(outsideBy).toEqual({ 'service worker': 0, 'extension page': 0, 'sidebar frame': 0, 'content script': 0 });
    expect(seen['extension page']).toBeGreaterThan(0); // the recording saw our pages load their own files
    expect(ours).toEqual([]);
    expect(ext.requestsToOtherHosts).toEqual([]);
  });
});

describe('in a team: requests of our own go to that one server, and nowhere else', () => {
  let ext: ExtensionHandle;
  let couch: CouchServer;
  /** Every request the service worker or an extension page started to anything outside the extension. */
  const outside: string[] = [];
  const teamServer: string[] = [];

  beforeAll(async () => {
    couch = await startCouchServer();
    await couch.createUser('amy', 'agent-pw-1', ['agent']);
    await installTeamRules(couch.url, couch.fetchAs(couch.admin.name, couch.admin.password), ['amy']);
  });
  afterAll(async () => {
    await couch?.stop();
  });
  useExtension(async (launched) => {
    ext = launched;
    await letTeamServerThrough(ext, couch.url, teamServer);
    ext.context.on('request', (request) => {
      const worker = request.serviceWorker();
      let ours = worker?.url().startsWith('chrome-extension://') ?? false;
      try {
        ours ||= request.frame().url().startsWith('chrome-extension://');
      } catch {
        // a navigation before its frame exists: the page's, not ours
      }
      if (ours && !/^(data|blob|chrome-extension|chrome):/.test(request.url())) outside.push(new URL(request.url()).origin);
    });
  });

  it('joined as an agent, then a console, the options page and a sync: every request of ours is to the team server', async () => {
    await grantSiteAccess(ext, couch.url);
    const options = await openTeamTab(ext, TEAM_ZH);
    await fillAndConnect(options, TEAM_ZH, couch.url, 'amy', 'agent-pw-1');
    await options.getByRole('button', { name: '立即同步' }).waitFor({ timeout: 20_000 });
    await options.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => options.getByRole('status').textContent(), poll).toBe('同步完成。');
    const page = await ext.openConsole('pinduoduo');
    const c = new ConsolePage(page, 'pinduoduo');
    await c.searchFor('fh');
    await c.options.first().waitFor();
    await page.close();
    await options.close();
    expect(teamServer.length).toBeGreaterThan(3); // login, who am I, and the sync runs were seen
    expect([...new Set(outside)]).toEqual([couch.url]);
    expect(ext.requestsToOtherHosts).toEqual([]);
  });
});
