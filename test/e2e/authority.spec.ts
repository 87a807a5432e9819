/**
 * Issue 7 item 5 in the built extension: a save based on an older version of a phrase is refused
 * and the form offers the latest version (two options tabs editing the same phrase); a console
 * page (the sidebar frame) may not make an options-only request such as a bulk delete.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, findSidebarFrame } from './pages/console-page';
import { OptionsPage } from './pages/options-page';

const poll = { timeout: 10_000, interval: 50 };
const TITLE = '欢迎光临';

/** Opens the manager's editor for the starter phrase `TITLE`. */
async function editWelcome(o: OptionsPage) {
  await o.row(TITLE).getByRole('button', { name: `编辑 ${TITLE}`, exact: true }).click();
  const form = o.editor('编辑话术');
  await form.waitFor();
  return form;
}

describe('stale writes and sender authority', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('refuses a save based on an older version, keeps the draft, and offers the latest', async () => {
    const first = await OptionsPage.open(ext);
    const second = await OptionsPage.open(ext);
    const formA = await editWelcome(first);
    const formB = await editWelcome(second);

    await formA.getByRole('textbox', { name: '标题', exact: true }).fill('欢迎光临（新版）');
    await formA.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => first.statusText(), poll).toContain('已保存');

    const textB = formB.getByRole('textbox', { name: /^内容/ });
    await textB.fill('亲，欢迎光临，有什么可以帮您？');
    await formB.getByRole('button', { name: '保存', exact: true }).click();
    const alert = formB.getByRole('alert');
    await expect.poll(() => alert.textContent(), poll).toMatch(/别的|另一个|其他/);
    // Nothing was overwritten: the first tab's title stands, and the second keeps its draft.
    expect(await textB.inputValue()).toBe('亲，欢迎光临，有什么可以帮您？');
    await expect.poll(() => second.row('欢迎光临（新版）').count(), poll).toBe(1);

    await formB.getByRole('button', { name: '载入最新', exact: true }).click();
    await expect.poll(() => formB.getByRole('textbox', { name: '标题', exact: true }).inputValue(), poll).toBe('欢迎光临（新版）');
    await textB.fill('亲，欢迎光临，有什么可以帮您？');
    await formB.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => second.statusText(), poll).toContain('已保存');
    // The first tab sees the second's save without reloading (a delta broadcast).
    await expect.poll(() => first.row('欢迎光临（新版）').textContent(), poll).toContain('有什么可以帮您？');
    await first.page.close();
    await second.page.close();
  });

  it('refuses an options-only request from the sidebar on a console page', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.search.waitFor({ timeout: 15_000 });
    const frame = findSidebarFrame(c.page)!;
    const ask = (body: object) => frame.evaluate(`chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: ${JSON.stringify(body)} })`);
    const reply = (await ask({ kind: 'deletePhrases', ids: ['phr_starter_welcome'] })) as { ok: boolean; error?: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error?.code).toBe('unauthorized');
    expect(reply.error?.message).toContain('只能在客服侧边栏的设置页里做');
    const allowed = (await ask({ kind: 'getLibraryView' })) as { ok: boolean };
    expect(allowed.ok).toBe(true);
    await c.page.close();
  });
});
