/**
 * Issue 12 item 7: axe-core finds no serious or critical issue in the sidebar frame (every tab),
 * the options page (every tab) and the side panel; the sidebar works by keyboard, and focus is
 * visible on its controls. Screenshots of focus states in docs/screens (zh and en).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, findSidebarFrame, sidebarIn } from './pages/console-page';
import { OptionsPage } from './pages/options-page';

const poll = { timeout: 10_000, interval: 50 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical findings in one document (injected through DevTools, which our CSP allows). */
async function axeFindings(target: Page | Frame, where: string): Promise<string[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const violations = (await target.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as Finding[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
}

/** The names of the tabs in a tablist, in order. */
async function tabNames(list: Locator): Promise<string[]> {
  return (await list.getByRole('tab').allTextContents()).map((t) => t.trim());
}

describe('axe-core: no serious or critical finding', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });
  const findings: string[] = [];

  it('in the sidebar frame, each of its tabs, on a chat console', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.searchFor('fh');
    await c.options.first().waitFor();
    const frame = findSidebarFrame(c.page)!;
    const tabs = c.sidebar.getByRole('tablist');
    for (const [i, name] of (await tabNames(tabs)).entries()) {
      await tabs.getByRole('tab').nth(i).click();
      await c.page.waitForTimeout(200);
      findings.push(...(await axeFindings(frame, `sidebar ${name}`)));
    }
    await c.page.close();
  });

  it('on the options page, each of its tabs', async () => {
    const o = await OptionsPage.open(ext);
    const tabs = o.page.getByRole('tablist', { name: '管理页面' });
    for (const [i, name] of (await tabNames(tabs)).entries()) {
      await tabs.getByRole('tab').nth(i).click();
      await o.page.waitForTimeout(200);
      findings.push(...(await axeFindings(o.page, `options ${name}`)));
    }
    await o.page.close();
  });

  it('in the side panel', async () => {
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByRole('searchbox', { name: '搜索话术' }).waitFor();
    await panel.getByRole('option').first().waitFor();
    findings.push(...(await axeFindings(panel, 'side panel')));
    await panel.close();
    console.log(`axe serious/critical findings: ${findings.length}\n${findings.join('\n')}`);
    expect(findings).toEqual([]);
  });
});

/** The focused element in a document (through open shadow roots): its role, name, and how its focus shows. */
function focusedIn(target: Frame): Promise<{ role: string; name: string; outline: string; shadow: string } | null> {
  return target.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
      shadow: style.boxShadow,
    };
  });
}

/** Visible focus: an outline of at least 2px, or a box shadow. */
const focusShows = (f: { outline: string; shadow: string }) => (f.outline !== 'none' && parseFloat(f.outline.split(' ')[1] ?? '0') >= 2) || f.shadow !== 'none';

for (const lang of ['zh-CN', 'en'] as const) {
  const zh = lang === 'zh-CN';
  describe(`by keyboard, focus visible (${lang})`, () => {
    let ext: ExtensionHandle;
    useExtension(
      (launched) => {
        ext = launched;
      },
      { lang },
    );

    it('Tab goes from the launcher through the tabs to search, each stop showing its focus; arrows pick, Enter inserts', async () => {
      const page = await ext.openConsole('pinduoduo');
      const c = new ConsolePage(page, 'pinduoduo');
      const root = await sidebarIn(page);
      const launcher = root.getByRole('button', { name: zh ? '客服侧边栏' : 'Kefu Sidebar' });
      await launcher.waitFor();
      const frame = findSidebarFrame(page)!;
      await launcher.focus();
      if ((await launcher.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('Enter');
      const search = root.getByRole('searchbox', { name: zh ? '搜索话术' : 'Search phrases' });
      await search.waitFor();

      const stops: { role: string; name: string; outline: string; shadow: string }[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const f = await focusedIn(frame);
        if (!f) break;
        stops.push(f);
        if (f.role === 'searchbox') break;
      }
      expect(stops.map((s) => s.role)).toContain('tab');
      expect(stops.at(-1)?.role).toBe('searchbox');
      const hidden = stops.filter((s) => !focusShows(s));
      expect(hidden, JSON.stringify(hidden)).toEqual([]);

      // The tabs: arrows move between them (one tab stop), focus visible on the tab.
      await root.getByRole('tab', { selected: true }).focus();
      await page.keyboard.press('ArrowRight');
      const onTab = await focusedIn(frame);
      expect(onTab?.role).toBe('tab');
      expect(focusShows(onTab!)).toBe(true);
      await page.screenshot({ path: `docs/screens/focus-tab-${zh ? 'zh' : 'en'}.png`, clip: await sidebarClip(page) });
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');

      // Search, arrow down, Enter: the phrase goes into the chat input, nothing is sent.
      await search.focus();
      await page.keyboard.type('fh');
      await root.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.screenshot({ path: `docs/screens/focus-search-${zh ? 'zh' : 'en'}.png`, clip: await sidebarClip(page) });
      await page.keyboard.press('Enter');
      await expect.poll(() => root.getByRole('status').textContent(), poll).toMatch(zh ? /^已插入/ : /^Inserted/);
      expect(await c.draft()).not.toBe('');
      expect(await c.sent()).toEqual([]);

      // The list itself is a tab stop with visible focus, and Enter there inserts as well.
      await root.getByRole('listbox').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const onList = await focusedIn(frame);
      expect(onList?.role).toBe('listbox');
      expect(focusShows(onList!)).toBe(true);
      await page.close();
    });
  });
}

/** The sidebar's area of the page, for a screenshot. */
function sidebarClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  return Promise.resolve({ x: size.width - 380, y: 0, width: 380, height: Math.min(size.height, 700) });
}
