/**
 * Issue 3 "must show", on each replica console in real Chromium with the built extension:
 * the sidebar mounts beside the chat input; a Chinese search finds a starter phrase that a click or
 * Enter inserts into the console's own state; nothing is ever sent; the wrong-buyer guard; a clear
 * alert when the chat input is renamed; hostile buyer names shown as text; phrases survive a
 * stopped service worker and a browser restart; no request of our own to any host.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '../../core/phrases/starter-library';
import { launchExtension, REPLICA_SITES, type ExtensionHandle, type ReplicaSite, type ReplicaVariant } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, findSidebarFrame, HOSTILE_NAME } from './pages/console-page';

const SHIPPING = STARTER_PHRASES.find((p) => p.code === 'fh')!;
const CONSOLE_NAME: Record<ReplicaSite, RegExp> = {
  pinduoduo: /拼多多/,
  doudian: /抖店|飞鸽/,
  jd: /京东|咚咚/,
  qianniu: /千牛/,
};

/** Long enough for a keyup/keypress console or a render loop to act on a leaked key. */
const SETTLE_MS = 300;
const poll = { timeout: 10_000, interval: 50 };

it('the starter library holds 发货时间 (fh)', () => {
  expect(SHIPPING.title).toBe('发货时间');
});

describe.each(REPLICA_SITES)('sidebar on %s', (site) => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  async function open(variant?: ReplicaVariant): Promise<ConsolePage> {
    const c = new ConsolePage(await ext.openConsole(site, variant), site, variant);
    await c.waitForSidebar();
    return c;
  }

  it('mounts open, docked beside the console without covering the chat input', async () => {
    const c = await open();
    expect(await c.launcher.getAttribute('aria-expanded')).toBe('true');
    await c.phrasesTab.waitFor();
    const [first] = await c.buyers();
    await expect.poll(() => c.currentBuyerLabel.textContent(), poll).toContain(`当前买家：${first!.name}`);
    // What is at the chat input's centre and right edge is the input itself, not the sidebar.
    const box = (await c.chatInput.boundingBox())!;
    for (const x of [box.x + box.width / 2, box.x + box.width - 4]) {
      const hit = await c.chatInput.evaluate((input, [px, py]) => {
        const el = document.elementFromPoint(px!, py!);
        return el !== null && (el === input || input.contains(el));
      }, [x, box.y + box.height / 2]);
      expect(hit, `chat input visible at x=${Math.round(x)}`).toBe(true);
    }
    await c.page.close();
  });

  it('the launcher collapses the sidebar to a strip and the console gets its width back', async () => {
    const c = await open();
    const frameBox = async () => (await (await findSidebarFrame(c.page)!.frameElement()).boundingBox())!;
    const viewport = c.page.viewportSize()!;
    expect((await frameBox()).width).toBe(340);
    await c.launcher.click();
    await expect.poll(() => c.launcher.getAttribute('aria-expanded'), poll).toBe('false');
    await expect.poll(async () => (await frameBox()).width, poll).toBeLessThanOrEqual(32);
    const strip = await frameBox();
    expect(strip.height).toBeLessThanOrEqual(64);
    // The console fills the window again: its chat input reaches past where the sidebar was.
    await expect.poll(async () => (await c.chatInput.boundingBox())!.x + (await c.chatInput.boundingBox())!.width, poll).toBeGreaterThan(viewport.width - 40);
    await c.launcher.click();
    await expect.poll(async () => (await frameBox()).width, poll).toBe(340);
    await c.page.close();
  });

  it('finds 发货时间 by a Chinese search and inserts it with a click; nothing is sent', async () => {
    const c = await open();
    await c.searchFor('发货');
    const option = c.option(SHIPPING.title);
    await option.waitFor();
    await expect.poll(() => c.options.first().getAttribute('aria-selected'), poll).toBe('true');
    await option.click();
    await expect.poll(() => c.draft(), poll).toBe(SHIPPING.text);
    await expect.poll(() => c.status.textContent(), poll).toContain(`已插入：${SHIPPING.title}`);
    await c.page.waitForTimeout(SETTLE_MS); // Doudian's render loop must not wipe it
    expect(await c.draft()).toBe(SHIPPING.text);
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });

  it('inserts with Enter in the search box, which never reaches the console (no line break, no send)', async () => {
    const c = await open();
    await c.searchFor('发货');
    await c.option(SHIPPING.title).waitFor();
    await c.search.press('Enter');
    await expect.poll(() => c.draft(), poll).toBe(SHIPPING.text);
    await expect.poll(() => c.chatInputHasFocus(), poll).toBe(true); // the agent can type on
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.draft()).toBe(SHIPPING.text);
    expect(await c.sent()).toEqual([]);

    // Again, now that the chat input holds text (Qianniu's document listener would send it).
    await c.searchFor('fh');
    await c.option(SHIPPING.title).waitFor();
    await c.search.press('Enter');
    await expect.poll(() => c.draft(), poll).toBe(SHIPPING.text + SHIPPING.text);
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.sent()).toEqual([]);
    expect(await c.draft()).not.toContain('\n');
    await c.page.close();
  });

  it('arrow keys move the active result without touching the console', async () => {
    const c = await open();
    await c.searchFor('发货');
    await c.option(SHIPPING.title).waitFor();
    await expect.poll(() => c.options.count(), poll).toBeGreaterThan(1);
    const selected = () => c.options.evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute('aria-selected')));
    await expect.poll(selected, poll).toEqual(['true', 'false']);
    await c.search.press('ArrowDown');
    await expect.poll(selected, poll).toEqual(['false', 'true']);
    await c.search.press('ArrowUp');
    await expect.poll(selected, poll).toEqual(['true', 'false']);
    expect(await c.draft()).toBe('');
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });

  it('refuses to insert after the buyer changed (wrong-buyer guard)', async () => {
    const c = await open();
    const [, second] = await c.buyers();
    await c.searchFor('发货');
    await c.option(SHIPPING.title).waitFor();
    await c.clickBuyer(second!.id);
    await c.search.press('Enter');
    await expect.poll(() => c.alert.textContent(), poll).toContain('会话已切换');
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.draft()).toBe('');
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });

  it('says which console and which part when the chat input is renamed, without a page error', async () => {
    const errorsBefore = ext.pageErrors.length;
    const c = await open('renamed-input');
    const alertText = async () => ((await c.alert.count()) ? (await c.alert.allTextContents()).join(' ') : '');
    // The alert may come at mount or at the first insert attempt: both are fine.
    try {
      await expect.poll(alertText, { timeout: 3_000, interval: 100 }).toContain('输入框');
    } catch {
      await c.searchFor('发货');
      await c.option(SHIPPING.title).waitFor();
      await c.search.press('Enter');
    }
    await expect.poll(alertText, poll).toContain('输入框');
    expect(await alertText()).toMatch(CONSOLE_NAME[site]);
    expect(await c.sent()).toEqual([]);
    expect(ext.pageErrors.slice(errorsBefore)).toEqual([]);
    await c.page.close();
  });

  it('shows a hostile buyer name as text', async () => {
    const dialogsBefore = ext.dialogs.length;
    const c = await open();
    await c.clickBuyer(await c.buyerNamed(HOSTILE_NAME));
    await expect.poll(() => c.currentBuyerLabel.textContent(), poll).toContain(`当前买家：${HOSTILE_NAME}`);
    expect(await c.sidebar.locator('img[src="x"]').count()).toBe(0);
    await c.page.waitForTimeout(SETTLE_MS);
    expect(ext.dialogs.slice(dialogsBefore)).toEqual([]);
    await c.page.close();
  });

  it('made no request to any other host and raised no page error', () => {
    expect(ext.requestsToOtherHosts).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});

describe('when the extension is gone', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('the content script removes the sidebar, the dock and its listeners', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    const traces = () =>
      c.page.evaluate(() => ({
        host: document.querySelector('kefu-sidebar') !== null,
        docked: document.documentElement.classList.contains('kefu-sidebar-docked'),
      }));
    expect(await traces()).toEqual({ host: true, docked: true });
    // An extension reload (as an update does) orphans this tab's content script.
    await ext.serviceWorker.evaluate('setTimeout(() => chrome.runtime.reload(), 10)');
    await expect.poll(traces, poll).toEqual({ host: false, docked: false });
    // The `/code` listener is gone too: Enter is the console's again.
    await c.chatInput.click();
    await c.page.keyboard.type(' /fh');
    await c.page.keyboard.press('Enter');
    await expect.poll(async () => (await c.sent()).length, poll).toBe(1);
  });
});

describe('phrases survive', () => {
  const phrase = { title: '测试持久话术', text: '这条话术应在重启后仍然存在。', code: 'cschj' };
  let ext: ExtensionHandle;
  afterAll(async () => {
    await ext?.close();
  });

  it('a stopped service worker and a browser restart on the same profile', async () => {
    ext = await launchExtension();
    let c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    await c.addPhrase(phrase);
    await c.searchFor('持久');
    await c.option(phrase.title).waitFor();

    await ext.stopServiceWorker(); // throws unless CDP reports the worker stopped
    // The open sidebar keeps working while the background sleeps.
    await c.searchFor('持久');
    await c.option(phrase.title).click();
    await expect.poll(() => c.draft(), poll).toBe(phrase.text);
    // A new tab wakes the background, which still has the phrase.
    c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.searchFor('持久');
    await c.option(phrase.title).waitFor();

    ext = await ext.restart();
    c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.searchFor('持久');
    await c.option(phrase.title).waitFor();
    await c.option(phrase.title).click();
    await expect.poll(() => c.draft(), poll).toBe(phrase.text);
    expect(await c.sent()).toEqual([]);
    expect(ext.requestsToOtherHosts).toEqual([]);
  });
});
