/**
 * Issue 10 item 3 "learning from picks … and forgetting works", in real Chromium with the built
 * extension: a pick sent from the sidebar frame on a console replica (the request the sidebar's
 * insertion path makes, with the buyer's question) is remembered, shows in the options page's
 * 建议回复 card without a reload, and forgetting one phrase's picks, then all (after a confirm),
 * empties it. Hostile question text stays data; a console page may not wipe the picks.
 */
import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '../../core/phrases/starter-library';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, findSidebarFrame } from './pages/console-page';
import { OptionsPage } from './pages/options-page';

const poll = { timeout: 10_000, interval: 50 };
const SHIPPING = STARTER_PHRASES.find((p) => p.code === 'fh')!;
const POSTAGE = STARTER_PHRASES.find((p) => p.key === 'pre-postage')!;
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">包邮吗？';

declare const chrome: any;

type Reply = { ok: boolean; value?: unknown; error?: { code: string } };

describe('reply picks', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('a pick from the sidebar shows in the options card at once; forgetting one phrase, then all, empties it', async () => {
    const o = await OptionsPage.open(ext);
    await o.goto('同义词');
    const card = o.page.getByRole('region', { name: '建议回复' });
    await expect.poll(() => card.textContent(), poll).toContain('还没有记住任何选择。');
    expect(await card.getByRole('button', { name: '全部忘记' }).isDisabled()).toBe(true);

    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    const frame = findSidebarFrame(c.page)!;
    const ask = (body: object) => frame.evaluate((b) => chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: b }), body) as Promise<Reply>;
    const pick = (key: string, question: string) => ask({ kind: 'recordUsage', phraseId: `phr_starter_${key}`, question });

    expect((await pick(SHIPPING.key, '在吗\n什么时候发货？')).ok).toBe(true);
    expect((await pick(SHIPPING.key, '在吗\n什么时候发货?')).ok).toBe(true); // the same question, folded: merged
    expect((await pick(POSTAGE.key, HOSTILE)).ok).toBe(true);

    // The options page, open all along, shows them from the broadcast.
    await expect.poll(() => card.textContent(), poll).toContain('已记住 2 条选择。');
    const rows = card.getByRole('list', { name: '最常选的话术' }).getByRole('listitem');
    await expect.poll(() => rows.allTextContents(), poll).toEqual([`${SHIPPING.title}（2 次） 忘记`, `${POSTAGE.title}（1 次） 忘记`]);
    expect(await o.page.locator('img[src="x"]').count()).toBe(0);
    expect(await o.page.title()).not.toBe('pwned');
    await o.page.screenshot({ path: 'docs/screens/reply-picks-options-zh_CN.png', fullPage: true });

    // Wiping what the agent taught is for the options page only.
    expect(await ask({ kind: 'forgetReplyPicks' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    await card.getByRole('button', { name: `忘记“${POSTAGE.title}”的选择` }).click();
    await expect.poll(() => o.statusText(), poll).toContain(`已忘记“${POSTAGE.title}”的 1 条选择。`);
    await expect.poll(() => card.textContent(), poll).toContain('已记住 1 条选择。');
    await expect.poll(() => rows.allTextContents(), poll).toEqual([`${SHIPPING.title}（2 次） 忘记`]);

    await card.getByRole('button', { name: '全部忘记' }).click();
    await expect.poll(() => card.textContent(), poll).toContain('确定忘记全部 1 条选择吗？');
    await card.getByRole('button', { name: '确定忘记' }).click();
    await expect.poll(() => o.statusText(), poll).toContain('已忘记全部 1 条选择。');
    await expect.poll(() => card.textContent(), poll).toContain('还没有记住任何选择。');
    expect(await rows.count()).toBe(0);

    // Forgotten for good: a fresh load of the options page shows none either.
    await o.page.reload();
    await o.goto('同义词');
    await expect.poll(() => o.page.getByRole('region', { name: '建议回复' }).textContent(), poll).toContain('还没有记住任何选择。');
    expect(ext.pageErrors).toEqual([]);
    expect(ext.dialogs).toEqual([]);
    await c.page.close();
    await o.page.close();
  });
});
