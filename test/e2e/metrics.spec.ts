/**
 * Issue 11 item 6, the metrics calculator, in real Chromium with the built extension: the owner
 * enters a day's figures in the options page's 指标 tab and sees the conversion rate and charm
 * index; a bad figure is named beside its field; a zero whole shows "不可用" with its reason; the
 * reply waits a chat page records (sent from the sidebar frame on a console, as the waiting radar
 * does) give the day's 3- and 5-minute reply rates; all of it is still there after the background
 * stops and the page reloads. Screenshots (zh_CN and en) go to docs/screens/.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, findSidebarFrame } from './pages/console-page';

declare const chrome: any;
type Reply = { ok: boolean; value?: unknown; error?: { code: string; details?: string[] } };

const poll = { timeout: 15_000, interval: 100 };
const MIN = 60_000;

/** A local date (this machine's clock is the browser's) `daysAgo` days back, and 10:00 on it. */
function localDay(daysAgo: number): { date: string; tenAm: number } {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(10, 0, 0, 0);
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { date, tenAm: d.getTime() };
}

async function openMetrics(ext: ExtensionHandle, tab: string): Promise<{ page: Page; panel: Locator }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('tab', { name: tab, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: tab, exact: true });
  await panel.waitFor();
  return { page, panel };
}

/** The table row of a date and product (its row header is the date; the product is the next cell). */
const rowOf = (table: Locator, date: string, product: string) => table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: date, exact: true }) }).filter({ hasText: product });

/** Types each figure into the field of that name and saves the day. */
async function saveDay(form: Locator, figures: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(figures)) await form.getByRole('textbox', { name, exact: true }).fill(value);
  await form.getByRole('button', { name: '保存这一天' }).click();
}

describe('metrics calculator (zh_CN)', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('enters figures, shows the rates, explains a zero whole, takes reply rates from recorded waits, and keeps it all', async () => {
    const today = localDay(0);
    const yesterday = localDay(1);
    const o = await openMetrics(ext, '指标');
    const form = o.panel.getByRole('form', { name: '一天的数据' });
    const table = o.panel.getByRole('table', { name: '每日指标' });
    await expect.poll(() => o.panel.textContent(), poll).toContain('还没有数据');
    expect(await form.getByLabel('日期').inputValue()).toBe(today.date);

    // A bad figure: named beside its field and in the alert; nothing saved.
    await form.getByRole('textbox', { name: '访客数' }).fill('12o0');
    await form.getByRole('button', { name: '保存这一天' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent(), poll).toContain('没有保存，请改正：');
    expect(await alert.textContent()).toContain('访客数：请填写 0 到 1000000000 之间的整数（现在是“12o0”）');
    expect(await form.getByRole('textbox', { name: '访客数' }).getAttribute('aria-invalid')).toBe('true');
    expect(await o.panel.getByText('还没有数据').isVisible()).toBe(true);

    // Today's figures: conversion 36 / 1,200 = 3.0%; charm 70 / (3,000 − 200) = 2.5%.
    await saveDay(form, { 访客数: '1,200', 成交买家数: '36', 浏览量: '3000', 本店自己的访问: '200', 咨询人数: '70' });
    await expect.poll(() => o.page.getByRole('status').first().textContent(), poll).toContain(`已保存 ${today.date} 全店`);
    expect(await form.getByRole('alert').count()).toBe(0);
    const todayRow = rowOf(table, today.date, '全店');
    await expect.poll(() => todayRow.locator('td').allTextContents(), poll).toEqual(['全店', '1200', '36', '3000', '200', '70', '3.0%36 / 1200', '2.5%70 / 2800', '没有记录', '修改删除']);
    expect(await todayRow.getByRole('button').allTextContents()).toEqual(['修改', '删除']);

    // Yesterday: no visitor, and own visits as many as the views: both rates not available, with why.
    await form.getByLabel('日期').fill(yesterday.date);
    await saveDay(form, { 访客数: '0', 成交买家数: '0', 浏览量: '150', 本店自己的访问: '150', 咨询人数: '3' });
    const yesterdayRow = rowOf(table, yesterday.date, '全店');
    await expect.poll(() => yesterdayRow.count(), poll).toBe(1);
    const cells = await yesterdayRow.locator('td').allTextContents();
    expect(cells[6]).toBe('不可用访客数为 0，无法相除');
    expect(cells[7]).toBe('不可用浏览量减去本店自己的访问为 0，无法相除');
    expect(await o.panel.textContent()).not.toMatch(/NaN|Infinity/);

    // The radar's waits, sent from the sidebar frame on a console: yesterday, four buyers
    // answered after 2, 4 and 8 minutes and one never: 1 of 4 within 3 minutes, 2 of 4 within 5.
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    const frame = findSidebarFrame(c.page)!;
    const ask = (body: object) => frame.evaluate((b) => chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: b }), body) as Promise<Reply>;
    const t = yesterday.tenAm;
    const waits = [
      { site: 'pinduoduo', buyerId: 'pdd_buyer_1', askedAt: t, answeredAt: t + 2 * MIN },
      { site: 'pinduoduo', buyerId: 'pdd_buyer_2', askedAt: t + 10 * MIN, answeredAt: t + 14 * MIN },
      { site: 'pinduoduo', buyerId: 'pdd_buyer_3', askedAt: t + 20 * MIN, answeredAt: t + 28 * MIN },
      { site: 'pinduoduo', buyerId: 'pdd_buyer_4', askedAt: t + 30 * MIN, answeredAt: null },
    ];
    expect(await ask({ kind: 'recordReplyWaits', waits })).toEqual({ ok: true, value: { added: 4, updated: 0, unchanged: 0, ignored: 0 } });
    // The same batch again counts nothing twice; an answer before the question is refused by field.
    expect(await ask({ kind: 'recordReplyWaits', waits })).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 4, ignored: 0 } });
    const bad = await ask({ kind: 'recordReplyWaits', waits: [{ ...waits[0], answeredAt: t - MIN }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request', details: [expect.stringContaining('waits[0].answeredAt')] } });

    // Data survives: the background stops, the page reloads, everything is read back from storage.
    await ext.stopServiceWorker();
    await o.page.reload();
    await o.page.getByRole('tab', { name: '指标', exact: true }).click();
    await expect.poll(() => rowOf(table, yesterday.date, '全店').locator('td').allTextContents(), poll).toEqual([
      '全店',
      '0',
      '0',
      '150',
      '150',
      '3',
      '不可用访客数为 0，无法相除',
      '不可用浏览量减去本店自己的访问为 0，无法相除',
      '25.0%1 / 4',
      '50.0%2 / 4',
      '修改删除',
    ]);
    expect(await rowOf(table, today.date, '全店').locator('td').nth(6).textContent()).toBe('3.0%36 / 1200');
    // No buyer id reaches the page that shows the rates.
    expect(await o.page.content()).not.toContain('pdd_buyer');
    await o.panel.getByRole('img', { name: /趋势/ }).locator('canvas').first().waitFor(poll);
    await o.page.screenshot({ path: 'docs/screens/metrics-options-zh.png', fullPage: true });

    // Deleting a day takes its row away (the reply rates of that date stay: they were recorded, not entered).
    await rowOf(table, today.date, '全店').getByRole('button', { name: `删除 ${today.date} 全店` }).click();
    await expect.poll(() => rowOf(table, today.date, '全店').count(), poll).toBe(0);
  });
});

describe('metrics calculator (en)', () => {
  let ext: ExtensionHandle;
  useExtension(
    (launched) => {
      ext = launched;
    },
    { lang: 'en' },
  );

  it('shows rates and "not available" with its reason in English', async () => {
    const today = localDay(0);
    const o = await openMetrics(ext, 'Metrics');
    const form = o.panel.getByRole('form', { name: "A day's figures" });
    await form.getByRole('textbox', { name: 'Product (empty: whole shop)' }).fill('Thermos cup');
    await form.getByRole('textbox', { name: 'Page views' }).fill('80');
    await form.getByRole('textbox', { name: 'Own visits' }).fill('95');
    await form.getByRole('textbox', { name: 'Inquirers' }).fill('4');
    await form.getByRole('button', { name: 'Save the day' }).click();
    // The form empties once the day is saved: wait for that before typing the next one.
    await expect.poll(() => o.page.getByRole('status').first().textContent(), poll).toContain(`Saved ${today.date}, Thermos cup`);
    await form.getByRole('textbox', { name: 'Visitors' }).fill('800');
    await form.getByRole('textbox', { name: 'Buyers' }).fill('20');
    await form.getByRole('textbox', { name: 'Page views' }).fill('2000');
    await form.getByRole('textbox', { name: 'Own visits' }).fill('');
    await form.getByRole('button', { name: 'Save the day' }).click();
    const table = o.panel.getByRole('table', { name: 'Metrics by day' });
    await expect.poll(() => table.locator('tbody tr').count(), poll).toBe(2);
    const shop = await rowOf(table, today.date, 'Whole shop').locator('td').allTextContents();
    // The form is emptied after a save: the shop's inquirers (checked first) and own visits were left out.
    expect(shop.slice(6, 8)).toEqual(['2.5%20 / 800', 'Not availableinquirers not entered']);
    const cup = await rowOf(table, today.date, 'Thermos cup').locator('td').allTextContents();
    expect(cup[6]).toBe('Not availablebuyers not entered');
    expect(cup[7]).toBe('Not availableown visits exceed page views, so the difference is negative: check the figures');
    expect(cup[8]).toBe('shop-wide');
    await o.page.screenshot({ path: 'docs/screens/metrics-options-en.png', fullPage: true });
  });
});
