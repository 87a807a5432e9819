/**
 * Issue 9, "measured, not guessed", in real Chromium on the Pinduoduo replica: the sidebar records
 * the agent's day (online, busy with more than 4 waiting, buyers per hour) as conversations arrive,
 * under a simulated clock; the agent exports the day file (counts only); the owner imports it in
 * the options page with a teammate's file — a malformed file is refused by file and field and
 * changes nothing — builds the scenario and sees reality against the simulation.
 * Screenshots (zh_CN and en) go to docs/screens/.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, sidebarIn } from './pages/console-page';

const poll = { timeout: 15_000, interval: 100 };
/** 09:00 on 2026-12-01, in the browser's (and this machine's) local time. */
const START = new Date(2026, 11, 1, 9, 0, 0);

/** A teammate's day file, as their sidebar would export it: online all day, 2 buyers an hour. */
const TEAMMATE = {
  format: 'kefu-routing-day',
  version: 1,
  agent: { id: '阿强', name: '阿强' },
  site: 'pinduoduo',
  date: '2026-12-01',
  online: [['09:00', '21:00']],
  busy: [],
  receivedPerHour: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 21 ? 2 : 0)),
};
const MALFORMED = { ...TEAMMATE, agent: { id: '小丽', name: '小丽' }, online: [['09:00', '25:00']], receivedPerHour: [1, 2, 3] };
const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

/** A waiting buyer arriving on the Pinduoduo replica. */
const arrival = (n: number) => ({ id: `73090${n}`, name: `新买家${n}`, group: 'five-minute', wait: '50秒后超时', unread: true, note: '09:05', msgs: [['buyer', '在吗？']] });

async function openOptionsTab(ext: ExtensionHandle, tab: string): Promise<{ page: Page; panel: Locator }> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('tab', { name: tab, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: tab, exact: true });
  await panel.waitFor();
  return { page, panel };
}

describe('measured routing (zh_CN)', () => {
  let ext: ExtensionHandle;
  useExtension(async (launched) => {
    ext = launched;
    await ext.context.clock.install({ time: START });
  });

  it('records the day as buyers arrive, exports it, and the owner builds the scenario from the team’s files', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    // Five minutes with the six conversations the replica opens with (three of them waiting)…
    await ext.context.clock.runFor('05:00');
    // …then three more buyers arrive, all waiting: six waiting, more than four, so the agent is busy.
    await c.page.evaluate((buyers) => buyers.forEach((b) => window.__replica!.addBuyer(b)), [arrival(1), arrival(2), arrival(3)]);
    await ext.context.clock.runFor('25:00');

    const sidebar = c.sidebar;
    await sidebar.getByRole('tab', { name: '我的分流' }).click();
    const card = sidebar.getByRole('tabpanel', { name: '我的分流' });
    await card.getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => card.locator('.rd-figures').textContent(), poll).toBe('在线30 分忙碌25 分接待买家9');
    expect(await card.getByRole('table', { name: '每小时接待的买家' }).locator('tbody tr').allTextContents()).toEqual(['09–109']);
    expect(await card.getByRole('combobox', { name: '日期' }).locator('option').allTextContents()).toEqual(['2026-12-01（今天） · pinduoduo']);

    // An ASCII account here: this test machine's Chromium names a download with Chinese characters
    // "download" (unit tests cover the Chinese file name).
    await card.getByRole('textbox', { name: '我的客服账号' }).fill('xiaomei');
    await card.getByRole('button', { name: '保存账号' }).click();
    await expect.poll(() => c.status.textContent(), poll).toContain('已保存客服账号：xiaomei');
    await c.page.screenshot({ path: 'docs/screens/sidebar-my-routing-zh.png' });
    const [download] = await Promise.all([c.page.waitForEvent('download'), card.getByRole('button', { name: '导出这一天' }).click()]);
    expect(download.suggestedFilename()).toBe('xiaomei-2026-12-01.kefu-day.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'kefu-routing-day', agent: { id: 'xiaomei', name: 'xiaomei' }, date: '2026-12-01', online: [['09:00', '09:30']], busy: [['09:05', '09:30']] });
    expect(file.receivedPerHour[9]).toBe(9);
    // Counts only: no buyer's id or name leaves the machine.
    for (const b of await c.buyers()) {
      expect(exported).not.toContain(b.id);
      expect(exported).not.toContain(b.name);
    }

    // The owner: a malformed file is refused by file and field, and nothing changes.
    const o = await openOptionsTab(ext, '分流');
    const input = o.panel.locator('input[type=file]');
    await input.setInputFiles([json('小丽.kefu-day.json', MALFORMED)]);
    const refused = o.panel.getByRole('alert');
    await expect.poll(() => refused.textContent(), poll).toContain('小丽.kefu-day.json 没有导入');
    const refusal = (await refused.textContent()) ?? '';
    expect(refusal).toContain('文件 小丽.kefu-day.json：字段 online[0][1]：应为 00:00–24:00 的时间，如 09:30');
    expect(refusal).toContain('文件 小丽.kefu-day.json：字段 receivedPerHour：应有 24 个数（每小时一个）');
    expect(refusal).not.toContain('开始时间应早于结束时间');
    expect(await o.panel.getByText('还没有导入数据。').isVisible()).toBe(true);

    // The team's files: this agent's export and a teammate's; the malformed one again, refused alone.
    await input.setInputFiles([{ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) }, json('阿强.kefu-day.json', TEAMMATE), json('小丽.kefu-day.json', MALFORMED)]);
    const list = o.panel.getByRole('table', { name: '已导入的客服日数据' });
    await expect.poll(() => list.locator('tbody tr').count(), poll).toBe(2);
    expect(await list.locator('tbody th').allTextContents()).toEqual(['阿强', 'xiaomei']);
    expect(await o.panel.getByRole('alert').count()).toBe(1);
    expect(await o.page.getByRole('alert').filter({ hasText: '导入完成' }).textContent()).toContain('2 个文件成功，1 个文件被拒绝');

    await o.panel.getByRole('button', { name: '用数据生成分流场景' }).click();
    const built = o.panel.getByRole('region', { name: '生成的场景' });
    expect(await built.textContent()).toContain('xiaomei：在线 09:00–09:30，权重 1');
    expect(await built.textContent()).toContain('阿强：在线 09:00–21:00，权重 1');
    const compare = o.panel.getByRole('region', { name: '实际与模拟对比' });
    await expect.poll(() => compare.getByRole('table').locator('tbody tr').count(), poll).toBe(2);
    expect(await compare.getByRole('table').locator('tbody th').allTextContents()).toEqual(['阿强', 'xiaomei']);
    await o.page.screenshot({ path: 'docs/screens/options-routing-data-zh.png', fullPage: true });

    // Delete one agent-day: the list follows.
    await list.getByRole('button', { name: '删除 阿强 2026-12-01' }).click();
    await expect.poll(() => list.locator('tbody tr').count(), poll).toBe(1);
  });
});

describe('measured routing (en)', () => {
  let ext: ExtensionHandle;
  useExtension(
    async (launched) => {
      ext = launched;
      await ext.context.clock.install({ time: START });
    },
    { lang: 'en' },
  );

  it('shows the day and the team data in English', async () => {
    const page = await ext.openConsole('pinduoduo');
    const sidebar = await sidebarIn(page);
    await sidebar.getByRole('tab', { name: 'My routing' }).click();
    await ext.context.clock.runFor('10:00');
    const card = sidebar.getByRole('tabpanel', { name: 'My routing' });
    await card.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => card.locator('.rd-figures').textContent(), poll).toBe('Online10 minBusy0 minBuyers received6');
    await page.screenshot({ path: 'docs/screens/sidebar-my-routing-en.png' });

    const o = await openOptionsTab(ext, 'Routing');
    await o.panel.locator('input[type=file]').setInputFiles([json('qiang.json', TEAMMATE), json('mei.json', { ...TEAMMATE, agent: { id: 'Mei', name: 'Mei' }, online: [['09:00', '15:00']] })]);
    await expect.poll(() => o.panel.getByRole('table', { name: 'Imported agent-days' }).locator('tbody tr').count(), poll).toBe(2);
    await o.panel.getByRole('button', { name: 'Build the scenario from the data' }).click();
    const compare = o.panel.getByRole('region', { name: 'Reality against the simulation' });
    await expect.poll(() => compare.getByRole('table').locator('tbody tr').count(), poll).toBe(2);
    // Mei: half the hours yet half the buyers: reality departs from the model.
    expect(await compare.textContent()).toMatch(/Mei: actual 50%, simulated \d+(\.\d)?%, [\d.]+ points more in reality/);
    await o.page.screenshot({ path: 'docs/screens/options-routing-data-en.png', fullPage: true });
  });
});
