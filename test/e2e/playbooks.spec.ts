/**
 * Issue 11 items 3 and 4 (guided playbooks, closing checklist) on every replica console in real
 * Chromium with the built extension: 催发货 is walked to a step (the page's order state preselects
 * the not-shipped answer, the keyboard takes it), its phrase goes into the console's chat input
 * through the usual path (the variable form, nothing sent), the outcome is recorded under the buyer,
 * shows in the panel for that buyer only and survives a reload; the closing checklist ticks an item
 * by inserting its phrase and records its outcome.
 */
import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPLICA_SITES, type ExtensionHandle, type ReplicaSite } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, HOSTILE_NAME, sidebarIn } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };
/** Long enough for a console's render loop to drop a value it did not hear about. */
const SETTLE_MS = 300;
const REASSURE = (time: string) => `亲，您的订单还在承诺的发货时间内，预计${time}发出，发出后物流会同步更新，请放心。`;
const THANKS = '感谢您的光临，祝您购物愉快，有问题随时来找我。';

mkdirSync('docs/screens', { recursive: true });

/** The 应对 tab's panel, the sidebar opened first (zh names unless told). */
async function openPlaybooks(c: ConsolePage, names = { launcher: '客服侧边栏', tab: '应对' }): Promise<Locator> {
  const sidebar = await sidebarIn(c.page);
  const launcher = sidebar.getByRole('button', { name: names.launcher });
  await launcher.waitFor({ state: 'visible', timeout: 15_000 });
  if ((await launcher.getAttribute('aria-expanded')) === 'false') await launcher.click();
  await sidebar.getByRole('tab', { name: names.tab }).click();
  return sidebar.getByRole('tabpanel', { name: names.tab });
}

const focusedText = (panel: Locator) => panel.evaluate(() => (document.hasFocus() ? (document.activeElement?.textContent ?? '') : ''));

describe.each(REPLICA_SITES)('playbooks on %s', (site: ReplicaSite) => {
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

  it('催发货: the order state preselects, the phrase is inserted (not sent), the outcome stays with the buyer across a reload', async () => {
    const c = await open();
    const buyerId = (await c.currentBuyerId())!;
    const panel = await openPlaybooks(c);
    const recent = panel.getByRole('region', { name: /的最近结果$/ });
    await expect.poll(() => recent.getByText('这位买家还没有记录。').count(), poll).toBe(1);

    await panel.getByRole('button', { name: /^催发货/ }).click();
    await panel.getByRole('heading', { name: '订单发货了吗？' }).waitFor();
    // Every replica's first conversation shows an order waiting to ship (待发货 / 等待出库).
    await expect.poll(() => panel.getByText(/^页面显示：/).count(), poll).toBe(1);
    await expect.poll(() => focusedText(panel), poll).toBe('还没发货');
    await c.page.keyboard.press('Enter');
    await panel.getByRole('heading', { name: '超过承诺的发货时间了吗？' }).waitFor();
    await expect.poll(() => focusedText(panel), poll).toBe('还在承诺时间内');
    await panel.getByRole('button', { name: '还在承诺时间内' }).click();
    await panel.getByRole('heading', { name: '安抚买家，给出具体的发出时间' }).waitFor();
    expect(await panel.getByText('已回答：还没发货 → 还在承诺时间内').count()).toBe(1);

    // The phrase needs {发货时间}: the usual variable form asks for it; nothing goes in half-filled.
    await panel.getByRole('button', { name: '插入：催发货-未超时' }).click();
    const form = panel.getByRole('form', { name: /催发货-未超时/ });
    await form.getByRole('textbox', { name: '发货时间' }).fill('今天18点前');
    await form.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => c.draft(), poll).toBe(REASSURE('今天18点前'));
    await c.page.waitForTimeout(SETTLE_MS);
    expect(await c.draft()).toBe(REASSURE('今天18点前'));
    expect(await c.sent()).toEqual([]);
    await expect.poll(() => c.status.textContent(), poll).toContain('已插入：催发货-未超时');

    const outcome = panel.getByRole('form', { name: '记录结果' });
    await outcome.getByRole('radio', { name: '已解决' }).check();
    await outcome.getByRole('textbox', { name: /备注/ }).fill('答应今天18点前发出');
    await c.page.screenshot({ path: `docs/screens/playbooks-${site}-zh.png` });
    await outcome.getByRole('button', { name: '记录结果' }).click();
    await expect.poll(() => c.status.textContent(), poll).toMatch(/^已记录：催发货/);
    const item = recent.getByRole('listitem').first();
    await expect.poll(() => item.textContent(), poll).toMatch(/催发货.*已解决.*还没发货 → 还在承诺时间内.*答应今天18点前发出/);
    await c.page.screenshot({ path: `docs/screens/playbooks-outcome-${site}-zh.png` });

    // Another buyer has none; the same buyer has it again after a reload.
    const other = (await c.buyers()).find((b) => b.id !== buyerId)!;
    await c.clickBuyer(other.id);
    await expect.poll(() => recent.getByText('这位买家还没有记录。').count(), poll).toBe(1);
    await c.page.reload();
    await c.page.waitForFunction((id) => window.__replica?.state.currentBuyerId === id, buyerId);
    const again = await openPlaybooks(c);
    const list = again.getByRole('region', { name: /的最近结果$/ }).getByRole('listitem');
    await expect.poll(() => list.allTextContents(), poll).toEqual([expect.stringMatching(/催发货.*已解决.*答应今天18点前发出/)]);
    // The customer card shows the same outcome for this buyer.
    const sidebar = await sidebarIn(c.page);
    await sidebar.getByRole('tab', { name: '客户' }).click();
    const onCard = sidebar.getByRole('tabpanel', { name: '客户' }).getByRole('region', { name: /的最近结果$/ }).getByRole('listitem');
    await expect.poll(() => onCard.allTextContents(), poll).toEqual([expect.stringMatching(/催发货.*已解决.*答应今天18点前发出/)]);
    expect(ext.pageErrors).toEqual([]);
    await c.page.close();
  });

  it('结束对话: inserting an item’s phrase ticks it; the checklist records its outcome', async () => {
    const c = await open();
    const panel = await openPlaybooks(c);
    await panel.getByRole('button', { name: /^结束对话 · 检查清单/ }).click();
    const checklist = panel.getByRole('list', { name: '结束对话检查清单' });
    await checklist.getByRole('button', { name: '插入：感谢光临' }).click();
    await expect.poll(() => c.draft(), poll).toBe(THANKS);
    await expect.poll(() => checklist.getByRole('checkbox', { name: '感谢买家' }).isChecked(), poll).toBe(true);
    expect(await checklist.getByRole('checkbox', { name: '确认需求已解决' }).isChecked()).toBe(false);
    await checklist.getByRole('checkbox', { name: '确认需求已解决' }).check();
    await expect.poll(() => panel.getByText('已完成 2/6 项').count(), poll).toBe(1);
    await c.page.screenshot({ path: `docs/screens/closing-checklist-${site}-zh.png` });

    const outcome = panel.getByRole('form', { name: '记录结果' });
    await outcome.getByRole('radio', { name: '已解决' }).check();
    await outcome.getByRole('radio', { name: '已成交' }).check();
    await c.page.screenshot({ path: `docs/screens/closing-outcome-${site}-zh.png` });
    await outcome.getByRole('button', { name: '记录结果' }).click();
    await expect.poll(() => c.status.textContent(), poll).toMatch(/^已记录：结束对话/);
    const item = panel.getByRole('region', { name: /的最近结果$/ }).getByRole('listitem').first();
    await expect.poll(() => item.textContent(), poll).toMatch(/结束对话.*已解决.*已成交.*已完成 2\/6 项/);
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });

  it('a hostile buyer name is shown as text; a note of hostile text is kept as text', async () => {
    const c = await open();
    await c.clickBuyer(await c.buyerNamed(HOSTILE_NAME));
    const panel = await openPlaybooks(c);
    const recent = panel.getByRole('region', { name: `${HOSTILE_NAME} 的最近结果` });
    await recent.waitFor();
    await panel.getByRole('button', { name: /^结束对话 · 检查清单/ }).click();
    const outcome = panel.getByRole('form', { name: '记录结果' });
    const note = '<script>window.__pwned=1</script>\u202e😀'.padEnd(600, '长');
    await outcome.getByRole('textbox', { name: /备注/ }).fill(note);
    await outcome.getByRole('button', { name: '记录结果' }).click();
    const item = recent.getByRole('listitem').first();
    // The box holds at most 500 characters: what was kept is its head, as text.
    await expect.poll(() => item.locator('.pb-recent-note').textContent(), poll).toBe(note.slice(0, 500));
    expect(await c.sidebar.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await c.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(ext.pageErrors).toEqual([]);
    await c.page.close();
  });
});

describe('playbooks in English (pinduoduo)', () => {
  let ext: ExtensionHandle;
  useExtension(
    (launched) => {
      ext = launched;
    },
    { lang: 'en' },
  );

  it('walks Where is my parcel, records the outcome, and opens the closing checklist', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    const panel = await openPlaybooks(c, { launcher: 'Kefu Sidebar', tab: 'Playbooks' });
    await panel.getByRole('button', { name: /^Where is my parcel/ }).click();
    await panel.getByRole('button', { name: 'Not shipped yet' }).click();
    await panel.getByRole('button', { name: 'Overdue' }).click();
    await panel.getByRole('heading', { name: 'Apologise, log it, push the warehouse' }).waitFor();
    await c.page.screenshot({ path: 'docs/screens/playbooks-en.png' });
    await panel.getByRole('button', { name: 'Next' }).click();
    await panel.getByRole('button', { name: 'No compensation' }).click();
    await panel.getByRole('button', { name: /^Insert: 超时已登记/ }).click();
    await expect.poll(() => c.draft(), poll).toBe('您的情况我已经记录下来，仓库发出后我把单号发给您，有任何变化也会及时告诉您。');
    const outcome = panel.getByRole('form', { name: 'Record the outcome' });
    await outcome.getByRole('radio', { name: 'Not resolved' }).check();
    await outcome.getByRole('button', { name: 'Record outcome' }).click();
    const item = panel.getByRole('region', { name: /^Recent outcomes for / }).getByRole('listitem').first();
    await expect.poll(() => item.textContent(), poll).toMatch(/Where is my parcel.*Not resolved.*Not shipped yet → Overdue → No compensation/);
    await c.page.screenshot({ path: 'docs/screens/playbooks-outcome-en.png' });

    await panel.getByRole('button', { name: /^Closing checklist/ }).click();
    await panel.getByRole('list', { name: 'Closing checklist' }).waitFor();
    await c.page.screenshot({ path: 'docs/screens/closing-checklist-en.png' });
    expect(await c.sent()).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
