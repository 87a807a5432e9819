/**
 * Who is waiting: the sidebar lists the buyers the console marks as waiting or unread (names as
 * text), and 定位 scrolls a buyer's row into view and outlines it — without switching the
 * conversation, which stays the agent's own click.
 */
import { describe, expect, it } from 'vitest';
import { REPLICA_SITES, type ExtensionHandle, recordDialogs } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, HOSTILE_NAME } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };

describe.each(REPLICA_SITES)('waiting buyers on %s', (site) => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('lists them as text and shows where one is, leaving the open conversation alone', async () => {
    const c = new ConsolePage(await ext.openConsole(site), site);
    const dialogs = recordDialogs(c.page);
    await c.waitForSidebar();
    const toggle = c.sidebar.getByRole('button', { name: /位买家在等回复/ });
    await toggle.click();
    const list = c.sidebar.getByRole('list', { name: '等待回复的买家' });
    await expect.poll(() => list.getByRole('listitem').count(), poll).toBeGreaterThan(0);
    expect(await list.textContent()).toContain(HOSTILE_NAME);

    const current = await c.currentBuyerId();
    const hostileId = await c.buyerNamed(HOSTILE_NAME);
    await list.getByRole('button', { name: `在会话列表中定位 ${HOSTILE_NAME}` }).click();
    await expect.poll(() => c.overlayCount('reveal-highlight'), poll).toBe(1);
    const row = (await c.row(hostileId).boundingBox())!;
    const viewport = c.page.viewportSize()!;
    expect(row.y).toBeGreaterThanOrEqual(0);
    expect(row.y + row.height).toBeLessThanOrEqual(viewport.height);
    expect(await c.currentBuyerId()).toBe(current);
    expect(dialogs).toEqual([]);
  });
});
