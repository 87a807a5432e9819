/**
 * Issue 11 item 1, the customer card (客户): on the Pinduoduo and JD replicas the card follows the
 * buyer when the conversation switches, survives a reload, shows hostile buyer names as bounded
 * text, and its notes never reach the console page (a main-world script finds none of them).
 * Screenshots (zh_CN and en) go to docs/screens/.
 */
import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle, ReplicaSite } from './fixtures';
import { installHostileScript } from './fixtures/hostile';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, sidebarIn } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };
const SITES: ReplicaSite[] = ['pinduoduo', 'jd'];
mkdirSync('docs/screens', { recursive: true });

/** The seller's local day, as the date input takes it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A buyer the replica adds at the top of its list: a name no console should ever show as markup. */
function hostileBuyer(site: ReplicaSite, name: string) {
  return site === 'jd'
    ? { id: 'hostile_long', name, unread: 1, wait: '等待 5秒', date: '10:40', product: '', msgs: [['buyer', '在吗']] }
    : { id: '7309999', name, group: 'five-minute', wait: '50秒后超时', unread: true, note: '10:40', msgs: [['buyer', '在吗']] };
}

class CardTab {
  constructor(readonly c: ConsolePage) {}
  get panel(): Locator {
    return this.c.sidebar.getByRole('region', { name: '客户卡片' });
  }
  get memo(): Locator {
    return this.panel.getByRole('textbox', { name: '备注', exact: true });
  }
  get nickname(): Locator {
    return this.panel.getByRole('textbox', { name: '备注名' });
  }
  get group(): Locator {
    return this.panel.getByRole('combobox', { name: '分组' });
  }
  async open(): Promise<void> {
    await this.c.waitForSidebar();
    if ((await this.c.launcher.getAttribute('aria-expanded')) === 'false') await this.c.launcher.click();
    await this.c.sidebar.getByRole('tab', { name: '客户' }).click();
    await this.memo.waitFor({ timeout: 15_000 });
  }
  /** The card shows this buyer (its name line), loaded. */
  async showsBuyer(name: string): Promise<void> {
    await expect.poll(() => this.panel.locator('.cust-name bdi').textContent(), poll).toBe(name);
    await this.memo.waitFor();
  }
  async groupLabel(): Promise<string> {
    return this.group.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
  }
}

describe.each(SITES)('customer card on %s', (site) => {
  let ext: ExtensionHandle;
  useExtension(async (launched) => {
    ext = launched;
    await installHostileScript(ext.context);
  });

  it('follows the buyer when the conversation switches, keeps each card, and survives a reload', async () => {
    const c = new ConsolePage(await ext.openConsole(site), site);
    const card = new CardTab(c);
    await card.open();
    const buyers = await c.buyers();
    const a = buyers.find((b) => b.id === '7301001' || b.id === 'jd_6b21f0a8')!;
    const b = buyers.find((x) => x.id === '7301003' || x.id === 'lucy2020')!;
    if ((await c.currentBuyerId()) !== a.id) await c.clickBuyer(a.id);
    await card.showsBuyer(a.name);

    // A: group, nickname, memo, and a promise due today.
    const memo = `只发顺丰，不要放驿站（${site}-私密备注）`;
    await card.group.selectOption({ label: '8 成交买家' });
    await expect.poll(() => c.status.textContent(), poll).toContain('成交买家');
    await card.nickname.fill('保温杯老顾客');
    await card.memo.fill(memo);
    await card.panel.getByRole('button', { name: '保存备注' }).click();
    await expect.poll(() => c.status.textContent(), poll).toContain(`已保存 ${a.name} 的客户备注`);
    await card.panel.getByRole('textbox', { name: '承诺内容' }).fill('今天下午补发赠品');
    await card.panel.getByLabel('到期日').fill(today());
    await card.panel.getByRole('button', { name: '记下承诺' }).click();
    const due = card.panel.getByRole('list', { name: '今天到期和逾期的承诺' });
    await expect.poll(() => due.getByRole('listitem').count(), poll).toBe(1);
    expect(await due.textContent()).toContain('今天到期');
    // The count shows on the tab, whichever tab is open; the tab's name stays 客户.
    await expect.poll(() => c.sidebar.getByRole('tab', { name: '客户' }).textContent(), poll).toBe('客户1');
    // What the buyer looked at (the console's product card), once the conversation was open a moment.
    const products = card.panel.getByRole('list', { name: '这位买家最近看过的商品' });
    await expect.poll(() => products.textContent(), poll).toMatch(/保温杯 500ml|小米 充电宝 20000mAh/);
    await c.page.screenshot({ path: `docs/screens/customer-card-${site}-zh_CN.png` });

    // B: another buyer, an empty card.
    await c.clickBuyer(b.id);
    await card.showsBuyer(b.name);
    expect(await card.memo.inputValue()).toBe('');
    expect(await card.groupLabel()).toBe('未分组');
    await card.memo.fill('B 的备注：要开发票');
    // Switching away with unsaved notes keeps them for the buyer they were written for.
    await c.clickBuyer(a.id);
    await card.showsBuyer(a.name);
    await expect.poll(() => c.status.textContent(), poll).toContain(`已替你保存 ${b.name} 的备注`);
    expect(await card.memo.inputValue()).toBe(memo);
    expect(await card.nickname.inputValue()).toBe('保温杯老顾客');
    expect(await card.groupLabel()).toBe('8 成交买家');

    // A reload: everything is still there, for each buyer.
    await c.page.reload();
    await card.open();
    await card.showsBuyer(a.name);
    expect(await card.memo.inputValue()).toBe(memo);
    await c.clickBuyer(b.id);
    await card.showsBuyer(b.name);
    expect(await card.memo.inputValue()).toBe('B 的备注：要开发票');

    // Marking the promise done clears the reminder.
    // (The sidebar frame is a new one after the reload: find the list again.)
    const dueNow = card.panel.getByRole('list', { name: '今天到期和逾期的承诺' });
    await dueNow.getByRole('button', { name: '完成：今天下午补发赠品' }).click();
    await expect.poll(() => dueNow.count(), poll).toBe(0);
    expect(await c.sidebar.getByRole('tab', { name: '客户' }).textContent()).toBe('客户');

    // The notes live in the sealed frame only: a script in the page's main world finds none of them.
    const found = await c.page.evaluate((texts) => window.__hostile!.find(texts), [memo, '保温杯老顾客', '今天下午补发赠品', 'B 的备注']);
    expect(found).toEqual([]);
    expect(await c.page.content()).not.toContain('私密备注');
    expect(ext.dialogs).toEqual([]);
    await c.page.close();
  });

  it('shows a hostile buyer name as bounded text and keeps a card for that buyer', async () => {
    const c = new ConsolePage(await ext.openConsole(site), site);
    const card = new CardTab(c);
    await card.open();
    const name = `<script>alert(1)</script><img src=x onerror=alert(2)>\u202eمرحبا بالعالم 😀🎉${'长'.repeat(10_000)}`;
    const buyer = hostileBuyer(site, name);
    await c.page.evaluate((x) => window.__replica!.addBuyer(x), buyer);
    await c.clickBuyer(buyer.id);
    const shown = card.panel.locator('.cust-name bdi');
    await expect.poll(async () => (await shown.textContent())?.startsWith('<script>alert(1)</script><img src=x onerror=alert(2)>'), poll).toBe(true);
    const text = (await shown.textContent())!;
    expect(text.length).toBeLessThanOrEqual(64);
    expect(text).not.toContain('\u202e');
    // As text: no element came from the name, inside the card or the page.
    expect(await card.panel.locator('script, img').count()).toBe(0);
    // Bounded on screen too: the card stays within the sidebar's width.
    const box = (await card.panel.boundingBox())!;
    const nameBox = (await shown.boundingBox())!;
    expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
    await card.memo.fill('名字很长的买家');
    await card.panel.getByRole('button', { name: '保存备注' }).click();
    await expect.poll(() => c.status.textContent(), poll).toContain('的客户备注');
    // After a reload (the replica forgets added buyers: the buyer writes again), the card is still that buyer's.
    await c.page.reload();
    await card.open();
    await c.page.evaluate((x) => window.__replica!.addBuyer(x), buyer);
    await c.clickBuyer(buyer.id);
    await expect.poll(() => card.memo.inputValue(), poll).toBe('名字很长的买家');
    expect(ext.dialogs).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
    await c.page.close();
  });
});

describe('customer card in English', () => {
  let ext: ExtensionHandle;
  useExtension(
    (launched) => {
      ext = launched;
    },
    { lang: 'en' },
  );

  it('names the tab and its parts in English', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    const sidebar = await sidebarIn(c.page);
    await sidebar.getByRole('tab', { name: 'Customer' }).click();
    const panel = sidebar.getByRole('region', { name: 'Customer card' });
    await panel.getByRole('textbox', { name: 'Memo' }).fill('Prefers SF Express; never leave at a parcel locker.');
    await panel.getByRole('combobox', { name: 'Group' }).selectOption({ label: '5 Wholesale buyers' });
    await panel.getByRole('button', { name: 'Save notes' }).click();
    await panel.getByRole('textbox', { name: 'What was promised' }).fill('Send the missing lid');
    await panel.getByLabel('Due').fill(today());
    await panel.getByRole('button', { name: 'Add promise' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Promises due today or overdue' }).getByRole('listitem').count(), poll).toBe(1);
    await expect.poll(() => panel.getByRole('list', { name: 'Products this buyer looked at' }).textContent(), poll).toContain('保温杯 500ml');
    await c.page.screenshot({ path: 'docs/screens/customer-card-pinduoduo-en.png' });

    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('tab', { name: 'Customers', exact: true }).click();
    const options = page.getByRole('tabpanel', { name: 'Customers', exact: true });
    await expect.poll(() => options.getByRole('list', { name: 'Customer groups' }).getByRole('listitem').count(), poll).toBe(10);
    await options.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => options.textContent(), poll).toContain('No customer has gone 90 days without contact.');
    await page.screenshot({ path: 'docs/screens/customers-options-en.png', fullPage: true });
    await page.close();
    await c.page.close();
  });
});

describe('customers in the options page', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('orders the groups by number, adds a sub-group, deletes a group only after moving its customers, previews a cleanup', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    const card = new CardTab(c);
    await card.open();
    await card.group.selectOption({ label: '1 好友' });
    await expect.poll(() => c.status.textContent(), poll).toContain('好友');

    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('tab', { name: '客户', exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: '客户', exact: true });
    const list = panel.getByRole('list', { name: '客户分组列表' });
    await expect.poll(() => list.getByRole('listitem').count(), poll).toBe(10);
    expect(await list.getByRole('listitem').first().getAttribute('aria-label')).toBe('1 好友');
    expect(await list.getByRole('listitem').last().getAttribute('aria-label')).toBe('10 交易纠纷');

    await list.getByRole('button', { name: '添加子分组 1 好友' }).click();
    const add = panel.locator('.cust-group-add');
    expect(await add.getByRole('textbox', { name: '编号' }).inputValue()).toBe('1A');
    await add.getByRole('textbox', { name: '分组名称' }).fill('老同学');
    await add.getByRole('button', { name: '添加分组' }).click();
    await expect.poll(() => list.getByRole('listitem').nth(1).getAttribute('aria-label'), poll).toBe('1A 老同学');

    // 1 好友 holds the buyer: deleting it asks where the customer goes first.
    await list.getByRole('button', { name: '删除分组 1 好友' }).click();
    const move = list.getByRole('listitem', { name: '1 好友' }).getByRole('combobox');
    await move.selectOption({ label: '1A 老同学' });
    await list.getByRole('button', { name: '移动并删除' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), poll).toContain('已删除分组“1 好友”，1 位客户已移走');
    expect(await list.getByRole('listitem').first().getAttribute('aria-label')).toBe('1A 老同学');

    await panel.getByRole('spinbutton', { name: '多少天没有联系' }).fill('1');
    await panel.getByRole('button', { name: '预览' }).click();
    await expect.poll(() => panel.textContent(), poll).toContain('没有超过 1 天未联系的客户。');
    await page.screenshot({ path: 'docs/screens/customers-options-zh_CN.png', fullPage: true });

    // The card shows the customer in the group they were moved to.
    await c.page.bringToFront();
    await c.page.reload();
    await card.open();
    await expect.poll(() => card.groupLabel(), poll).toBe('1A 老同学');
    await page.close();
    await c.page.close();
  });
});
