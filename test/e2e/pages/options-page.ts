import type { Download, Locator, Page } from 'playwright-core';
import type { ExtensionHandle } from '../fixtures';

/** A file handed to the import input, as bytes (Playwright's `setInputFiles` payload). */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export type OptionsTab = '话术库' | '导入导出' | '自动回复' | '关系' | '转移' | '变量' | '同义词' | '页面选择器' | '备份';

/** The options page (full-page manager), found by role and accessible name (zh-CN). */
export class OptionsPage {
  constructor(readonly page: Page) {}

  /** Opens `chrome-extension://<id>/options.html` in a new tab and waits for the library to load. */
  static async open(ext: ExtensionHandle): Promise<OptionsPage> {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const options = new OptionsPage(page);
    await options.listHeading.waitFor({ timeout: 15_000 });
    return options;
  }

  // ── page-wide ──
  tab(name: OptionsTab): Locator {
    return this.page.getByRole('tablist', { name: '管理页面' }).getByRole('tab', { name, exact: true });
  }
  async goto(name: OptionsTab): Promise<void> {
    await this.tab(name).click();
    await this.page.getByRole('tabpanel', { name, exact: true }).waitFor();
  }
  get panel(): Locator {
    return this.page.getByRole('tabpanel');
  }
  /** The one status line at the top (news, with its 撤销 button). */
  get status(): Locator {
    // Not a panel's own status (e.g. 关系's "shown" count inside its tab panel).
    return this.page.getByRole('status').and(this.page.locator(':not([role=tabpanel] *)'));
  }
  async statusText(): Promise<string> {
    return (await this.status.textContent()) ?? '';
  }
  /** Every alert on the page, joined (the notice bar's and a panel's own). */
  async alertText(): Promise<string> {
    return (await this.page.getByRole('alert').allTextContents()).join(' | ');
  }
  /** The action button next to the status line (撤销 / 撤销导入 / 撤销恢复). */
  statusAction(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  // ── 话术库 (manager) ──
  /** `全部话术（137 条）`: the list heading, with the number of phrases in view. */
  get listHeading(): Locator {
    return this.page.getByRole('heading', { name: /^全部话术（\d+ 条）$/ });
  }
  async phraseCount(): Promise<number> {
    const text = (await this.listHeading.textContent()) ?? '';
    const match = /（(\d+) 条）/.exec(text);
    if (!match) throw new Error(`no count in the list heading: ${text}`);
    return Number(match[1]);
  }
  get phraseList(): Locator {
    return this.page.getByRole('list', { name: /^全部话术（\d+ 条）$/ });
  }
  get phraseRows(): Locator {
    return this.phraseList.getByRole('listitem').filter({ has: this.page.getByRole('checkbox') });
  }
  /** What the list shows, row by row (title, code, badges, text, group): the library as the seller sees it. */
  async libraryRows(): Promise<string[]> {
    return this.phraseRows.allTextContents();
  }
  /** A row of the list by its phrase title (its checkbox is named `选择 <title>`). */
  row(title: string): Locator {
    return this.phraseRows.filter({ has: this.page.getByRole('checkbox', { name: `选择 ${title}`, exact: true }) });
  }
  get managerSearch(): Locator {
    return this.page.getByRole('searchbox', { name: '搜索话术' });
  }
  async select(title: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `选择 ${title}`, exact: true }).check();
  }
  get deleteSelected(): Locator {
    return this.page.getByRole('button', { name: '删除所选', exact: true });
  }
  get newPhraseButton(): Locator {
    return this.page.getByRole('button', { name: /新建话术$/ });
  }
  /** The manager's editor (a form named 新建话术 or 编辑话术). */
  editor(name: '新建话术' | '编辑话术' = '新建话术'): Locator {
    return this.page.getByRole('form', { name });
  }

  // ── 导入导出 ──
  get importInput(): Locator {
    return this.page.getByLabel('导入话术文件（CSV / Excel / JSON）');
  }
  async importFile(file: FilePayload): Promise<void> {
    await this.importInput.setInputFiles(file);
  }
  get previewHeading(): Locator {
    return this.page.getByRole('heading', { name: /^预览：/ });
  }
  get previewTable(): Locator {
    return this.page.getByRole('table').filter({ has: this.page.getByRole('columnheader', { name: '问题' }) });
  }
  /** The preview row of a file row number (first cell). */
  previewRow(rowNumber: number): Locator {
    return this.previewTable.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }
  /** How many preview rows have this result (新增 / 修改 / 重复 / 有错误). */
  previewStatusCount(status: '新增' | '修改' | '重复' | '有错误'): Promise<number> {
    return this.previewTable.getByRole('cell', { name: status, exact: true }).count();
  }
  get confirmImport(): Locator {
    return this.page.getByRole('button', { name: '确认导入', exact: true });
  }
  /** Clicks an export button and returns the download it starts. */
  async exportAs(button: '导出 CSV' | '导出千牛格式 CSV' | '导出 Excel' | '导出话术包 (JSON)'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button, exact: true }).click()]);
    return download;
  }

  // ── 备份 ──
  get snapshotTable(): Locator {
    return this.page.getByRole('table', { name: '快照列表' });
  }
  /** Snapshot rows whose cells read like this (reason, counts …), newest first. */
  snapshotRows(hasText: string | RegExp): Locator {
    return this.snapshotTable.getByRole('row').filter({ hasText });
  }
  /** Asks to restore a snapshot row, then confirms inline. */
  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^恢复 .* 的快照$/ }).click();
    await row.getByRole('button', { name: '确定恢复', exact: true }).click();
  }
}
