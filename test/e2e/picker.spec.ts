/**
 * A console changed and the chat input's selector finds nothing: the agent clicks 点选聊天输入框,
 * then the input itself; the sidebar remembers a selector for it and inserts there, also after a
 * reload. The click that picks does nothing in the console.
 */
import { describe, expect, it } from 'vitest';
import { REPLICA_SITES, type ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };

describe.each(REPLICA_SITES)('picking the chat input on %s', (site) => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('Escape cancels picking: nothing is saved and the page gets its clicks back', async () => {
    const c = new ConsolePage(await ext.openConsole(site, 'renamed-input'), site, 'renamed-input');
    await c.waitForSidebar();
    const pick = c.sidebar.getByRole('button', { name: '点选聊天输入框' });
    await pick.click();
    await expect.poll(() => c.status.textContent(), poll).toContain('请点击页面上的聊天输入框');
    await c.page.keyboard.press('Escape');
    await expect.poll(() => c.status.textContent(), poll).toBe('');
    const current = await c.currentBuyerId();
    const other = (await c.buyers()).find((b) => b.id !== current)!;
    await c.clickBuyer(other.id);
    expect(await c.currentBuyerId()).toBe(other.id);
    expect(await pick.count()).toBe(1);
    await c.page.close();
  });

  it('recovers from a renamed chat input with one click, and keeps the choice', async () => {
    const c = new ConsolePage(await ext.openConsole(site, 'renamed-input'), site, 'renamed-input');
    await c.waitForSidebar();
    await expect.poll(() => c.alert.textContent(), poll).toContain('输入框');
    await c.sidebar.getByRole('button', { name: '点选聊天输入框' }).click();
    await expect.poll(() => c.status.textContent(), poll).toContain('请点击页面上的聊天输入框');
    await c.chatInput.click();
    await expect.poll(() => c.status.textContent(), poll).toContain('已记住新的聊天输入框');
    await expect.poll(() => c.alert.count(), poll).toBe(0);

    await c.searchFor('fh');
    await c.search.press('Enter');
    await expect.poll(() => c.draft(), poll).toContain('发货');
    expect(await c.sent()).toEqual([]);

    await c.page.reload();
    const again = new ConsolePage(c.page, site, 'renamed-input');
    await again.waitForSidebar();
    await again.page.waitForTimeout(2000); // past the grace period in which a missing input is not yet reported
    expect(await again.alert.count()).toBe(0);
  });
});
