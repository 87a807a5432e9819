/**
 * The replica consoles themselves (no extension): they must behave like the real consoles where
 * our insertion could go wrong — app state fed only by input events, the send key each console
 * listens to, trusted-click conversation switching, hostile buyer names shown as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backOfficeUrl, consoleUrl, launchReplicaBrowser, REPLICA_DIR, REPLICA_SITES, STRICT_CSP, type ReplicaBrowser, type ReplicaSite, recordDialogs } from './fixtures';
import { ConsolePage, HOSTILE_NAME } from './pages/console-page';

/** Which key event sends, per console (CONSOLES.md; Qianniu is our guess). */
const SENDS_ON: Record<ReplicaSite, 'keydown' | 'keypress' | 'keyup'> = {
  pinduoduo: 'keydown',
  doudian: 'keypress',
  jd: 'keyup',
  qianniu: 'keyup',
};

let browser: ReplicaBrowser;
beforeAll(async () => {
  browser = await launchReplicaBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(site: ReplicaSite, variant?: 'renamed-input' | 'empty'): Promise<ConsolePage> {
  return new ConsolePage(await browser.openConsole(site, variant), site, variant);
}

describe.each(REPLICA_SITES)('replica %s', (site) => {
  it('lists ≥5 buyers with a current one named in the header, and the hook says which', async () => {
    const c = await open(site);
    const buyers = await c.buyers();
    expect(buyers.length).toBeGreaterThanOrEqual(5);
    const current = await c.currentBuyerId();
    expect(current).toBe(buyers[0]!.id);
    for (const b of buyers) await expect(c.row(b.id).count()).resolves.toBe(1);
    await expect(c.hook()).resolves.toMatchObject({ site, sent: [] });
    await c.page.close();
  });

  it('typing with the keyboard updates the app state; Enter sends and clears it', async () => {
    const c = await open(site);
    await c.chatInput.click();
    await c.page.keyboard.type('您好 hello');
    expect(await c.draft()).toBe('您好 hello');
    await c.page.keyboard.press('Enter');
    const sent = await c.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ text: '您好 hello', buyerId: await c.currentBuyerId() });
    expect(await c.draft()).toBe('');
    await c.page.close();
  });

  it(`sends on Enter ${SENDS_ON[site]}, not before`, async () => {
    const c = await open(site);
    await c.chatInput.click();
    await c.page.keyboard.type('abc');
    if (SENDS_ON[site] === 'keyup') {
      await c.page.keyboard.down('Enter');
      expect(await c.sent()).toHaveLength(0);
      await c.page.keyboard.up('Enter');
    } else if (SENDS_ON[site] === 'keypress') {
      // A keydown without keypress (as a synthetic event) must not send on this console.
      await c.chatInput.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true });
      expect(await c.sent()).toHaveLength(0);
      await c.page.keyboard.press('Enter');
    } else {
      await c.page.keyboard.down('Enter');
      expect(await c.sent()).toHaveLength(1);
      await c.page.keyboard.up('Enter');
    }
    expect((await c.sent()).map((s) => s.text)).toEqual(['abc']);
    await c.page.close();
  });

  it('Shift+Enter makes a new line instead of sending; the send button sends', async () => {
    const c = await open(site);
    await c.chatInput.click();
    await c.page.keyboard.type('第一行');
    await c.page.keyboard.press('Shift+Enter');
    await c.page.keyboard.type('第二行');
    expect(await c.sent()).toHaveLength(0);
    expect(await c.draft()).toBe('第一行\n第二行');
    const sendButton = {
      pinduoduo: 'div.send-btn',
      doudian: 'div[data-qa-id="qa-send-message-button"]',
      jd: '.SendButtonGroup > span.send-button',
      qianniu: 'button.qn-send-btn',
    }[site];
    await c.page.locator(sendButton).click();
    expect((await c.sent()).map((s) => s.via)).toEqual(['button']);
    await c.page.close();
  });

  it('switches buyers on a trusted click only, without navigation, keeping drafts per buyer', async () => {
    const c = await open(site);
    const [first, second] = await c.buyers();
    await c.chatInput.click();
    await c.page.keyboard.type('给第一位');
    await c.row(second!.id).evaluate((el) => (el as HTMLElement).click());
    expect(await c.currentBuyerId()).toBe(first!.id);
    const url = c.page.url();
    await c.clickBuyer(second!.id);
    expect(c.page.url()).toBe(url);
    expect(await c.draft()).toBe('');
    await c.clickBuyer(first!.id);
    expect(await c.draft()).toBe('给第一位');
    await c.page.close();
  });

  it('shows the hostile buyer name as text (no element, no dialog)', async () => {
    const c = await open(site);
    const dialogs = recordDialogs(c.page);
    const id = await c.buyerNamed(HOSTILE_NAME);
    await expect(c.row(id).textContent()).resolves.toContain(HOSTILE_NAME);
    await c.clickBuyer(id);
    expect(await c.page.locator('img[src="x"]').count()).toBe(0);
    expect(await c.page.getByText(HOSTILE_NAME).count()).toBeGreaterThanOrEqual(2); // row + header
    await c.page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    await c.page.close();
  });

  it('shows waiting or unread markers', async () => {
    const c = await open(site);
    const markers = {
      pinduoduo: 'ul.five-minute .chat-unreply-time, ul.timeout-unreply .chat-unreply-over-time',
      doudian: '[data-btm="message_group_name_waitReply"], sup.auxo-badge-count',
      jd: '.alluser-item-unread, .alluser-item-waiting',
      qianniu: 'sup.next-badge-count, .qn-conversation-item.is-waiting',
    }[site];
    expect(await c.page.locator(markers).count()).toBeGreaterThanOrEqual(2);
    if (site === 'pinduoduo') {
      await expect(c.page.locator('ul.five-minute').textContent()).resolves.toContain('50秒后超时');
      await expect(c.page.locator('ul.timeout-unreply').textContent()).resolves.toContain('已等待3分钟');
    }
    await c.page.close();
  });

  it('fills the viewport with the chat input at the bottom right of the chat area', async () => {
    const c = await open(site);
    const box = (await c.chatInput.boundingBox())!;
    const viewport = c.page.viewportSize()!;
    expect(box.x).toBeGreaterThan(200);
    expect(box.x + box.width).toBeGreaterThan(viewport.width - 5);
    expect(box.y + box.height).toBeGreaterThan(viewport.height - 200);
    await c.page.close();
  });

  it('?variant=renamed-input hides the chat input from its usual selector', async () => {
    const c = await open(site, 'renamed-input');
    const usual = new ConsolePage(c.page, site);
    expect(await usual.chatInput.count()).toBe(0);
    await c.chatInput.click();
    await c.page.keyboard.type('仍可输入');
    expect(await c.draft()).toBe('仍可输入');
    await c.page.close();
  });

  it('?variant=empty has no conversations', async () => {
    const c = await open(site, 'empty');
    expect(await c.buyers()).toEqual([]);
    expect(await c.currentBuyerId()).toBeNull();
    await c.page.close();
  });
});

describe.each(REPLICA_SITES)('replica %s under a strict CSP', (site) => {
  it('carries no inline script, style or event handler in its HTML', () => {
    const html = readFileSync(join(REPLICA_DIR, site, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\s(on[a-z]+|style)\s*=/i);
    expect(html).toMatch(/<script type="module" src="\/__replica__\//);
  });

  it('is served with the policy, which refuses inline code, and still runs the whole console', async () => {
    const page = await browser.context.newPage();
    // Violations are recorded from before the page's first script (an init script is not subject to the CSP).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(consoleUrl(site, 'strict-csp'), { waitUntil: 'load' });
    expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
    await page.waitForFunction(() => window.__replica !== undefined);
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());
    expect(await violations()).toEqual([]);

    const c = new ConsolePage(page, site, 'strict-csp');
    expect((await c.buyers()).length).toBeGreaterThanOrEqual(5);
    const box = (await c.chatInput.boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(page.viewportSize()!.width - 5); // its styles applied
    await c.chatInput.click();
    await page.keyboard.type('严格策略');
    await page.keyboard.press('Enter');
    expect((await c.sent()).map((s) => s.text)).toEqual(['严格策略']);

    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      await new Promise((done) => setTimeout(done, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
    await page.close();
  });
});

describe('console-specific behaviour', () => {
  it('doudian loses a plain value assignment but keeps one followed by an input event', async () => {
    const c = await open('doudian');
    await c.chatInput.evaluate((el) => {
      (el as HTMLTextAreaElement).value = '没有事件';
    });
    await c.page.waitForTimeout(200);
    expect(await c.chatInput.inputValue()).toBe('');
    expect(await c.draft()).toBe('');
    await c.chatInput.evaluate((el) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(el, '有事件');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await c.page.waitForTimeout(200);
    expect(await c.chatInput.inputValue()).toBe('有事件');
    expect(await c.draft()).toBe('有事件');
    await c.page.close();
  });

  it('doudian re-randomises its hashed class names on every load, keeping the data-* hooks', async () => {
    const a = await open('doudian');
    const b = await open('doudian');
    const cls = (c: ConsolePage) => c.page.locator('[data-kora="conversation"]').first().getAttribute('class');
    expect(await cls(a)).not.toBe(await cls(b));
    expect(await cls(a)).toMatch(/ConvItem__/);
    await a.page.close();
    await b.page.close();
  });

  it('pinduoduo state ignores a value set without an input event', async () => {
    const c = await open('pinduoduo');
    await c.chatInput.evaluate((el) => {
      (el as HTMLTextAreaElement).value = '静默';
    });
    expect(await c.draft()).toBe('');
    await c.page.close();
  });

  it('jd turns new lines into <div>s', async () => {
    const c = await open('jd');
    await c.chatInput.click();
    await c.page.keyboard.type('一');
    await c.page.keyboard.press('Shift+Enter');
    await c.page.keyboard.type('二');
    expect(await c.chatInput.locator('div').count()).toBeGreaterThanOrEqual(1);
    await c.page.close();
  });

  it('qianniu sends when Enter is pressed anywhere while the editor has text (hostile console)', async () => {
    const c = await open('qianniu');
    await c.chatInput.click();
    await c.page.keyboard.type('随处回车');
    await c.page.locator('.qn-chat-header').click();
    await c.page.keyboard.press('Enter');
    expect(await c.sent()).toMatchObject([{ text: '随处回车', via: 'document-keydown' }]);
    await c.page.close();
  });

  it('the replicas reach no other host', () => {
    expect(browser.requestsToOtherHosts).toEqual([]);
  });
});

describe('replica qianniu back office (relation and staff tables)', () => {
  type Hook = { view: string; page: number; relations: { buyerId: string; buyerName: string }[]; staff: { status: string }[] };
  const hook = (page: import('playwright-core').Page) =>
    page.evaluate((): Hook => {
      const r = (window as unknown as { __replica: Hook }).__replica;
      return { view: r.view, page: r.page, relations: r.relations, staff: r.staff };
    });
  async function openBackOffice(view: 'relations' | 'staff', variant?: 'strict-csp') {
    const page = await browser.context.newPage();
    const response = await page.goto(backOfficeUrl(view, variant));
    await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica !== undefined);
    return { page, response };
  }

  it('shows 57 relations, 20 a page, with page numbers, 下一页 and the total; turning a page redraws the rows after a moment, without navigation', async () => {
    const { page } = await openBackOffice('relations');
    expect((await hook(page)).relations).toHaveLength(57);
    expect(await page.locator('.next-table-body tr').count()).toBe(20);
    expect(await page.locator('.next-pagination-total').textContent()).toBe('共 57 条');
    expect(await page.locator('.next-pagination-list button').allTextContents()).toEqual(['1', '2', '3']);
    const url = page.url();
    const firstRow = await page.locator('.next-table-body tr').first().textContent();
    await page.getByRole('button', { name: '下一页' }).click();
    expect(await page.locator('.next-table-body tr').first().textContent()).toBe(firstRow); // not yet: the "request" is on its way
    await page.waitForFunction(() => (window as unknown as { __replica: Hook }).__replica.page === 2);
    expect(await page.locator('.next-table-body tr').first().textContent()).not.toBe(firstRow);
    await page.getByRole('button', { name: '3', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __replica: Hook }).__replica.page === 3);
    expect(await page.locator('.next-table-body tr').count()).toBe(17);
    expect(await page.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    expect(page.url()).toBe(url);
    await page.close();
  });

  it('switches to the staff table from its own menu without a reload, covering every account status', async () => {
    const { page } = await openBackOffice('relations');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('navigation').getByRole('link', { name: '员工管理' }).click();
    expect(page.url()).toBe(backOfficeUrl('staff'));
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.locator('.next-table-header th').allTextContents()).toEqual(['子账号', '姓名', '状态', '专属客服', '分流', '主账号', '权限']);
    const statuses = new Set((await hook(page)).staff.map((s) => s.status));
    expect([...statuses].sort()).toEqual(['停用', '冻结', '在职', '离职'].sort());
    await page.close();
  });

  it('shows the hostile buyer name as text, and runs under a strict CSP', async () => {
    const dialogs: string[] = [];
    const { page, response } = await openBackOffice('relations', 'strict-csp');
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
    expect(await page.getByText(HOSTILE_NAME, { exact: true }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    const html = readFileSync(join(REPLICA_DIR, 'qianniu-backoffice', 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)|<style|\son[a-z]+=/i);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

