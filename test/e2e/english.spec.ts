/**
 * The UI follows the browser's language (DESIGN.md): under `--lang=en` the sidebar, its roles'
 * names and the background's messages are English; the phrases themselves stay as written.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { sidebarIn } from './pages/console-page';

const poll = { timeout: 10_000, interval: 50 };
const SETTLE_MS = 300;

describe('English browser', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  }, { lang: 'en' });

  it('names the sidebar, its tab and search in English and inserts a phrase', async () => {
    const page = await ext.openConsole('pinduoduo');
    const sidebar = await sidebarIn(page);
    const launcher = sidebar.getByRole('button', { name: 'Kefu Sidebar' });
    await launcher.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    await sidebar.getByRole('tab', { name: 'Phrases' }).waitFor();
    await expect.poll(() => sidebar.getByText(/^Current buyer: /).count(), poll).toBe(1);
    const search = sidebar.getByRole('searchbox', { name: 'Search phrases' });
    await search.fill('fh');
    await sidebar.getByRole('listbox', { name: 'Phrase list' }).getByRole('option').first().waitFor();
    await search.press('Enter');
    await expect.poll(() => sidebar.getByRole('status').textContent(), poll).toMatch(/^Inserted: /);
    expect(await page.evaluate(() => window.__replica!.state.draft)).not.toBe('');
    // Insert, never send: the Enter that chose the phrase must not reach the console, even on keyup.
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.evaluate(() => window.__replica!.sent.slice())).toEqual([]);
  });

  it('suggests replies in English, the phrases as written', async () => {
    const page = await ext.openConsole('pinduoduo');
    const sidebar = await sidebarIn(page);
    await sidebar.getByRole('tab', { name: 'Phrases' }).waitFor();
    await page.locator('[data-random^="7301006-"]').click(); // the buyer whose last message is 包邮吗
    const region = sidebar.getByRole('region', { name: 'Suggested replies' });
    await expect.poll(() => region.getByRole('button').allTextContents(), poll).toContainEqual(expect.stringContaining('运费说明'));
    expect(await region.getByRole('heading').textContent()).toBe('Suggested replies');
    await page.screenshot({ path: 'docs/screens/suggestions-en.png' });
    await page.close();
  });

  it('shows the synonyms tab in English and says which word is missing', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('tab', { name: 'Synonyms' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Synonyms' });
    await panel.getByRole('heading', { name: 'Shop synonyms' }).waitFor();
    await panel.getByRole('textbox', { name: 'Word', exact: true }).fill('顺风');
    await panel.getByRole('button', { name: 'Add pair' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents(), poll).toContainEqual(expect.stringContaining('“Means the same as” is empty.'));
    await page.screenshot({ path: 'docs/screens/synonyms-options-en.png', fullPage: true });
    // The phrase form's buyer questions and public-reply flag, in English (looked at, not asserted).
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.getByRole('button', { name: /New phrase$/ }).first().click();
    const form = page.getByRole('form', { name: 'New phrase' });
    await form.getByRole('textbox', { name: /^Buyer questions/ }).fill('is postage free\nhow much is shipping');
    await form.screenshot({ path: 'docs/screens/phrase-form-en.png' });
    await page.close();
  });

  it('reports a refused save in English, naming the field', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const reply = (await page.evaluate(
      `chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: { kind: 'savePhrase', phrase: { title: 'x', text: '   ', groupId: null } } })`,
    )) as { ok: boolean; error?: { message: string; details?: string[] } };
    expect(reply.ok).toBe(false);
    const said = [reply.error?.message, ...(reply.error?.details ?? [])].join(' ');
    expect(said).toMatch(/text/i);
    expect(said).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
