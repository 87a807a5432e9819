/**
 * Issue 8 item 5 in the built extension: transfer tasks are followed by `alarms` and the toolbar
 * badge. Time is simulated by giving a task an earlier start: one started 9 h ago is slow at once;
 * one that turns slow seconds from now is caught by the alarm, with the service worker asleep;
 * after a browser restart (alarms and badge lost) the badge is rebuilt from the stored tasks.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { BackOfficePage } from './pages/back-office-page';

const H = 3_600_000;
const poll = { timeout: 20_000, interval: 200 };
const ALARM = 'kefu-transfer-check';

// The extension API as the pages and the worker see it (evaluated there, not in Node).
declare const chrome: any;

type Reply = { ok: boolean; value?: any; error?: { code: string; message: string } };

/** An extension page of our own (the options page), to send requests and read the badge from. */
async function optionsPage(ext: ExtensionHandle): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  return page;
}

function ask(page: Page, body: object): Promise<Reply> {
  return page.evaluate((b) => chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: b }), body) as Promise<Reply>;
}
const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const alarm = (page: Page) => page.evaluate((name) => chrome.alarms.get(name), ALARM) as Promise<{ scheduledTime: number } | undefined>;

const assignments = [
  { buyerId: 'tb_buyer_1', from: 'old-cs', to: 'cs-a' },
  { buyerId: 'tb_buyer_2', from: null, to: 'cs-b' },
];

describe('transfer reminders', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('shows a task started 9 h ago as needing attention on the toolbar badge, and schedules its timeout', async () => {
    const page = await optionsPage(ext);
    expect(await badge(page)).toBe('');
    const startedAt = Date.now() - 9 * H;
    const started = await ask(page, { kind: 'startTransferTask', name: '九小时前的转移', startedAt, assignments });
    expect(started).toMatchObject({ ok: true, value: { status: 'slow', count: 2, nextCheckAt: startedAt + 72 * H } });
    await expect.poll(() => badge(page), poll).toBe('1');
    expect((await alarm(page))?.scheduledTime).toBe(startedAt + 72 * H);
    // Seen from the service worker too (the badge is the extension's, not the page's).
    const worker = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`))!;
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    const done = await ask(page, { kind: 'updateTransferTask', id: started.value.id, completedAt: Date.now() });
    expect(done).toMatchObject({ ok: true, value: { status: 'awaiting-recheck' } });
    await expect.poll(() => badge(page), poll).toBe('');
    expect(await ask(page, { kind: 'deleteTransferTask', id: started.value.id })).toMatchObject({ ok: true });
    await expect.poll(() => alarm(page), poll).toBeUndefined();
    await page.close();
  });

  it('fires a tracker reminder after simulated time, waking the sleeping service worker', async () => {
    const page = await optionsPage(ext);
    // Started 8 h minus 5 s ago: in progress now, slow in 5 s.
    const startedAt = Date.now() - 8 * H + 5_000;
    const started = await ask(page, { kind: 'startTransferTask', name: '即将变慢', startedAt, assignments });
    expect(started).toMatchObject({ ok: true, value: { status: 'in-progress', nextCheckAt: startedAt + 8 * H } });
    await expect.poll(async () => (await alarm(page))?.scheduledTime, poll).toBe(startedAt + 8 * H);
    expect(await badge(page)).toBe('');

    await ext.stopServiceWorker();
    // Nothing but the alarm can change the badge now: no request is made until it reads '1'.
    await expect.poll(() => badge(page), { timeout: 30_000, interval: 250 }).toBe('1');
    expect((await alarm(page))?.scheduledTime).toBe(startedAt + 72 * H);
    const tasks = await ask(page, { kind: 'getTransferTasks' });
    expect(tasks).toMatchObject({ ok: true, value: { attention: 1, tasks: [{ name: '即将变慢', status: 'slow' }] } });
    await page.close();
  });

  it('says in the sidebar’s 转移 panel on the back office how many tasks need attention, not only on the badge', async () => {
    const page = await optionsPage(ext);
    const before = (await ask(page, { kind: 'getTransferTasks' })).value.attention as number;
    const started = await ask(page, { kind: 'startTransferTask', name: '侧边栏提醒', startedAt: Date.now() - 9 * H, assignments });
    expect(started).toMatchObject({ ok: true, value: { status: 'slow' } });

    const bo = await BackOfficePage.open(ext, 'relations');
    await bo.sidebar.getByRole('tab', { name: '转移' }).click();
    const panel = bo.sidebar.getByRole('tabpanel', { name: '转移' });
    const line = panel.getByRole('status').filter({ hasText: '个转移任务需要处理' });
    await expect.poll(() => line.textContent(), poll).toContain(`${before + 1} 个转移任务需要处理：变慢、超时或该复查了。`);
    expect(await badge(page)).toBe(String(before + 1));
    await line.getByRole('button', { name: '查看任务' }).click();
    await expect.poll(() => panel.getByRole('listitem', { name: '侧边栏提醒' }).isVisible(), poll).toBe(true);

    // Left as the restart test expects it (one task).
    expect(await ask(page, { kind: 'deleteTransferTask', id: started.value.id })).toMatchObject({ ok: true });
    await bo.page.close();
    await page.close();
  });

  it('rebuilds the badge and the alarm from the stored tasks after a browser restart', async () => {
    const restarted = await ext.restart();
    try {
      const page = await optionsPage(restarted);
      await expect.poll(() => badge(page), poll).toBe('1');
      const tasks = await ask(page, { kind: 'getTransferTasks' });
      expect(tasks.value.tasks).toHaveLength(1);
      expect((await alarm(page))?.scheduledTime).toBe(tasks.value.tasks[0].startedAt + 72 * H);
    } finally {
      await restarted.close();
    }
  });
});
