/**
 * Issue 12 item 6 in the built extension: who may talk to the background (a console page can't; a
 * forged message from our own frame is refused with a clear error), zod jitless in every extension
 * context (no `unsafe-eval` violation), and the clipboard fallback on a console whose main world
 * rewrites every `copy`: the sidebar says "copied" only when the clipboard holds the phrase.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '../../core/phrases/starter-library';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage, findSidebarFrame } from './pages/console-page';
import { OptionsPage } from './pages/options-page';

const poll = { timeout: 10_000, interval: 50 };
const SHIPPING = STARTER_PHRASES.find((p) => p.code === 'fh')!;

type Reply = { ok: boolean; error?: { code: string; message: string; details?: string[] } } | undefined;

/** Sends `message` on the runtime channel from our sidebar frame, as our own code would; what came back. */
function sendFrom(frame: Frame, message: unknown): Promise<Reply | { threw: string }> {
  return frame.evaluate(
    (m) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
        .sendMessage(m)
        .then((r) => r as Reply, (e: Error) => ({ threw: String(e.message) })),
    message,
  );
}

describe('who may talk to the background', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('a console page has no way to message the extension (no externally_connectable): chrome.runtime is absent there', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    const tried = await c.page.evaluate(async (id) => {
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } };
      const envelope = { channel: 'kefu-sidebar/v1', body: { kind: 'deletePhrases', ids: ['phr_starter_welcome'] } };
      try {
        return { runtime: typeof w.chrome?.runtime, answer: await w.chrome!.runtime!.sendMessage!(id, envelope) };
      } catch (error) {
        return { runtime: typeof w.chrome?.runtime, threw: String((error as Error).message) };
      }
    }, ext.extensionId);
    expect(tried.runtime).toBe('undefined');
    expect(tried).not.toHaveProperty('answer');
    // And the phrase it tried to delete is still there.
    await c.searchFor('欢迎光临');
    await expect.poll(() => c.options.count(), poll).toBeGreaterThan(0);
    await c.page.close();
  });

  it('a forged message from our own frame is refused with a clear error, and changes nothing', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.search.waitFor({ timeout: 15_000 });
    const frame = findSidebarFrame(c.page)!;
    const envelope = (body: unknown) => ({ channel: 'kefu-sidebar/v1', body });
    const phrasesBefore = await sendFrom(frame, envelope({ kind: 'getLibraryView' }));
    expect(phrasesBefore).toMatchObject({ ok: true });

    // Wrong field types: refused as a request it cannot handle, naming the field.
    const wrongShape = (await sendFrom(frame, envelope({ kind: 'savePhrase', phrase: { title: 42, text: ['x'] } }))) as Reply;
    expect(wrongShape?.ok).toBe(false);
    expect(wrongShape?.error?.code).toBe('invalid-request');
    expect(wrongShape?.error?.message).toContain('无法处理的请求，没有做任何改动');
    expect(wrongShape?.error?.details?.join(' ')).toMatch(/title|标题/);

    // Unknown kinds, prototype names among them, and a body that is no object.
    for (const body of [{ kind: 'dropDatabase' }, { kind: 'constructor' }, { kind: '__proto__' }, { kind: 'toString' }, null, 'savePhrase']) {
      const reply = (await sendFrom(frame, envelope(body))) as Reply;
      expect(reply?.ok, JSON.stringify(body)).toBe(false);
      expect(reply?.error?.code, JSON.stringify(body)).toBe('invalid-request');
      expect(reply?.error?.message).toContain('没有做任何改动');
    }

    // No envelope at all: not ours, so the background gives no answer (the port closes empty).
    const stranger = await sendFrom(frame, { kind: 'deletePhrases', ids: ['phr_starter_welcome'] });
    expect(stranger === undefined || 'threw' in stranger).toBe(true);

    const phrasesAfter = await sendFrom(frame, envelope({ kind: 'getLibraryView' }));
    expect(JSON.stringify(phrasesAfter)).toBe(JSON.stringify(phrasesBefore));
    await c.page.close();
  });
});

/** zod's shared settings, as `core/zod-jitless` leaves them; undefined where zod is not loaded at all. */
const zodConfig = () => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig ?? null;

describe('zod runs jitless: no eval, no CSP violation, in any extension context', () => {
  let ext: ExtensionHandle;
  /** Every CSP report (console message or securitypolicyviolation event) from any page or frame. */
  const violations: string[] = [];
  useExtension(async (launched) => {
    ext = launched;
    ext.context.on('console', (m) => {
      if (/unsafe-eval|Content Security Policy/i.test(m.text())) violations.push(`${m.location().url}: ${m.text()}`);
    });
    // Before any script of the page: a violation reported while it starts is heard too.
    await ext.context.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} in ${location.href}`));
    });
  });

  it('the service worker, options page, side panel and sidebar frame: zod (where loaded) is jitless, and nothing reports unsafe-eval', async () => {
    // The worker's zod is jitless (DevTools evaluation is exempt from the CSP, so this reads the setting instead of probing).
    expect(await ext.serviceWorker.evaluate(zodConfig)).toEqual(expect.objectContaining({ jitless: true }));

    const options = await OptionsPage.open(ext);
    expect(await options.page.evaluate(zodConfig)).toEqual(expect.objectContaining({ jitless: true }));
    expect(violations).toEqual([]);
    // The check itself works: an inline script, which our CSP refuses, is reported.
    await options.page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'void 0' })));
    await expect.poll(() => violations.join('\n'), poll).toMatch(/script-src/);
    await options.page.waitForTimeout(500);
    violations.length = 0;
    for (const tab of ['导入导出', '备份', '关系'] as const) await options.goto(tab);

    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await panel.getByRole('searchbox', { name: '搜索话术' }).waitFor();
    const panelZod = await panel.evaluate(zodConfig);
    expect(panelZod === null || panelZod.jitless === true).toBe(true);

    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.searchFor('fh');
    await c.options.first().waitFor();
    const frameZod = await findSidebarFrame(c.page)!.evaluate(zodConfig);
    expect(frameZod === null || frameZod.jitless === true).toBe(true);

    await c.page.waitForTimeout(300);
    expect(violations).toEqual([]);
    await Promise.all([options.page.close(), panel.close(), c.page.close()]);
  });
});

/**
 * A console whose framework throws away any value it did not set itself (so an insertion can't
 * be confirmed), and whose main world rewrites every copy made in its document.
 */
async function makeHostile(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __rewrittenCopies: number };
    w.__rewrittenCopies = 0;
    document.querySelector(sel)!.addEventListener('input', (e) => setTimeout(() => ((e.target as HTMLTextAreaElement).value = ''), 0));
    document.addEventListener(
      'copy',
      (e) => {
        e.clipboardData?.setData('text/plain', '请转账到 6222 0000 1111');
        e.preventDefault();
        w.__rewrittenCopies++;
      },
      true,
    );
  }, selector);
}

/** What Ctrl+V pastes, read back in a scratch textarea of a page of our own (the console could rewrite a paste). */
async function pasted(ext: ExtensionHandle): Promise<string> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await page.getByRole('searchbox', { name: '搜索话术' }).waitFor();
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<textarea id="scratch" aria-label="scratch"></textarea>'));
    const scratch = page.locator('#scratch');
    await scratch.focus();
    await page.keyboard.press('Control+V');
    return await scratch.inputValue();
  } finally {
    await page.close();
  }
}

describe('the clipboard fallback on a console that rewrites copies', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => {
    ext = launched;
  });

  it('copies from the sidebar frame, where the page cannot reach: the clipboard holds the phrase, and the sidebar says so', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await makeHostile(c.page, 'textarea#replyTextarea');
    await c.searchFor('fh');
    await c.options.first().waitFor();
    const title = await c.options.first().locator('.option-title').textContent();
    expect(title).toBe(SHIPPING.title);
    await c.search.press('Enter');
    await expect.poll(() => c.alert.textContent(), poll).toContain('已复制到剪贴板');
    expect(await c.page.evaluate(() => (window as unknown as { __rewrittenCopies: number }).__rewrittenCopies)).toBe(0);
    expect(await pasted(ext)).toBe(SHIPPING.text);
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });

  it('when the clipboard refuses too, says so and shows the whole text to copy by hand (zh and en wording checked in unit tests)', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await makeHostile(c.page, 'textarea#replyTextarea');
    await c.searchFor('fh');
    await c.options.first().waitFor();
    // A browser where neither clipboard path works (our frame's own APIs refuse).
    await findSidebarFrame(c.page)!.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      document.execCommand = () => false;
    });
    await c.search.press('Enter');
    await expect.poll(() => c.alert.textContent(), poll).toContain('也没能放进剪贴板');
    expect(await c.alert.textContent()).not.toContain('已复制');
    const byHand = c.sidebar.getByRole('textbox', { name: '需要手动复制的话术' });
    expect(await byHand.inputValue()).toBe(SHIPPING.text);
    await c.page.screenshot({ path: 'docs/screens/clipboard-copy-by-hand-zh.png' });
    await c.page.close();
  });
});
