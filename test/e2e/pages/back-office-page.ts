import type { Locator, Page } from 'playwright-core';
import { backOfficeUrl, type BackOfficeVariant, type BackOfficeView, type ExtensionHandle } from '../fixtures';
import { attr, overlayNodes, sidebarIn, textOf, walk, findSidebarFrame } from './console-page';

/** What the back-office replica exposes in the main world (test/replicas/qianniu-backoffice/). */
export interface BackOfficeHook {
  view: BackOfficeView | 'transfer';
  page: number;
  relations: { buyerId: string; buyerName: string; account: string; boundAt: string; state: string }[];
  staff: { id: string; name: string; status: string; dedicated: string; inRouting: string; main: string; rights: string }[];
}

/** A mark beside a row, as our closed overlay holds it: its reasons and where it is drawn. */
export interface DrawnMark {
  labels: string[];
  top: number;
}

/** Qianniu's back office (relation and staff tables) with the sidebar, found by role and name. */
export class BackOfficePage {
  constructor(
    readonly page: Page,
    readonly lang: 'zh-CN' | 'en' = 'zh-CN',
  ) {}

  static async open(ext: ExtensionHandle, view: BackOfficeView, variant?: BackOfficeVariant): Promise<BackOfficePage> {
    const page = await ext.context.newPage();
    await page.goto(backOfficeUrl(view, variant), { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica !== undefined);
    const bo = new BackOfficePage(page, ext.lang);
    await bo.waitForSidebar();
    return bo;
  }

  private say<T extends string | RegExp>(zh: T, en: T): T {
    return this.lang === 'zh-CN' ? zh : en;
  }

  // ── sidebar ──
  get sidebar(): Locator {
    const frame = findSidebarFrame(this.page);
    if (!frame) throw new Error('no sidebar frame on the back office');
    return frame.locator(':root');
  }
  async waitForSidebar(): Promise<void> {
    const sidebar = await sidebarIn(this.page);
    await sidebar.getByRole('tab', { name: this.say('关系', 'Relations') }).waitFor({ timeout: 15_000 });
  }
  get relationsTab(): Locator {
    return this.sidebar.getByRole('tab', { name: this.say('关系', 'Relations') });
  }
  get panel(): Locator {
    return this.sidebar.getByRole('tabpanel', { name: this.say('关系', 'Relations') });
  }
  /** The scan button for the table this page shows: it follows the app's own route changes. */
  scanButton(table: BackOfficeView): Locator {
    const name = table === 'relations' ? this.say('扫描客户关系表', 'Scan the relation table') : this.say('扫描员工表', 'Scan the staff table');
    return this.panel.getByRole('button', { name, exact: true });
  }
  resumeButton(page: number): Locator {
    return this.panel.getByRole('button', { name: this.say(`从第 ${page} 页继续扫描`, `Resume from page ${page}`) });
  }
  get cancelButton(): Locator {
    return this.panel.getByRole('button', { name: this.say('取消扫描', 'Cancel the scan') });
  }
  get pickRowButton(): Locator {
    return this.panel.getByRole('button', { name: this.say('点选表格中的一行', 'Pick a row of the table') });
  }
  /** The scan's progress bar and the sentence beside it. */
  get progressBar(): Locator {
    return this.panel.getByRole('progressbar', { name: this.say('扫描进度', 'Scan progress') });
  }
  get progressText(): Locator {
    return this.panel.locator('.rel-progress .hint');
  }
  /** The totals line of the relation summary (共 N 条关系，异常 M 条). */
  get totals(): Locator {
    return this.panel.locator('.rel-totals');
  }
  get relationList(): Locator {
    return this.panel.getByRole('grid', { name: this.say(/^关系列表/, /^Relations/) });
  }
  get buyerSearch(): Locator {
    return this.panel.getByRole('searchbox', { name: this.say('搜索买家', 'Search buyers') });
  }
  /** The sidebar's one status line (the relation list has its own count status). */
  get status(): Locator {
    return this.sidebar.getByRole('status').and(this.sidebar.locator('.status'));
  }
  get alert(): Locator {
    return this.sidebar.getByRole('alert');
  }

  // ── the replica back office ──
  hook(): Promise<BackOfficeHook> {
    return this.page.evaluate(() => {
      const r = (window as unknown as { __replica: BackOfficeHook }).__replica;
      return { view: r.view, page: r.page, relations: r.relations.map((x) => ({ ...x })), staff: r.staff.map((x) => ({ ...x })) };
    });
  }
  /** The app's own menu (a trusted click; the app changes route without reloading). */
  async openFromMenu(name: '全店客户管理' | '员工管理'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name }).click();
  }
  /** Turns the replica's own pager (a trusted click) and waits for its rows. */
  async turnTo(pageNumber: number): Promise<void> {
    await this.page.locator('.next-pagination-list').getByRole('button', { name: String(pageNumber), exact: true }).click();
    await this.page.waitForFunction((n) => (window as unknown as { __replica: BackOfficeHook }).__replica.page === n, pageNumber);
  }
  /** The buyer ids of the rows shown, with each row's vertical centre on screen. */
  rows(): Promise<{ key: string; centre: number }[]> {
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll('.next-table-body tr')).map((tr) => {
        const r = tr.getBoundingClientRect();
        return { key: (tr as HTMLElement).dataset.rowKey ?? '', centre: r.top + r.height / 2 };
      }),
    );
  }

  /** The marks drawn beside rows, read through CDP: the page itself can't reach them. */
  async marks(): Promise<DrawnMark[]> {
    const nodes = await overlayNodes(this.page);
    return nodes
      .filter((n) => attr(n, 'class') === 'row-mark')
      .map((n) => ({
        labels: [...walk(n)].filter((c) => attr(c, 'class') === 'row-mark-reason').map(textOf),
        top: Number.parseFloat(/top:\s*([\d.]+)px/.exec(attr(n, 'style') ?? '')?.[1] ?? 'NaN'),
      }));
  }
}
