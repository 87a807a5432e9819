/**
 * Issue 10 "must show", on every replica console in real Chromium with the built extension:
 * a buyer whose last message is 包邮吗 gets a postage phrase among the suggested replies; one key
 * (Alt+n, in the sidebar or in the console's chat input) inserts it into the console's own state and
 * nothing is sent; switching buyers and the buyer writing change the suggestions; a 10,000-character
 * hostile message is handled in bounded time, and nothing in it runs.
 */
import { describe, expect, it } from 'vitest';
import { REPLICA_SITES, type ExtensionHandle, type ReplicaSite } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };
/** Long enough for a console's render loop to drop a value it did not hear about. */
const SETTLE_MS = 300;

/** The shop's own postage phrase (no variables: one key inserts it as it is). */
const POSTAGE = { title: '包邮规则', text: '亲，全店满59元包邮，偏远地区除外。' };
/** Per replica: the buyer whose latest message is 包邮吗, and one who asks something else. */
const BUYERS: Record<ReplicaSite, { baoyou: string; other: string }> = {
  pinduoduo: { baoyou: '7301006', other: '7301001' },
  doudian: { baoyou: '1845220016', other: '1845220011' },
  jd: { baoyou: 'wang_xiaoer', other: 'jd_6b21f0a8' },
  qianniu: { baoyou: '2208765002', other: '2208765001' },
};

describe.each(REPLICA_SITES)('suggested replies on %s', (site) => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  async function open(): Promise<ConsolePage> {
    const c = new ConsolePage(await ext.openConsole(site), site);
    await c.waitForSidebar();
    await c.phrasesTab.waitFor();
    return c;
  }
  const region = (c: ConsolePage) => c.sidebar.getByRole('region', { name: '建议回复' });
  const suggested = async (c: ConsolePage) => (await region(c).count()) === 0 ? [] : region(c).getByRole('button').allTextContents();
  const addMessage = (c: ConsolePage, buyerId: string, text: string) =>
    c.page.evaluate(([id, t]) => window.__replica!.addMessage(id!, t!), [buyerId, text] as const);

  it('包邮吗 gets a postage phrase; Alt+n inserts it into the console’s state; nothing is sent', async () => {
    const c = await open();
    await c.addPhrase(POSTAGE);
    const { baoyou } = BUYERS[site];
    await c.clickBuyer(baoyou);

    await expect.poll(() => suggested(c), poll).toEqual(expect.arrayContaining([expect.stringContaining(POSTAGE.title)]));
    const position = (await suggested(c)).findIndex((text) => text.includes(POSTAGE.title)) + 1;
    const button = region(c).getByRole('button', { name: new RegExp(POSTAGE.title) });
    expect(await button.getAttribute('aria-keyshortcuts')).toBe(`Alt+${position}`);
    await c.page.screenshot({ path: `docs/screens/suggestions-${site}-zh.png` });

    await c.search.click();
    await c.page.keyboard.press(`Alt+${position}`);
    await expect.poll(() => c.draft(), poll).toBe(POSTAGE.text);
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.draft()).toBe(POSTAGE.text); // kept by the app, not only shown
    expect(await c.sent()).toEqual([]);
    await expect.poll(() => c.status.textContent(), poll).toContain(POSTAGE.title);
    await c.page.close();
  });

  it('Alt+n in the console’s chat input inserts the suggestion there, without sending', async () => {
    const c = await open();
    await c.addPhrase(POSTAGE);
    await c.clickBuyer(BUYERS[site].baoyou);
    await expect.poll(() => suggested(c), poll).toEqual(expect.arrayContaining([expect.stringContaining(POSTAGE.title)]));
    const position = (await suggested(c)).findIndex((text) => text.includes(POSTAGE.title)) + 1;
    await c.chatInput.click();
    await c.page.keyboard.press(`Alt+${position}`);
    await expect.poll(() => c.draft(), poll).toBe(POSTAGE.text);
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.draft()).toBe(POSTAGE.text);
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });

  it('switching buyers and the buyer writing change the suggestions', async () => {
    const c = await open();
    const { baoyou, other } = BUYERS[site];
    await c.clickBuyer(baoyou);
    // A postage phrase: the starter one, or the shop's own added by an earlier test (same profile).
    await expect.poll(() => suggested(c), poll).toEqual(expect.arrayContaining([expect.stringMatching(/运费说明|包邮规则/)]));
    const forPostage = await suggested(c);

    await c.clickBuyer(other);
    await expect.poll(async () => JSON.stringify(await suggested(c)), poll).not.toBe(JSON.stringify(forPostage));

    await addMessage(c, other, '能开发票吗 要公司抬头');
    await expect.poll(() => suggested(c), poll).toEqual(expect.arrayContaining([expect.stringContaining('开发票')]));
    expect(ext.pageErrors).toEqual([]);
    await c.page.close();
  });

  it('a 10,000-character hostile message is bounded: nothing runs, suggestions keep up', async () => {
    const c = await open();
    const { baoyou } = BUYERS[site];
    await c.clickBuyer(baoyou);
    const hostile = `<img src=x onerror="window.__pwned=1">\u202e${'<script>window.__pwned=2</script>😀'.repeat(300)}`.padEnd(10_000, '啊');
    expect(hostile.length).toBeGreaterThanOrEqual(10_000);
    await addMessage(c, baoyou, hostile);
    // The next question is still answered: the long one cost no more than its head.
    await addMessage(c, baoyou, '能开发票吗');
    await expect.poll(() => suggested(c), poll).toEqual(expect.arrayContaining([expect.stringContaining('开发票')]));
    expect(await c.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await c.sidebar.locator('img[src="x"]').count()).toBe(0);
    // The sidebar still answers the keyboard.
    await c.searchFor('发货');
    await c.options.first().waitFor();
    expect(ext.pageErrors).toEqual([]);
    await c.page.close();
  });
});
