import type { Frame, Locator, Page } from 'playwright-core';
import type { ReplicaSite, ReplicaVariant } from '../fixtures/routes';

/** What a replica exposes in the main world as `window.__replica` (see test/replicas/README.md). */
export interface ReplicaHook {
  site: ReplicaSite;
  variant: string;
  state: { draft: string; currentBuyerId: string | null };
  sent: { buyerId: string; text: string; via: string; at: number }[];
  /** The buyers as the replica keeps them; `msgs` are `[kind, text, ...]` (see each console.js). */
  buyers: { id: string; name: string; msgs?: unknown[][] }[];
  selectBuyer(id: string): void;
  /** A new message in a buyer's conversation: from the buyer (default) or the agent. */
  addMessage(buyerId: string, text: string, from?: 'buyer' | 'agent'): void;
  /** A new conversation at the top of the list, shaped as the site's console.js buyers. */
  addBuyer(buyer: Record<string, unknown>): void;
}
declare global {
  interface Window {
    __replica?: ReplicaHook;
  }
}

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** The replica's own markup, per console (CSS selectors into the page, not the sidebar). */
const REPLICA_MARKUP: Record<ReplicaSite, { chatInput: string; renamedInput: string; row: (buyerId: string) => string }> = {
  pinduoduo: {
    chatInput: 'textarea#replyTextarea',
    renamedInput: '.reply-box textarea',
    row: (id) => `li.chat-item > .chat-item-box[data-random^="${id}-"]`,
  },
  doudian: {
    chatInput: 'textarea[data-qa-id="qa-send-message-textarea"]',
    renamedInput: 'textarea[data-qa-id="qa-im-editor-input"]',
    row: (id) => `div[data-kora="conversation"][data-btm-id*=".c${id}."]`,
  },
  jd: {
    chatInput: '.pell-editor-wrapper > div.EditorContent[contenteditable=true]',
    renamedInput: '.im-editor-wrapper > div.im-editor-content[contenteditable=true]',
    row: (id) => `[id="u_${id}imcustomer10086321"]`,
  },
  qianniu: {
    chatInput: '.chat-editor > div.qn-chat-editor[contenteditable=true]',
    renamedInput: '.im-input > div.im-input-inner[contenteditable=true]',
    row: (id) => `.qn-conversation-item[data-buyer-id="${id}"]`,
  },
};

/** The sidebar's frame on a console page: our extension page, a child of the console's top frame. */
export function findSidebarFrame(page: Page): Frame | undefined {
  return page
    .frames()
    .find((f) => f.parentFrame() === page.mainFrame() && f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === '/sidebar.html');
}

/**
 * The sidebar's controls: inside the extension frame that `<kefu-sidebar>`'s closed shadow root
 * holds. A closed root hides the iframe from CSS and `frameLocator`; `page.frames()` still lists it.
 */
export async function sidebarIn(page: Page, timeout = 15_000): Promise<Locator> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = findSidebarFrame(page);
    if (frame) return frame.locator(':root');
    if (Date.now() > until) throw new Error(`no sidebar frame on ${page.url()} within ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

type CdpNode = { nodeType: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] };
const attr = (node: CdpNode, name: string) => {
  const i = node.attributes?.findIndex((a, j) => j % 2 === 0 && a === name) ?? -1;
  return i >= 0 ? node.attributes![i + 1] : undefined;
};
const textOf = (node: CdpNode): string => (node.nodeType === 3 ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join(''));
function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/** Every node inside `<kefu-sidebar>`'s closed shadow root, read through CDP (which sees closed roots). */
export async function overlayNodes(page: Page): Promise<CdpNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = [...walk(root)].find((n) => n.nodeName === 'KEFU-SIDEBAR');
    return host?.shadowRoots?.flatMap((r) => [...walk(r)]) ?? [];
  } finally {
    await cdp.detach();
  }
}
export { attr, textOf, walk, type CdpNode };

/** A console tab: the replica's state and rows, and the sidebar found by role and name (zh-CN). */
export class ConsolePage {
  constructor(
    readonly page: Page,
    readonly site: ReplicaSite,
    readonly variant?: ReplicaVariant,
  ) {}

  // ── sidebar (UI contract in DESIGN.md) ──
  /** The sidebar frame's document; call `waitForSidebar()` first (and again after a reload). */
  get sidebar(): Locator {
    const frame = findSidebarFrame(this.page);
    if (!frame) throw new Error(`${this.site}: no sidebar frame (call waitForSidebar first)`);
    return frame.locator(':root');
  }
  get launcher(): Locator {
    return this.sidebar.getByRole('button', { name: '客服侧边栏' });
  }
  get phrasesTab(): Locator {
    return this.sidebar.getByRole('tab', { name: '话术' });
  }
  get search(): Locator {
    return this.sidebar.getByRole('searchbox', { name: '搜索话术' });
  }
  get results(): Locator {
    return this.sidebar.getByRole('listbox', { name: '话术列表' });
  }
  get options(): Locator {
    return this.results.getByRole('option');
  }
  /** The result whose accessible name starts with this title (the name goes on with code and text). */
  option(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.results.getByRole('option', { name: new RegExp(`^${escaped}(\\s|$)`) });
  }
  get status(): Locator {
    return this.sidebar.getByRole('status');
  }
  get alert(): Locator {
    return this.sidebar.getByRole('alert');
  }
  get currentBuyerLabel(): Locator {
    return this.sidebar.getByText(/当前买家：/);
  }
  /** True when phrase search has the keyboard focus (its frame focused, the box active in it). */
  searchHasFocus(): Promise<boolean> {
    return this.search.evaluate((el) => document.hasFocus() && document.activeElement === el);
  }
  /** True when the console's chat input has the keyboard focus. */
  chatInputHasFocus(): Promise<boolean> {
    return this.chatInput.evaluate((el) => document.hasFocus() && (document.activeElement === el || el.contains(document.activeElement)));
  }

  /**
   * What sits over the console inside `<kefu-sidebar>`'s closed shadow root (the `/code`
   * suggestions, outlines). Page scripts can't reach it, and neither can Playwright's selectors:
   * read through CDP, which sees closed roots.
   */
  private overlayNodes(): Promise<CdpNode[]> {
    return overlayNodes(this.page);
  }
  /** The options of the `/code` suggestion list (`role=listbox` named 话术建议) by their text; empty when closed. */
  async suggestions(): Promise<string[]> {
    const list = (await this.overlayNodes()).find((n) => attr(n, 'role') === 'listbox' && attr(n, 'aria-label') === '话术建议');
    return list ? [...walk(list)].filter((n) => attr(n, 'role') === 'option').map(textOf) : [];
  }
  /** How many elements with this class sit over the page (e.g. `reveal-highlight`). */
  async overlayCount(className: string): Promise<number> {
    return (await this.overlayNodes()).filter((n) => attr(n, 'class')?.split(' ').includes(className)).length;
  }

  /** Waits for the sidebar's frame and its launcher. */
  async waitForSidebar(): Promise<void> {
    const sidebar = await sidebarIn(this.page);
    await sidebar.getByRole('button', { name: '客服侧边栏' }).waitFor({ state: 'visible', timeout: 15_000 });
  }

  /** Opens the sidebar if collapsed and types a query into phrase search. */
  async searchFor(query: string): Promise<void> {
    await this.waitForSidebar();
    if ((await this.launcher.getAttribute('aria-expanded')) === 'false') await this.launcher.click();
    await this.search.fill('');
    await this.search.click();
    await this.search.pressSequentially(query);
  }

  /** Titles of the first `n` results, in order. */
  async topTitles(n: number): Promise<string[]> {
    await this.options.first().waitFor();
    const titles = await this.options.locator('.option-title').allTextContents();
    return titles.slice(0, n);
  }

  /** Adds a phrase through the sidebar's form. */
  async addPhrase(phrase: { title: string; text: string; code?: string }): Promise<void> {
    // The list arriving moves the toolbar down; a click aimed before that lands on a phrase instead.
    await this.sidebar.getByText('正在载入话术…').waitFor({ state: 'detached' });
    await this.sidebar.getByRole('button', { name: '新建话术' }).click();
    await this.sidebar.getByRole('textbox', { name: '标题' }).fill(phrase.title);
    await this.sidebar.getByRole('textbox', { name: '内容' }).fill(phrase.text);
    if (phrase.code) await this.sidebar.getByRole('textbox', { name: '快捷编码' }).fill(phrase.code);
    await this.sidebar.getByRole('button', { name: '保存' }).click();
  }

  // ── the replica console ──
  get chatInput(): Locator {
    const markup = REPLICA_MARKUP[this.site];
    return this.page.locator(this.variant === 'renamed-input' ? markup.renamedInput : markup.chatInput);
  }
  /** The conversation row of a buyer (click it to switch, as an agent would). */
  row(buyerId: string): Locator {
    return this.page.locator(REPLICA_MARKUP[this.site].row(buyerId));
  }
  /** The whole test hook, as data. */
  hook(): Promise<Omit<ReplicaHook, 'selectBuyer' | 'addBuyer' | 'addMessage'>> {
    return this.page.evaluate(() => {
      const r = window.__replica!;
      return { site: r.site, variant: r.variant, state: { ...r.state }, sent: r.sent.slice(), buyers: r.buyers.map((b) => ({ id: b.id, name: b.name })) };
    });
  }
  draft(): Promise<string> {
    return this.page.evaluate(() => window.__replica!.state.draft);
  }
  currentBuyerId(): Promise<string | null> {
    return this.page.evaluate(() => window.__replica!.state.currentBuyerId);
  }
  sent(): Promise<ReplicaHook['sent']> {
    return this.page.evaluate(() => window.__replica!.sent.slice());
  }
  buyers(): Promise<{ id: string; name: string }[]> {
    return this.page.evaluate(() => window.__replica!.buyers.map((b) => ({ id: b.id, name: b.name })));
  }
  async buyerNamed(name: string): Promise<string> {
    const found = (await this.buyers()).find((b) => b.name === name);
    if (!found) throw new Error(`${this.site}: no buyer named ${name}`);
    return found.id;
  }
  /** Switches conversation with a real (trusted) click on the buyer's row. */
  async clickBuyer(buyerId: string): Promise<void> {
    await this.row(buyerId).click();
    await this.page.waitForFunction((id) => window.__replica!.state.currentBuyerId === id, buyerId);
  }
}
