/**
 * Conversation records (issue 11 item 4) and recurring questions (item 5), in real Chromium on the
 * replica consoles: the agent saves the open conversation from the 记录 tab; it is listed and
 * searchable, survives a browser restart, exports from the options page (never the console page),
 * and is deleted on request. Hostile buyer text (markup, a 10,000-character message, right-to-left
 * script, emoji) is kept and shown as text, bounded. Screenshots in zh_CN and en to docs/screens/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHandle, type ReplicaSite } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, overlayNodes, sidebarIn, textOf } from './pages/console-page';

const poll = { timeout: 15_000, interval: 50 };

const HOSTILE = {
  markup: '<img src=x onerror=alert(1)><script>alert(2)</script>',
  long: '长'.repeat(10_000),
  rtl: 'مرحبا، هل الشحن مجاني؟',
  emoji: '包邮吗🙂🎁',
};

/** Adds buyer messages to the open conversation, as if the buyer wrote them. */
async function buyerWrites(c: ConsolePage, texts: string[]): Promise<string> {
  const buyerId = (await c.currentBuyerId())!;
  for (const text of texts) await c.page.evaluate(([id, t]) => window.__replica!.addMessage(id!, t!), [buyerId, text]);
  return buyerId;
}

async function openRecordsTab(c: ConsolePage, tab = '记录'): Promise<void> {
  await c.waitForSidebar();
  if ((await c.launcher.getAttribute('aria-expanded')) === 'false') await c.launcher.click();
  await c.sidebar.getByRole('tab', { name: tab }).click();
}

/** The rows of the record list (each a button named 查看 …). */
const rows = (where: Locator | Page, name = '会话记录列表') => where.getByRole('list', { name }).getByRole('listitem');

/** Everything of the console page a page script could read: its DOM and our closed shadow root. */
async function consolePageText(page: Page): Promise<string> {
  const dom = await page.evaluate(() => document.documentElement.outerHTML);
  const overlay = (await overlayNodes(page)).map(textOf).join('\n');
  return dom + overlay;
}

async function openOptions(ext: ExtensionHandle, tab: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('tabpanel', { name: tab, exact: true }).waitFor();
  return page;
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

describe.each(['pinduoduo', 'jd'] as const satisfies readonly ReplicaSite[])('conversation records on %s', (site) => {
  const profileDir = mkdtempSync(join(tmpdir(), `kefu-records-${site}-`));
  let ext: ExtensionHandle;
  afterAll(async () => {
    await ext?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('saves the open conversation with hostile text as text, bounded, lists and finds it, and keeps it out of the page', async () => {
    ext = await launchExtension({ profileDir });
    const c = new ConsolePage(await ext.openConsole(site), site);
    await openRecordsTab(c);
    const buyerId = await buyerWrites(c, [HOSTILE.markup, HOSTILE.long, HOSTILE.rtl, HOSTILE.emoji]);
    await c.sidebar.getByRole('button', { name: '保存当前对话' }).click();
    await expect.poll(() => c.status.textContent(), poll).toMatch(/^已保存与 .+ 的对话：\d+ 条消息。注意：1 条过长的消息只保存了前 2000 字。$/);
    await expect.poll(() => rows(c.sidebar).count(), poll).toBe(1);

    await rows(c.sidebar).getByRole('button', { name: /^查看 / }).click();
    const messages = c.sidebar.getByRole('list', { name: '对话消息' }).getByRole('listitem');
    await expect.poll(() => messages.count(), poll).toBeGreaterThanOrEqual(5);
    const texts = await c.sidebar.locator('.rec-text').allTextContents();
    // Page order, who wrote each: the conversation ends with the four buyer messages just written.
    expect(texts.slice(-4)).toEqual([HOSTILE.markup, HOSTILE.long.slice(0, 2000), HOSTILE.rtl, HOSTILE.emoji]);
    expect(await messages.last().textContent()).toBe(`买家${HOSTILE.emoji}`);
    expect(await messages.first().textContent()).toMatch(/^买家/);
    expect(await c.sidebar.locator('.rec-msg.from-agent').count()).toBeGreaterThan(0);
    // Shown as text: nothing of the markup became an element, no script ran.
    expect(await c.sidebar.locator('.rec-messages img, .rec-messages script').count()).toBe(0);
    expect(ext.dialogs).toEqual([]);
    expect(await c.sidebar.locator('.rec-meta').textContent()).toContain(buyerId);
    await c.page.screenshot({ path: `docs/screens/records-sidebar-${site}-zh_CN.png` });

    await c.sidebar.getByRole('button', { name: '返回列表' }).click();
    const search = c.sidebar.getByRole('searchbox', { name: '搜索会话记录' });
    await search.fill('مرحبا');
    await expect.poll(() => rows(c.sidebar).count(), poll).toBe(1);
    await search.fill('包邮 没有这句话');
    await expect.poll(() => c.sidebar.getByText('没有找到包含“包邮 没有这句话”的记录。').count(), poll).toBe(1);
    await search.fill('');
    // The record lives in the sealed frame only: nothing of the record view reached the console page.
    const pageText = await consolePageText(c.page);
    expect(pageText).not.toContain('会话记录');
    expect(pageText).not.toContain('保存时间');
  });

  it('survives a browser restart, exports from the options page, and is deleted on request', async () => {
    ext = await ext.restart();
    const c = new ConsolePage(await ext.openConsole(site), site);
    await openRecordsTab(c);
    await expect.poll(() => rows(c.sidebar).count(), poll).toBe(1);
    // Export is not offered on the console page.
    expect(await c.sidebar.getByRole('button', { name: /^导出/ }).count()).toBe(0);

    const options = await openOptions(ext, '会话记录');
    await expect.poll(() => rows(options).count(), poll).toBe(1);
    const text = await downloadText(options, '导出文本 (TXT)');
    expect(text.name).toMatch(/^conversation-records-\d{12}\.txt$/);
    expect(text.text).toContain(`[买家] ${HOSTILE.markup}\n[买家] ${'长'.repeat(2000)}\n[买家] ${HOSTILE.rtl}\n[买家] ${HOSTILE.emoji}`);
    expect(text.text).toContain('1 条过长的消息只保存了前 2000 字');
    const json = await downloadText(options, '导出数据 (JSON)');
    const data = JSON.parse(json.text) as { records: { messages: { from: string; text: string }[] }[] };
    expect(data.records).toHaveLength(1);
    expect(data.records[0]!.messages.at(-1)).toEqual({ from: 'buyer', text: HOSTILE.emoji });
    await options.close();

    // Save a second conversation, then delete the first from the sidebar, with a confirmation.
    await c.page.evaluate(() => {
      const r = window.__replica!;
      r.selectBuyer(r.buyers[2]!.id);
    });
    await c.sidebar.getByRole('button', { name: '保存当前对话' }).click();
    await expect.poll(() => rows(c.sidebar).count(), poll).toBe(2);
    await rows(c.sidebar).last().getByRole('button').click();
    await c.sidebar.getByRole('button', { name: '删除这条记录' }).click();
    await c.sidebar.getByRole('button', { name: '确定删除' }).click();
    await expect.poll(() => c.status.textContent(), poll).toMatch(/^已删除与 .+ 的对话记录。$/);
    await expect.poll(() => rows(c.sidebar).count(), poll).toBe(1);

    // Delete all: the options page only, after a confirmation.
    const owner = await openOptions(ext, '会话记录');
    await expect.poll(() => rows(owner).count(), poll).toBe(1);
    await owner.getByRole('button', { name: '全部删除', exact: true }).click();
    await owner.getByRole('button', { name: '确定全部删除', exact: true }).click();
    await expect.poll(() => owner.getByText('还没有保存的会话记录。').count(), poll).toBe(1);
    await owner.close();
    await c.sidebar.getByRole('searchbox', { name: '搜索会话记录' }).fill('x');
    await c.sidebar.getByRole('searchbox', { name: '搜索会话记录' }).fill('');
    await expect.poll(() => c.sidebar.getByText('还没有保存的会话记录。').count(), poll).toBe(1);
    expect(ext.requestsToOtherHosts).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});

describe('recurring questions', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('groups a question asked in two conversations and offers a phrase form filled with it; once saved, the group is answered', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await openRecordsTab(c);
    const asked = ['杯盖可以单独买吗？', '亲，杯盖能单独买吗'];
    for (const [i, question] of asked.entries()) {
      if (i > 0) await c.page.evaluate(() => window.__replica!.selectBuyer(window.__replica!.buyers[3]!.id));
      await buyerWrites(c, [question]);
      await c.sidebar.getByRole('button', { name: '保存当前对话' }).click();
      await expect.poll(() => rows(c.sidebar).count(), poll).toBe(i + 1);
    }

    const options = await openOptions(ext, '会话记录');
    const groups = options.getByRole('list', { name: '没有话术的常见问题' });
    const group = groups.getByRole('listitem').filter({ hasText: '杯盖' }).first();
    await group.waitFor({ timeout: 15_000 });
    expect(await group.textContent()).toContain('2 个对话问过，共 2 次');
    await options.screenshot({ path: 'docs/screens/records-options-zh_CN.png', fullPage: true });

    await group.getByRole('button', { name: /^为“.*杯盖.*”新建话术$/ }).click();
    const form = options.getByRole('form', { name: '新建话术' });
    const title = await form.getByRole('textbox', { name: '标题' }).inputValue();
    expect(title).toMatch(/杯盖/);
    const questions = await form.getByRole('textbox', { name: /^买家问法/ }).inputValue();
    expect(questions.split('\n').sort()).toEqual([...asked].sort());
    await form.getByRole('textbox', { name: '内容' }).fill('亲，杯盖可以单独购买，店铺里搜“杯盖”就能找到。');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.getByRole('status').first().textContent(), poll).toContain(`已保存话术：${title}`);
    await expect.poll(() => options.getByRole('listitem').filter({ hasText: '杯盖' }).count(), poll).toBe(0);
  });
});

describe('records in English', () => {
  let ext: ExtensionHandle;
  useExtension(
    (launched) => {
      ext = launched;
    },
    { lang: 'en' },
  );

  it('names the tab, the buttons and what was saved in English', async () => {
    const c = new ConsolePage(await ext.openConsole('jd'), 'jd');
    const frame = await sidebarIn(c.page);
    await frame.getByRole('tab', { name: 'Records' }).click();
    await buyerWrites(c, [HOSTILE.rtl, HOSTILE.long]);
    await frame.getByRole('button', { name: 'Save this conversation' }).click();
    await expect.poll(() => frame.getByRole('status').textContent(), poll).toMatch(/^Saved the conversation with .+: \d+ message\(s\)\. Note: 1 long message\(s\) were kept to their first 2000 characters\.$/);
    await frame.getByRole('list', { name: 'Conversation record list' }).getByRole('button', { name: /^Open the record of / }).click();
    await frame.getByRole('list', { name: 'Messages' }).waitFor();
    await c.page.screenshot({ path: 'docs/screens/records-sidebar-jd-en.png' });

    const options = await openOptions(ext, 'Records');
    await options.getByRole('button', { name: 'Export text (TXT)' }).waitFor();
    await options.screenshot({ path: 'docs/screens/records-options-en.png', fullPage: true });
    expect(ext.dialogs).toEqual([]);
  });
});
