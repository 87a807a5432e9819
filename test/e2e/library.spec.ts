/**
 * Issue 4 "must show" for the sidebar, on each replica console in real Chromium: pinyin, initials
 * and short codes find a shipping phrase in the top 3; variables are filled from the page; the
 * `/code` list in the console's own chat input works and sends nothing; Alt+K opens and focuses
 * search. Standalone mode copies a filled phrase to the clipboard.
 */
import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '../../core/phrases/starter-library';
import { REPLICA_SITES, type ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };
const SETTLE_MS = 300;
const SHIPPING = STARTER_PHRASES.find((p) => p.code === 'fh')!;

describe.each(REPLICA_SITES)('scripts library on %s', (site) => {
  let ext: ExtensionHandle;
  let c: ConsolePage;
  useExtension(async (launched) => {
    ext = launched;
    c = new ConsolePage(await ext.openConsole(site), site);
    await c.waitForSidebar();
  });

  it.each([['fh'], ['fahuo'], [SHIPPING.code!]])('“%s” finds a shipping phrase in the top 3', async (query) => {
    await c.searchFor(query);
    const top = await c.topTitles(3);
    expect(top.some((title) => /发货|物流|快递/.test(title)), `top 3 for ${query}: ${top.join(' | ')}`).toBe(true);
  });

  it('finds by mixed pinyin and characters', async () => {
    await c.searchFor('fa货');
    expect((await c.topTitles(3)).some((title) => title.includes('发货'))).toBe(true);
  });

  it('“包邮” finds the postage phrases, which say 运费 (shop synonyms)', async () => {
    await c.searchFor('包邮');
    const top = await c.topTitles(5);
    expect(top.some((title) => /运费|偏远/.test(title)), `top 5 for 包邮: ${top.join(' | ')}`).toBe(true);
  });

  it('“差评” finds every phrase tagged 差评', async () => {
    const tagged = STARTER_PHRASES.filter((p) => p.tags?.includes('差评')).map((p) => p.title);
    expect(tagged.length).toBeGreaterThan(1);
    await c.searchFor('差评');
    await expect.poll(async () => (await c.options.locator('.option-title').allTextContents()).filter((t) => tagged.includes(t)).sort(), poll).toEqual([...tagged].sort());
  });

  it('fills {买家} from the open conversation', async () => {
    const buyerId = (await c.currentBuyerId())!;
    const buyer = (await c.buyers()).find((b) => b.id === buyerId)!;
    await c.addPhrase({ title: '称呼测试', text: '{买家}您好，这边马上为您查询', code: 'chcs' });
    await expect.poll(() => c.status.textContent(), poll).toContain('已保存');
    await c.searchFor('chcs');
    await c.option('称呼测试').click();
    await expect.poll(() => c.draft(), poll).toContain(`${buyer.name}您好，这边马上为您查询`);
    expect(await c.draft()).not.toContain('{买家}');
    expect(await c.sent()).toEqual([]);
  });

  it('asks for a fill-in value before inserting, and inserts nothing half-filled', async () => {
    await c.addPhrase({ title: '尺码备注测试', text: '已为您备注尺码{尺码?}', code: 'cmbz' });
    await expect.poll(() => c.status.textContent(), poll).toContain('已保存');
    const before = await c.draft();
    await c.searchFor('cmbz');
    await c.search.press('Enter');
    const size = c.sidebar.getByRole('textbox', { name: '尺码' });
    await size.waitFor();
    expect(await c.draft()).toBe(before);
    await size.fill('XL');
    await size.press('Enter');
    await expect.poll(() => c.draft(), poll).toContain('已为您备注尺码XL');
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.sent()).toEqual([]);
  });

  it('suggests phrases for /code typed in the chat input; Enter takes the suggestion, not the console', async () => {
    await c.chatInput.click();
    await c.page.keyboard.type(' /fh');
    await expect.poll(async () => (await c.suggestions())[0] ?? '', poll).toContain(SHIPPING.title);
    await c.page.keyboard.press('Enter');
    await expect.poll(() => c.draft(), poll).toContain(SHIPPING.text.slice(0, 10));
    expect(await c.draft()).not.toContain('/fh');
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.sent()).toEqual([]);
    await expect.poll(async () => (await c.suggestions()).length, poll).toBe(0);
    await expect.poll(() => c.chatInputHasFocus(), poll).toBe(true);
  });

  it('a held Enter after a /code accept sends nothing, auto-repeat included', async () => {
    await c.chatInput.click();
    await c.page.keyboard.type(' /fh');
    await expect.poll(async () => (await c.suggestions()).length, poll).toBeGreaterThan(0);
    const before = (await c.sent()).length;
    await c.page.keyboard.down('Enter');
    await expect.poll(() => c.draft(), poll).toContain(SHIPPING.text.slice(0, 10));
    // Held down: the keyboard repeats the keydown (repeat: true) into the chat input.
    for (let i = 0; i < 5; i++) await c.page.keyboard.down('Enter');
    await c.page.keyboard.up('Enter');
    await c.page.waitForTimeout(SETTLE_MS);
    expect((await c.sent()).length).toBe(before);
    expect(await c.draft()).toContain(SHIPPING.text.slice(0, 10));
    expect(await c.draft()).not.toContain('/fh');
  });

  it('leaves Enter to the console when no suggestion list is open', async () => {
    await c.chatInput.click();
    await c.page.keyboard.type(' /zzqx');
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.suggestions()).toEqual([]);
    await c.page.keyboard.press('Enter');
    await expect.poll(async () => (await c.sent()).length, poll).toBe(1);
  });

  it('stays collapsed after a reload when the agent collapsed it', async () => {
    await c.launcher.click();
    await expect.poll(() => c.launcher.getAttribute('aria-expanded'), poll).toBe('false');
    await c.page.reload();
    const again = new ConsolePage(c.page, site);
    await again.waitForSidebar();
    await expect.poll(() => again.launcher.getAttribute('aria-expanded'), poll).toBe('false');
    await again.launcher.click();
    await expect.poll(() => again.launcher.getAttribute('aria-expanded'), poll).toBe('true');
  });

  it('opens and focuses phrase search with Alt+K', async () => {
    await c.launcher.click();
    await expect.poll(() => c.launcher.getAttribute('aria-expanded'), poll).toBe('false');
    await c.chatInput.click();
    await c.page.keyboard.press('Alt+K');
    await expect.poll(() => c.launcher.getAttribute('aria-expanded'), poll).toBe('true');
    await expect.poll(() => c.searchHasFocus(), poll).toBe(true);
  });

  it('Escape in the sidebar gives the chat input the focus back', async () => {
    await c.searchFor('fh');
    expect(await c.searchHasFocus()).toBe(true);
    await c.search.press('Escape');
    await expect.poll(() => c.chatInputHasFocus(), poll).toBe(true);
    expect(await c.sent()).toEqual([]);
  });
});

describe('standalone mode (side panel page)', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  /** What Ctrl+V pastes, read back through a scratch textarea (clipboard-read can't be granted to an extension origin). */
  async function pasted(page: import('playwright-core').Page): Promise<string> {
    const scratch = page.locator('#scratch');
    if ((await scratch.count()) === 0) {
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<textarea id="scratch" aria-label="scratch"></textarea>'));
    }
    await scratch.fill('');
    await scratch.focus();
    await page.keyboard.press('Control+V');
    return scratch.inputValue();
  }

  it('copies a phrase, its fill-in values asked first, to the clipboard', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const search = page.getByRole('searchbox', { name: '搜索话术' });
    await search.fill('fh');
    await page.getByRole('option').first().waitFor();
    await search.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent(), poll).toContain('已复制');
    expect(await pasted(page)).toBe(SHIPPING.text);

    // A phrase with a variable: nothing to read it from here, so the form asks.
    await page.getByRole('button', { name: '新建话术' }).click();
    await page.getByRole('textbox', { name: '标题' }).fill('称呼买家');
    await page.getByRole('textbox', { name: '内容' }).fill('{买家}您好，订单已为您加急');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), poll).toContain('已保存');
    await search.fill('称呼买家');
    await page.getByRole('option').first().click();
    const buyer = page.getByRole('textbox', { name: '买家' });
    await buyer.fill('王女士');
    await buyer.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent(), poll).toContain('已复制：称呼买家');
    expect(await pasted(page)).toBe('王女士您好，订单已为您加急');
  });
});
