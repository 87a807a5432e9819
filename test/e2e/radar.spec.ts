/**
 * The waiting radar (issue 11): on every replica console, the open buyer's unanswered messages
 * are counted from the page and three of them turn the buyer red; the countdown to the 3-minute
 * mark ticks in the sidebar; 定位 outlines the row without switching the conversation; 安抚 inserts
 * the library's holding reply into the open chat without sending; the launcher's badge counts the
 * urgent buyers, also collapsed. Hostile names and messages stay text, bounded. Screenshots zh/en.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '../../core/phrases/starter-library';
import { REPLICA_SITES, type ExtensionHandle, type ReplicaSite, recordDialogs } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, HOSTILE_NAME, sidebarIn } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };
const SETTLE_MS = 400;
const HOLDING = STARTER_PHRASES.find((p) => p.key === 'greet-busy')!;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The sidebar's danger red (theme.css `--kefu-danger`). */
const RED = 'rgb(198, 40, 40)';

/** The radar's controls by role and accessible name, in zh-CN or en. */
function radarOf(c: ConsolePage, lang: 'zh' | 'en' = 'zh') {
  const zh = lang === 'zh';
  const list = c.sidebar.getByRole('list', { name: zh ? '等待回复的买家' : 'Buyers waiting for a reply' });
  return {
    toggle: c.sidebar.getByRole('button', { name: zh ? /位买家在等回复/ : /buyers waiting for a reply/ }),
    list,
    item: (name: string): Locator => list.getByRole('listitem', { name: new RegExp(`^${escapeRe(name)}${zh ? '：' : ': '}`) }),
    badge: c.sidebar.getByRole('img', { name: zh ? /位买家急需回复$/ : /buyers need a reply now$/ }),
    launcher: c.sidebar.getByRole('button', { name: zh ? '客服侧边栏' : 'Kefu Sidebar' }),
  };
}

/** Opens the radar's list (collapsed by default, above the tabs). */
async function openList(radar: ReturnType<typeof radarOf>): Promise<void> {
  await radar.toggle.waitFor({ timeout: 10_000 });
  if ((await radar.toggle.getAttribute('aria-expanded')) !== 'true') await radar.toggle.click();
}

/** The open buyer, answered once by the agent, then writing `texts`: a known unanswered streak. */
async function freshStreak(c: ConsolePage, texts: string[]): Promise<{ id: string; name: string }> {
  const id = (await c.currentBuyerId())!;
  const name = (await c.buyers()).find((b) => b.id === id)!.name;
  await c.page.evaluate(
    ([buyerId, list]) => {
      window.__replica!.addMessage(buyerId as string, '您好，在的', 'agent');
      for (const text of list as string[]) window.__replica!.addMessage(buyerId as string, text);
    },
    [id, texts] as const,
  );
  return { id, name };
}

describe.each(REPLICA_SITES)('the waiting radar on %s', (site: ReplicaSite) => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('turns the open buyer red at three unanswered messages, counts down, shows the row, holds, and badges the launcher', async () => {
    const c = new ConsolePage(await ext.openConsole(site), site);
    const dialogs = recordDialogs(c.page);
    await c.waitForSidebar();
    const radar = radarOf(c);
    const { id, name } = await freshStreak(c, ['在吗', '这个有货吗']);
    await openList(radar);
    // Two unanswered: one more and the sale is usually lost.
    await expect.poll(() => radar.item(name).getAttribute('aria-label'), poll).toMatch(/：2 条未回复，尽快回复，距3分钟 \d:\d\d$/);

    await c.page.evaluate((buyerId) => window.__replica!.addMessage(buyerId, '人呢？'), id);
    await expect.poll(() => radar.item(name).getAttribute('aria-label'), poll).toMatch(/：3 条未回复，可能流失，距3分钟 \d:\d\d$/);
    const item = radar.item(name);
    expect(await item.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe(RED);
    expect(await item.evaluate((el) => getComputedStyle(el.querySelector('.radar-level')!).color)).toBe(RED);
    // The most urgent first.
    expect(await radar.list.getByRole('listitem').first().getAttribute('aria-label')).toMatch(new RegExp(`^${escapeRe(name)}：3 条未回复，可能流失`));

    // The countdown ticks in the sidebar while the page stays still.
    const countdown = item.locator('.radar-countdown');
    const before = await countdown.textContent();
    await expect.poll(() => countdown.textContent(), { timeout: 4_000, interval: 200 }).not.toBe(before);
    // (Qianniu's row says 已等待2分钟 itself: the console's own timer wins over what we saw.)
    expect(await countdown.textContent()).toMatch(/^距3分钟 [0-2]:[0-5]\d$/);

    // The launcher's badge: the number of urgent buyers in the list, also when collapsed.
    const levels = await radar.list.getByRole('listitem').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
    const urgent = levels.filter((l) => /可能流失|超过5分钟|尽快回复/.test(l)).length;
    expect(urgent).toBeGreaterThanOrEqual(1);
    await expect.poll(() => radar.badge.textContent(), poll).toBe(String(urgent));
    expect(await radar.badge.getAttribute('aria-label')).toBe(`${urgent} 位买家急需回复`);
    await c.launcher.click();
    await expect.poll(() => c.launcher.getAttribute('aria-expanded'), poll).toBe('false');
    expect(await radar.badge.isVisible()).toBe(true);
    expect(await radar.badge.textContent()).toBe(String(urgent));
    await c.launcher.click();
    await openList(radar);

    // 定位 outlines the row; the conversation stays the agent's own click.
    await radar.item(name).getByRole('button', { name: `在会话列表中定位 ${name}` }).click();
    await expect.poll(() => c.overlayCount('reveal-highlight'), poll).toBe(1);
    expect(await c.currentBuyerId()).toBe(id);

    // 安抚: the holding reply, inserted into the open chat, never sent; offered for the open buyer only.
    expect(await radar.list.getByRole('button', { name: /^给 .* 插入安抚话术$/ }).count()).toBe(1);
    await radar.item(name).getByRole('button', { name: `给 ${name} 插入安抚话术` }).click();
    await expect.poll(() => c.draft(), poll).toContain(HOLDING.text);
    await expect.poll(() => c.status.textContent(), poll).toMatch(/已插入/);
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.sent()).toEqual([]);
    expect(dialogs).toEqual([]);

    // The agent answers: the buyer leaves the radar.
    await c.page.evaluate((buyerId) => window.__replica!.addMessage(buyerId, '有货的亲', 'agent'), id);
    await expect.poll(() => radar.item(name).count(), poll).toBe(0);
    await c.page.close();
  });
});

/** A new conversation at the top of the list, shaped as each replica's console.js buyers. */
const NEW_BUYER: Partial<Record<ReplicaSite, (id: string, name: string) => Record<string, unknown>>> = {
  pinduoduo: (id, name) => ({ id, name, group: 'timeout-unreply', wait: '已等待6分钟', unread: true, note: '10:40', msgs: [['buyer', '在吗']] }),
  jd: (id, name) => ({ id, name, unread: 3, wait: '等待 20秒', date: '10:40', product: '', msgs: [['buyer', '在吗'], ['buyer', '在吗'], ['buyer', '在吗']] }),
};
const LONG_NAME = '\u202Eكلام 🧧' + '长'.repeat(10_000);
const HOSTILE_MESSAGES = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', 'مرحبا \u202Eabc 😀🎉', '长'.repeat(10_000)];

describe.each(['pinduoduo', 'jd'] as const)('hostile buyers on the radar on %s', (site) => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('shows names as text, bounded, and counts hostile messages without showing them', async () => {
    const c = new ConsolePage(await ext.openConsole(site), site);
    const dialogs = recordDialogs(c.page);
    await c.waitForSidebar();
    const radar = radarOf(c);
    await c.page.evaluate((buyer) => window.__replica!.addBuyer(buyer), NEW_BUYER[site]!('hostile_long', LONG_NAME));
    const { name } = await freshStreak(c, HOSTILE_MESSAGES);
    await openList(radar);
    await expect.poll(() => radar.item(name).getAttribute('aria-label'), poll).toMatch(/：4 条未回复，可能流失/);

    // The hostile name from the replica, as text.
    await expect.poll(() => radar.list.textContent(), poll).toContain(HOSTILE_NAME);
    expect(await radar.list.locator('img, script').count()).toBe(0);
    // The long RTL/emoji name: cut to the reader's bound, one line, inside the sidebar's width.
    const long = radar.list.getByRole('listitem').filter({ hasText: 'كلام' });
    await expect.poll(() => long.count(), poll).toBe(1);
    const shown = (await long.locator('.waiting-name').textContent())!;
    expect(shown.length).toBeLessThanOrEqual(64);
    // The bidi override is dropped from page text (it could turn our own words around).
    expect(shown).not.toContain('\u202E');
    expect(LONG_NAME.replace('\u202E', '').startsWith(shown)).toBe(true);
    const box = (await long.boundingBox())!;
    expect(box.height).toBeLessThan(80);
    expect(box.width).toBeLessThanOrEqual(340);
    // The 6-minute wait (PDD's own text) or the three unread (JD's badge) make it urgent.
    expect(await long.getAttribute('aria-label')).toMatch(site === 'jd' ? /：3 条未回复，可能流失/ : /：1 条未回复，超过5分钟，已等 6:\d\d$/);
    // Messages are never shown by the radar: only counted.
    expect(await radar.list.textContent()).not.toContain('<script>');
    expect(dialogs).toEqual([]);
    await c.page.close();
  });
});

/** The radar on the Pinduoduo replica, open with a lost buyer, for the closing screenshots. */
async function screenshotRadar(ext: ExtensionHandle, lang: 'zh' | 'en', file: string): Promise<void> {
  const page = await ext.openConsole('pinduoduo');
  await sidebarIn(page);
  const c = new ConsolePage(page, 'pinduoduo');
  const radar = radarOf(c, lang);
  await radar.launcher.waitFor({ timeout: 15_000 });
  const { name } = await freshStreak(c, ['在吗', '这个杯子能装开水吗', '人呢？']);
  await openList(radar);
  await expect.poll(() => radar.item(name).getAttribute('aria-label'), poll).toMatch(lang === 'zh' ? /可能流失/ : /Likely lost/);
  await expect.poll(() => radar.badge.count(), poll).toBe(1);
  await c.page.screenshot({ path: `docs/screens/${file}.png` });
  await radar.launcher.click();
  await expect.poll(() => radar.launcher.getAttribute('aria-expanded'), poll).toBe('false');
  const size = c.page.viewportSize()!;
  await c.page.screenshot({ path: `docs/screens/${file}-badge.png`, clip: { x: size.width - 160, y: size.height * 0.3, width: 160, height: 140 } });
  await c.page.close();
}

describe('radar screenshots (zh)', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });
  it('shows a lost buyer first, with the countdown and the badge', async () => {
    await screenshotRadar(ext, 'zh', 'radar-zh');
  });
});

describe('radar screenshots (en)', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  }, { lang: 'en' });
  it('names the radar in English', async () => {
    await screenshotRadar(ext, 'en', 'radar-en');
  });
});
