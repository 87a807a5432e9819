/**
 * Issue 9 (分流, the routing-fairness advisor's pages) in real Chromium with the built extension:
 * the owner opens 分流 in the options page, edits the example scenario (gives an agent more online
 * hours) and sees the causes, recommendations, charts and numbers follow; tries a recommendation;
 * invalid input (weight -1, hour 25, order-state shares not summing to 1) is refused field by field
 * and nothing is saved; a saved scenario survives a reload. English page; the sidebar's summary on
 * the back office. Screenshots go to docs/screens/routing-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { sidebarIn } from './pages/console-page';

const RELATION_PAGE = 'https://myseller.taobao.com/home.htm/ExclusiveService/CustomerManage/';
const poll = { timeout: 20_000, interval: 50 };

async function openRouting(ext: ExtensionHandle, tabName: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('tab', { name: tabName, exact: true }).click();
  await page.getByRole('tabpanel', { name: tabName, exact: true }).waitFor(poll);
  return page;
}

/** One agent's row of the numbers table: [share, interval, per day, online hours, per online hour, busy]. */
async function agentFigures(page: Page, caption: string, agent: string): Promise<string[]> {
  const row = page.getByRole('table', { name: caption }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: agent, exact: true }) });
  return row.getByRole('cell').allTextContents();
}
const percent = (text: string | undefined) => Number((text ?? '').replace('%', ''));
const causeTexts = (page: Page, heading: string) => page.getByRole('region', { name: heading }).getByRole('listitem').allTextContents();
const settled = (page: Page) => expect.poll(() => page.locator('[aria-busy]').first().getAttribute('aria-busy'), poll).toBe('false');

/** The field's error text, through its aria-describedby (what a screen reader reads with it). */
async function describedBy(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' | ');
}

describe('分流 in the options page', () => {
  let ext: ExtensionHandle;
  let page: Page;
  useExtension(async (launched) => {
    ext = launched;
    page = await openRouting(ext, '分流');
  });

  it('shows the example analysed: summary, causes in words, recommendations, charts and their numbers', async () => {
    await page.getByText(/^示例场景：/).waitFor(poll);
    const causes = page.getByRole('region', { name: '为什么不平均' });
    await causes.getByRole('listitem').first().waitFor(poll);
    expect(await causes.getByRole('listitem').count()).toBe(5);
    expect((await causeTexts(page, '为什么不平均'))[0]).toMatch(/在线时长.*个百分点.*小林 每天在线 13 小时/);
    const recs = page.getByRole('region', { name: '建议' });
    await recs.getByRole('button', { name: '在场景里试试' }).first().waitFor(poll);
    expect(await recs.getByText('预计占比：').count()).toBeGreaterThan(0);
    for (const chart of ['各客服占比（均值与 95% 区间）', '每小时分到的咨询（下方色条为在线时段）', '每小时忙碌的时间占比']) {
      const img = page.getByRole('img', { name: chart });
      await img.locator('canvas').first().waitFor(poll);
    }
    const figures = await agentFigures(page, '各客服的模拟结果', '阿杰');
    expect(figures[0]).toMatch(/^\d+\.\d%$/);
    expect(figures[3]).toBe('8');
    await settled(page);
    await page.screenshot({ path: 'docs/screens/routing-options-zh.png', fullPage: true });
  });

  it('re-analyses as the owner edits: more online hours for 阿杰 raise its share and change the causes', async () => {
    await settled(page);
    const before = percent((await agentFigures(page, '各客服的模拟结果', '阿杰'))[0]);
    const causesBefore = await causeTexts(page, '为什么不平均');
    await page.getByRole('textbox', { name: '阿杰 第 2 段结束' }).fill('23');
    await expect.poll(async () => (await agentFigures(page, '各客服的模拟结果', '阿杰'))[3], poll).toBe('13');
    await settled(page);
    const after = percent((await agentFigures(page, '各客服的模拟结果', '阿杰'))[0]);
    expect(after).toBeGreaterThan(before + 5);
    await expect.poll(() => causeTexts(page, '为什么不平均'), poll).not.toEqual(causesBefore);
    expect(await page.getByText('有未保存的改动').count()).toBe(1);
  });

  it('puts a recommendation into the editor to try it, and the results follow', async () => {
    await settled(page);
    const jain = () => page.getByTestId('jain-count').textContent();
    const before = Number(await jain());
    const first = page.getByRole('region', { name: '建议' }).getByRole('listitem').first();
    const predicted = await first.textContent();
    await first.getByRole('button', { name: '在场景里试试' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), poll).toContain('已把建议放进场景');
    await expect.poll(async () => Number(await jain()), poll).toBeGreaterThan(before);
    expect(predicted).toMatch(/→/);
  });

  it('refuses weight -1, hour 25 and shares summing to 140% beside each field, and saves nothing', async () => {
    await page.getByRole('button', { name: '恢复为已保存的' }).click();
    const weight = page.getByRole('textbox', { name: '小林 的权重' });
    const hour = page.getByRole('textbox', { name: '小美 第 1 段结束' });
    const share = page.getByRole('textbox', { name: '无订单 的占比' });
    await weight.fill('-1');
    await hour.fill('25');
    await share.fill('0.9');
    for (const field of [weight, hour, share]) await expect.poll(() => field.getAttribute('aria-invalid'), poll).toBe('true');
    expect(await describedBy(weight)).toBe('太小（至少 0）');
    expect(await describedBy(hour)).toBe('太大（最多 24）');
    expect(await describedBy(share)).toBe('占比合计为 140%，应为 100%');
    expect(await page.getByText('有 3 处需要修改').count()).toBe(1);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents(), poll).toContainEqual(expect.stringContaining('有 3 处需要修改'));
    await page.reload();
    await page.getByRole('tabpanel', { name: '分流' }).waitFor(poll);
    await page.getByText(/^示例场景：/).waitFor(poll);
    expect(await page.getByRole('textbox', { name: '小林 的权重' }).inputValue()).toBe('1');
  });

  it('saves the edited scenario, and it is there after a reload', async () => {
    await page.getByRole('textbox', { name: '阿杰 第 2 段结束' }).fill('23');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), poll).toContain('分流场景已保存');
    await page.reload();
    await page.getByRole('tabpanel', { name: '分流' }).waitFor(poll);
    await page.getByText(/^已保存于 /).waitFor(poll);
    expect(await page.getByText(/^示例场景：/).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: '阿杰 第 2 段结束' }).inputValue()).toBe('23');
    await expect.poll(async () => (await agentFigures(page, '各客服的模拟结果', '阿杰'))[3], poll).toBe('13');
  });
});

describe('Routing in an English options page', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  }, { lang: 'en' });

  it('words the page, its causes and its field errors in English', async () => {
    const page = await openRouting(ext, 'Routing');
    await page.getByText(/^Example scenario: /).waitFor(poll);
    await page.getByRole('region', { name: 'Why it is uneven' }).getByRole('listitem').first().waitFor(poll);
    expect((await causeTexts(page, 'Why it is uneven'))[0]).toMatch(/Online time.*points.*小林 is online 13 h a day/);
    await page.getByRole('region', { name: 'Recommendations' }).getByRole('button', { name: 'Try it in the scenario' }).first().waitFor(poll);
    await settled(page);
    await page.screenshot({ path: 'docs/screens/routing-options-en.png', fullPage: true });
    const weight = page.getByRole('textbox', { name: '阿杰: Weight' });
    await weight.fill('-1');
    await expect.poll(() => describedBy(weight), poll).toBe('too small (at least 0)');
  });

  it('words the sidebar summary in English on the back office', async () => {
    const page = await ext.context.newPage();
    await page.goto(RELATION_PAGE);
    const sidebar = await sidebarIn(page);
    await sidebar.getByRole('tab', { name: 'Routing' }).click();
    const panel = sidebar.getByRole('tabpanel', { name: 'Routing' });
    const causes = panel.getByRole('region', { name: 'Main causes' }).getByRole('listitem');
    await causes.first().waitFor(poll);
    expect(await causes.first().textContent()).toMatch(/^Online time/);
    await page.screenshot({ path: 'docs/screens/routing-sidebar-en.png' });
  });
});

describe('分流 in the sidebar on the back office', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('shows the summary and the top three causes, with a link to the full page', async () => {
    const page = await ext.context.newPage();
    await page.goto(RELATION_PAGE);
    const sidebar = await sidebarIn(page);
    await sidebar.getByRole('tab', { name: '分流' }).click();
    const panel = sidebar.getByRole('tabpanel', { name: '分流' });
    await panel.getByText('还没有保存分流场景').waitFor(poll);
    const causes = panel.getByRole('region', { name: '主要原因' }).getByRole('listitem');
    await causes.first().waitFor(poll);
    expect(await causes.count()).toBeLessThanOrEqual(3);
    expect(await causes.first().textContent()).toMatch(/^在线时长/);
    expect(await panel.getByText(/^接得最多：小林/).count()).toBe(1);
    const link = panel.getByRole('link', { name: /打开完整页面/ });
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${ext.extensionId}/options.html#routing`);
    await page.screenshot({ path: 'docs/screens/routing-sidebar-zh.png' });

    // The owner saves a scenario in the options page; shown again, the open sidebar reads it.
    const options = await openRouting(ext, '分流');
    await options.getByRole('textbox', { name: '阿杰 第 2 段结束' }).fill('23');
    await options.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => options.getByRole('status').first().textContent(), poll).toContain('分流场景已保存');
    await page.bringToFront();
    await sidebar.getByRole('tab', { name: '关系' }).click();
    await sidebar.getByRole('tab', { name: '分流' }).click();
    await expect.poll(() => panel.getByText('还没有保存分流场景').count(), poll).toBe(0);
  });
});
