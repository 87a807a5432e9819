/**
 * Issue 12 item 3 "must show": hostile page content (test/helpers/hostile-strings.ts, ≥ 50 strings)
 * on every replica console, in real Chromium with the built extension:
 * - as buyer names (the open conversation's and every row of the list), buyer messages and
 *   product titles on the four chat consoles, one string after another in one page;
 * - as phrase variables (names like `{__proto__}` and `{constructor}`, hostile values) inserted
 *   through the sidebar;
 * - as every cell of the relation and staff tables of the Qianniu back office, scanned.
 * Nothing executes (the main-world canary `window.__pwned` stays unset, in the page and the
 * sidebar frame; no dialog; no element of ours carries an `on…` handler or a `javascript:` link),
 * nothing throws (no page error, no console error in any page or frame, service worker
 * included), the page keeps working (the sidebar follows the buyer, searches, inserts), and what
 * the sidebar shows from the page is bounded.
 */
import type { BrowserContext, Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STARTER_PHRASES } from '../../core/phrases/starter-library';
import { boundedText } from '../../entrypoints/console.content/page-text';
import { CANARY, HOSTILE_HUGE, HOSTILE_SMALL, HOSTILE_STRINGS } from '../helpers/hostile-strings';
import { REPLICA_SITES, type ExtensionHandle, type ReplicaSite } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { BackOfficePage } from './pages/back-office-page';
import { ConsolePage, findSidebarFrame } from './pages/console-page';

const SHIPPING = STARTER_PHRASES.find((p) => p.code === 'fh')!;
const poll = { timeout: 10_000, interval: 50 };
/** The longest buyer name the sidebar shows (the page reader's bound). */
const NAME_MAX = 64;
const LABEL = '当前买家：';
/** How much of a huge string goes into the page (see below). */
const HUGE_IN_PAGE = 100_000;

/** Every console error and uncaught error in any page, frame or worker of the browser, as `url: text`. */
function collectErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.location().url || m.page()?.url() || '?'}: ${m.text().slice(0, 300)}`);
  });
  context.on('weberror', (e) => errors.push(`${e.page()?.url() ?? '?'}: ${e.error().message.slice(0, 300)}`));
  return errors;
}

/** What ran would leave: the canary in the main world, and handlers or script links in a document. */
async function ranIn(target: { evaluate: Frame['evaluate'] }): Promise<{ canary: unknown; handlers: string[]; links: number }> {
  return target.evaluate((canary) => ({
    canary: (window as unknown as Record<string, unknown>)[canary],
    handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
    links: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i], iframe[srcdoc], img[src="x"]').length,
  }), CANARY);
}

/**
 * Shows `text` as the open buyer's name, a product card and a new buyer message, and `others` as the
 * names of the other conversations, the way each console draws them (a card as its console.js does).
 */
async function showOnConsole(c: ConsolePage, text: string, others: string[]): Promise<void> {
  await c.page.evaluate(
    ([site, text, others]) => {
      const r = window.__replica!;
      const id = r.state.currentBuyerId!;
      r.buyers.forEach((b, k) => (b.name = b.id === id ? text : others[k % others.length]!));
      const b = r.buyers.find((x) => x.id === id)! as { msgs: unknown[][]; product?: string };
      if (site === 'jd') b.product = text;
      else if (site === 'qianniu') b.msgs.push(['goods', text]);
      else b.msgs.push(['card', text, '¥1.00', '601099500001']);
      r.addMessage(id, text); // the buyer writes it too; the console redraws everything
    },
    [c.site, text, others] as const,
  );
}

/** The sidebar's current-buyer line, and the name it shows. */
async function shownBuyer(c: ConsolePage): Promise<string> {
  return ((await c.currentBuyerLabel.textContent()) ?? '').replace(LABEL, '');
}

describe.each(REPLICA_SITES)('hostile page content on %s', (site: ReplicaSite) => {
  let ext: ExtensionHandle;
  let errors: string[];
  useExtension((launched) => {
    ext = launched;
    errors = collectErrors(ext.context);
  });

  it(`takes ${HOSTILE_STRINGS.length} hostile strings as names, messages and product titles: nothing runs or throws, the sidebar follows with bounded text, searches and inserts`, async () => {
    const c = new ConsolePage(await ext.openConsole(site), site);
    await c.waitForSidebar();
    await c.phrasesTab.waitFor();
    const buyerId = (await c.currentBuyerId())!;
    const texts = HOSTILE_SMALL.map((s) => s.text);

    // One string after another: the sidebar follows each (names from the page, bounded as the reader bounds them).
    const started = Date.now();
    for (const [i, text] of texts.entries()) {
      if (process.env.HOSTILE_DEBUG) console.log(`${Date.now() - started} ms: ${HOSTILE_SMALL[i]!.label}`);
      await showOnConsole(c, text, texts.slice(i + 1, i + 8));
      const name = boundedText(null, NAME_MAX, text);
      if (name) await expect.poll(() => shownBuyer(c), { ...poll, message: `${site}: ${HOSTILE_SMALL[i]!.label}` }).toBe(name);
    }
    // The huge ones a few times, cut to 100 KB: at 1 MB the replica alone (no extension) freezes in
    // Chromium's layout for over a minute (measured); the unit tests take them whole.
    for (const huge of HOSTILE_HUGE) {
      if (process.env.HOSTILE_DEBUG) console.log(`${Date.now() - started} ms: ${huge.label}`);
      await showOnConsole(c, huge.text.slice(0, HUGE_IN_PAGE), ['x']);
      await expect.poll(() => shownBuyer(c), { timeout: 30_000, interval: 200, message: `${site}: ${huge.label}` }).toBe(boundedText(null, NAME_MAX, huge.text.slice(0, HUGE_IN_PAGE)));
    }
    expect((await c.currentBuyerId())!).toBe(buyerId);
    console.log(`${site}: ${HOSTILE_STRINGS.length} hostile strings shown and followed in ${Date.now() - started} ms`);

    // The radar lists the conversations by their (bounded) names.
    const radarToggle = c.sidebar.getByRole('button', { name: /位买家在等回复/ });
    if ((await radarToggle.count()) > 0 && (await radarToggle.getAttribute('aria-expanded')) !== 'true') await radarToggle.click();
    const radarNames = await c.sidebar.getByRole('list', { name: '等待回复的买家' }).getByRole('listitem').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
    expect(radarNames.length).toBeGreaterThan(0);
    for (const label of radarNames) expect(label.length).toBeLessThan(NAME_MAX + 60);

    // The page keeps working: search and insert.
    await c.searchFor('发货');
    await c.option(SHIPPING.title).click();
    await expect.poll(() => c.draft(), poll).toBe(SHIPPING.text);
    expect(await c.sent()).toEqual([]);

    // Nothing ran, in the page or in the sidebar; nothing threw anywhere.
    expect(await ranIn(c.page)).toEqual({ canary: undefined, handlers: [], links: 0 });
    expect(await ranIn(findSidebarFrame(c.page)!)).toEqual({ canary: undefined, handlers: [], links: 0 });
    expect(ext.dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await c.page.close();
  }, 300_000);

  it('fills phrase variables named like Object.prototype members, with hostile values, into the console as text', async () => {
    const c = new ConsolePage(await ext.openConsole(site), site);
    await c.waitForSidebar();
    await c.phrasesTab.waitFor();
    // The open buyer's name and product card (both `{买家}` and `{商品}` come from the page).
    const buyer = HOSTILE_SMALL.find((s) => s.label === 'img onerror quoted')!.text;
    await showOnConsole(c, buyer, ['x']);
    await expect.poll(() => shownBuyer(c), poll).toBe(boundedText(null, NAME_MAX, buyer));

    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const text = `亲{买家}，{商品}：${names.map((n) => `{${n}}`).join('|')}`;
    await c.addPhrase({ title: '原型变量', text });
    await c.searchFor('原型变量');
    await c.option('原型变量').click();
    const form = c.sidebar.getByRole('form', { name: '填写“原型变量”的内容' });
    await form.waitFor({ timeout: 10_000 });
    // The page's values are known; the prototype names are asked for, none found on Object.prototype.
    const values = ['{{x}}', '$& $1', `<script>window.${CANARY}=1</script>`, '{买家}'];
    for (const [i, name] of names.entries()) {
      const box = form.getByRole('textbox', { name, exact: true });
      expect(await box.inputValue()).toBe('');
      await box.fill(values[i]!);
    }
    await form.getByRole('button', { name: '插入' }).click();
    const expected = `亲${buyer}，${buyer}：${values.join('|')}`;
    await expect.poll(() => c.draft(), poll).toBe(expected);
    expect(await c.sent()).toEqual([]);
    expect(await ranIn(c.page)).toEqual({ canary: undefined, handlers: [], links: 0 });
    expect(ext.dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await c.page.close();
  });
});

describe('hostile cells in the Qianniu back office', () => {
  let ext: ExtensionHandle;
  let errors: string[];
  useExtension(
    (launched) => {
      ext = launched;
      errors = collectErrors(ext.context);
    },
    { viewport: { width: 1440, height: 1300 } },
  );

  it('scans staff and relation tables whose every cell is hostile: each row read or refused by name, nothing runs or throws', async () => {
    const texts = HOSTILE_SMALL.map((s) => s.text);
    const bo = await BackOfficePage.open(ext, 'staff');
    // Every cell of both tables becomes a hostile string (ids stay distinct); the app redraws.
    await bo.page.evaluate((texts) => {
      const r = (window as unknown as { __replica: { relations: Record<string, string>[]; staff: Record<string, string>[] } }).__replica;
      const at = (i: number) => texts[i % texts.length]!;
      r.staff.forEach((s, i) => {
        if (i > 0) Object.assign(s, { name: at(i), rights: at(i + 1), status: at(i + 2) });
      });
      // The bind time stays a date (a row with a bad one is refused with its page: see the report).
      r.relations.forEach((rel, i) => Object.assign(rel, { buyerId: `${at(i)}#${i}`, buyerName: at(i + 3), account: i % 3 ? at(i + 5) : rel.account, state: at(i + 9) }));
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, texts);

    await bo.scanButton('staff').click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toMatch(/^员工表扫描完成|员工表/);
    await bo.openFromMenu('全店客户管理');
    await expect.poll(() => bo.scanButton('relations').isVisible()).toBe(true);
    await bo.scanButton('relations').click();
    await expect.poll(() => bo.status.textContent(), { timeout: 20_000 }).toMatch(/扫描完成：3 页，\d+ 行/);
    const stored = Number(/扫描完成：3 页，(\d+) 行/.exec((await bo.status.textContent())!)![1]);
    // What was refused is said row by row, bounded.
    const problems = await bo.panel.locator('.problems li').allTextContents();
    expect(stored).toBe(57);
    expect(problems).toEqual([]);
    console.log(`back office: 57 hostile relation rows, ${stored} stored, ${57 - stored} refused; first: ${problems[0]?.slice(0, 120)}`);
    await expect.poll(() => bo.relationList.getByRole('row').count(), poll).toBeGreaterThan(1);
    // The list shows the cells as text, bounded.
    const cells = await bo.relationList.getByRole('row').allTextContents();
    for (const cell of cells) expect(cell.length).toBeLessThan(2_000);
    await bo.buyerSearch.fill('点我领券');
    await expect.poll(() => bo.relationList.getByRole('row').filter({ hasText: '点我领券' }).count(), poll).toBeGreaterThan(0);

    expect(await ranIn(bo.page)).toEqual({ canary: undefined, handlers: [], links: 0 });
    expect(await ranIn(findSidebarFrame(bo.page)!)).toEqual({ canary: undefined, handlers: [], links: 0 });
    expect(ext.dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await bo.page.close();
  }, 120_000);
});
