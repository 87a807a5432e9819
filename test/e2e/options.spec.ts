/**
 * Issue 4 "must show" for the options page (the full-page manager), in real Chromium with the
 * built extension: a malformed CSV (wrong columns, a row without text, GBK) is refused with its row
 * and field and changes nothing; a GBK Qianniu file imports; restore from a snapshot and one-click
 * undo; editing with live lint, found by pinyin initials; the auto-reply composer; variables
 * filled in the sidebar; export CSV and re-import it as duplicates; the CSV and XLSX parsers load
 * only when a file needs them.
 *
 * The GBK files in `files/` were written with `iconv -f utf-8 -t gbk` (CRLF, as Excel/WPS save them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_REPLY_SUGGESTIONS } from '../../core/phrases';
import { phrasesToXlsx } from '../../core/phrase-files';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { ConsolePage } from './pages/console-page';
import { OptionsPage, type FilePayload } from './pages/options-page';

const poll = { timeout: 10_000, interval: 50 };
const FILES = join(process.cwd(), 'test/e2e/files');
const csv = (name: string, text: string): FilePayload => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const fileAt = (name: string, path: string): FilePayload => ({ name, mimeType: 'text/csv', buffer: readFileSync(path) });

/** The library as the manager lists it, and whether any import wrote a snapshot. */
async function libraryState(o: OptionsPage): Promise<{ count: number; rows: string[] }> {
  await o.goto('话术库');
  await o.listHeading.waitFor();
  return { count: await o.phraseCount(), rows: await o.libraryRows() };
}
/** One browser per describe block, with the options page open: launched before its tests, closed after. */
function withOptionsPage(use: (opened: { ext: ExtensionHandle; o: OptionsPage }) => void): void {
  useExtension(async (ext) => use({ ext, o: await OptionsPage.open(ext) }));
}

async function importSnapshots(o: OptionsPage): Promise<number> {
  await o.goto('备份');
  await o.snapshotTable.or(o.page.getByText('还没有快照。')).first().waitFor();
  return o.snapshotRows('导入前').count();
}

describe('import of phrase files', () => {
  let ext: ExtensionHandle;
  let o: OptionsPage;
  withOptionsPage((opened) => ({ ext, o } = opened));

  it('refuses a CSV without a text column, names the columns found and expected, and changes nothing', async () => {
    const before = await libraryState(o);
    expect(before.count).toBeGreaterThanOrEqual(120);
    await o.goto('导入导出');
    await o.importFile(csv('错误的列.csv', '编码,备注\r\nfh,发货说明\r\nth,退货说明\r\n'));
    const alert = o.panel.getByRole('alert');
    await expect.poll(() => alert.textContent(), poll).toContain('无法导入');
    const text = (await alert.textContent())!;
    expect(text).toContain('错误的列.csv');
    expect(text).toContain('第 1 行');
    expect(text).toMatch(/找到的列：编码、备注/);
    expect(text).toContain('快捷短语');
    expect(await o.previewHeading.count()).toBe(0);
    expect(await o.confirmImport.count()).toBe(0);
    expect(await libraryState(o)).toEqual(before);
    expect(await importSnapshots(o)).toBe(0);
  });

  it('previews a row without text as an error naming row 3 and 快捷短语, keeps 确认导入 disabled, changes nothing', async () => {
    const before = await libraryState(o);
    await o.goto('导入导出');
    await o.importFile(
      csv('缺内容.csv', '快捷短语编码,快捷短语,快捷短语分组\r\nxyzok,亲，这件是现货，今天拍明天发,售前\r\nxyzbad,,售后\r\nxyzok2,您好，已为您备注,售中\r\n'),
    );
    await o.previewHeading.waitFor();
    const bad = o.previewRow(3);
    await expect.poll(() => bad.getByRole('cell', { name: '有错误', exact: true }).count(), poll).toBe(1);
    expect(await bad.textContent()).toMatch(/第 3 行，快捷短语：/);
    expect(await o.previewStatusCount('有错误')).toBe(1);
    expect(await o.previewStatusCount('新增')).toBe(2);
    expect(await o.panel.getByRole('alert').textContent()).toContain('整个文件都不会导入');
    await expect.poll(() => o.confirmImport.isDisabled(), poll).toBe(true);
    expect(await libraryState(o)).toEqual(before);
    expect(await importSnapshots(o)).toBe(0);
  });

  it('refuses a GBK file with a bad row as a whole', async () => {
    const before = await libraryState(o);
    await o.goto('导入导出');
    await o.importFile(fileAt('千牛导出-有错.csv', join(FILES, 'gbk-bad-row.csv')));
    await o.previewHeading.waitFor();
    // The good rows decode to the right Chinese (their titles are made from the text).
    await expect.poll(() => o.previewRow(2).textContent(), poll).toContain('亲，商品都是现货');
    expect(await o.previewRow(4).textContent()).toContain('您好，已为您备注加急');
    expect(await o.previewRow(3).getByRole('cell', { name: '有错误', exact: true }).count()).toBe(1);
    expect(await o.previewRow(3).textContent()).toMatch(/第 3 行，快捷短语：/);
    expect(await o.confirmImport.isDisabled()).toBe(true);
    expect(await libraryState(o)).toEqual(before);
    expect(await importSnapshots(o)).toBe(0);
  });

  it('imports GBK Qianniu files: the preview reads the Chinese, 确认导入 writes it, the sidebar finds it', async () => {
    const before = await libraryState(o);
    await o.goto('导入导出');
    await o.importFile(fileAt('千牛快捷短语.csv', join(FILES, 'gbk-new-rows.csv')));
    await o.previewHeading.waitFor();
    await expect.poll(() => o.previewRow(2).textContent(), poll).toContain('亲，支持七天无理由退换货');
    expect(await o.previewRow(3).textContent()).toContain('您好，满两件可享包邮优惠');
    expect(await o.previewStatusCount('新增')).toBe(2);
    await o.confirmImport.click();
    await expect.poll(() => o.statusText(), poll).toContain('已导入 2 条');

    // The core fixture (as Qianniu exports it): its codes are starter codes, so both rows change them.
    await o.importFile(fileAt('gbk-qianniu.csv', join(process.cwd(), 'core/phrase-files/fixtures/gbk-qianniu.csv')));
    await o.previewHeading.waitFor();
    await expect.poll(() => o.previewStatusCount('修改'), poll).toBe(2);
    expect(await o.previewRow(2).textContent()).toContain('发货时间');
    await o.confirmImport.click();
    await expect.poll(() => o.statusText(), poll).toContain('已导入 2 条');

    const after = await libraryState(o);
    expect(after.count).toBe(before.count + 2);
    expect(after.rows.join('\n')).toContain('亲，支持七天无理由退换货，运费险已为您勾选');
    expect(after.rows.join('\n')).toContain('亲，已经发货了');
    expect(await importSnapshots(o)).toBe(2);

    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.searchFor('gbkth');
    await expect.poll(() => c.options.first().textContent(), poll).toContain('亲，支持七天无理由退换货，运费险已为您勾选');
    await c.search.press('Enter');
    await expect.poll(() => c.draft(), poll).toBe('亲，支持七天无理由退换货，运费险已为您勾选');
    await c.searchFor('fh');
    await c.option('发货时间').waitFor();
    expect(await c.option('发货时间').textContent()).toContain('亲，已经发货了');
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });
});

describe('snapshots and undo', () => {
  let ext: ExtensionHandle;
  let o: OptionsPage;
  withOptionsPage((opened) => ({ ext, o } = opened));

  /** Titles of the first `n` phrases listed, to delete. */
  async function someTitles(from: number, n: number): Promise<string[]> {
    const names = await o.phraseList.getByRole('checkbox').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    return names.slice(from, from + n).map((name) => name.replace(/^选择 /, ''));
  }

  async function bulkDelete(titles: string[]): Promise<void> {
    for (const title of titles) await o.select(title);
    await expect.poll(() => o.page.getByText(`已选 ${titles.length} 条`).count(), poll).toBeGreaterThan(0);
    await o.deleteSelected.click();
    await expect.poll(() => o.statusText(), poll).toContain(`已删除 ${titles.length} 条话术`);
  }

  it('undoes a bulk delete with 撤销 from the status line', async () => {
    const before = await libraryState(o);
    const titles = await someTitles(0, 3);
    await bulkDelete(titles);
    await expect.poll(() => o.phraseCount(), poll).toBe(before.count - 3);
    for (const title of titles) expect(await o.row(title).count()).toBe(0);

    await o.statusAction('撤销').click();
    await expect.poll(() => o.statusText(), poll).toContain('已撤销');
    await expect.poll(() => o.phraseCount(), poll).toBe(before.count);
    expect((await libraryState(o)).rows).toEqual(before.rows);
  });

  it('restores the snapshot taken before a delete from the 备份 tab', async () => {
    const before = await libraryState(o);
    const titles = await someTitles(5, 4);
    await bulkDelete(titles);
    await expect.poll(() => o.phraseCount(), poll).toBe(before.count - 4);
    await o.statusAction('关闭提示').click(); // no undo from here: restore from the list instead

    await o.goto('备份');
    const row = o.snapshotRows('批量删除前').filter({ hasText: `${before.count} 条话术` }).first();
    await row.waitFor();
    // The newest 批量删除前 snapshot is this delete's (the first one was undone above).
    expect(await o.snapshotRows('批量删除前').count()).toBe(2);
    await o.restore(row);
    await expect.poll(() => o.statusText(), poll).toContain(`已恢复：${before.count} 条话术`);

    const after = await libraryState(o);
    expect(after.count).toBe(before.count);
    for (const title of titles) expect(await o.row(title).count(), title).toBe(1);
    expect(after.rows).toEqual(before.rows);

    // The sidebar has them back as well.
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.searchFor(titles[0]!);
    await c.option(titles[0]!).waitFor();
    await c.page.close();
  });

  // Product bug (reported): 撤销 restores the whole pre-delete snapshot, so a phrase saved in the
  // sidebar between the delete and the undo is silently removed from the library.
  it('撤销 of a bulk delete brings the deleted phrases back and keeps a phrase added meanwhile in the sidebar', async () => {
    const before = await libraryState(o);
    const titles = await someTitles(10, 2);
    await bulkDelete(titles);
    await expect.poll(() => o.phraseCount(), poll).toBe(before.count - 2);

    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    if ((await c.launcher.getAttribute('aria-expanded')) === 'false') await c.launcher.click();
    await c.addPhrase({ title: '删除后新加的话术', text: '亲，这条是在删除之后才加的', code: 'schxj' });
    await expect.poll(() => c.status.textContent(), poll).toContain('已保存');
    await c.page.close();
    await o.page.bringToFront();
    await expect.poll(() => o.row('删除后新加的话术').count(), poll).toBe(1);

    await o.statusAction('撤销').click();
    await expect.poll(() => o.statusText(), poll).toContain('已撤销');
    for (const title of titles) await expect.poll(() => o.row(title).count(), poll).toBe(1);
    expect(await o.row('删除后新加的话术').count(), 'the phrase added after the delete').toBe(1);
    expect(await o.phraseCount()).toBe(before.count + 1);
  });
});

describe('manager, auto-reply composer, variables, export', () => {
  let ext: ExtensionHandle;
  let o: OptionsPage;
  withOptionsPage((opened) => ({ ext, o } = opened));

  it('creates a phrase with stage and tags, lints it while typing, finds it by pinyin initials here and in the sidebar', async () => {
    const before = await o.phraseCount();
    await o.newPhraseButton.click();
    const form = o.editor('新建话术');
    await form.waitFor();
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('品质承诺说明');
    const text = form.getByRole('textbox', { name: /^内容/ });
    await text.click();
    await text.pressSequentially('本店最好的产品，');
    // While typing, before saving: the absolute claim is flagged.
    const lint = form.getByRole('list', { name: '用语检查' });
    await expect.poll(() => lint.textContent(), poll).toContain('绝对化用语');
    expect(await lint.textContent()).toContain('「最好」');
    await text.pressSequentially('100%满意');
    await expect.poll(() => lint.getByRole('listitem').filter({ hasText: '「100%」' }).count(), poll).toBe(1);
    expect(await lint.getByRole('listitem').filter({ hasText: '绝对化用语' }).count()).toBe(2);
    expect(await form.getByText(/^发现 \d+ 处需要注意/).textContent()).toContain('发现 2 处需要注意');

    await form.getByRole('textbox', { name: '快捷编码' }).fill('pzcn');
    await form.getByRole('combobox', { name: '阶段' }).selectOption({ label: '售后' });
    await form.getByRole('textbox', { name: /^标签/ }).fill('质量，承诺');
    await form.getByRole('textbox', { name: /^买家问法/ }).fill('质量有保证吗\n用坏了怎么办');
    await form.screenshot({ path: 'docs/screens/phrase-form-zh_CN.png' });
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => o.statusText(), poll).toContain('已保存：品质承诺说明');
    await expect.poll(() => o.phraseCount(), poll).toBe(before + 1);

    const row = o.row('品质承诺说明');
    const rowText = (await row.textContent())!;
    expect(rowText).toContain('售后');
    expect(rowText).toContain('#质量');
    expect(rowText).toContain('#承诺');
    expect(rowText).toContain('本店最好的产品，100%满意');

    // Pinyin initials of the title (pin zhi cheng nuo shuo ming), not its code.
    await o.managerSearch.fill('pzcnsm');
    await expect.poll(() => o.page.getByRole('heading', { name: /（\d+ 条）$/ }).textContent(), poll).not.toContain(`${before + 1} 条`);
    await expect.poll(() => o.page.getByRole('checkbox', { name: '选择 品质承诺说明' }).count(), poll).toBe(1);
    await o.managerSearch.fill('');

    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.searchFor('pzcnsm');
    expect((await c.topTitles(3))[0]).toBe('品质承诺说明');
    await c.page.close();
  });

  it('auto-reply composer: counts code points against 128, says when over, lists missing topics, adds a suggestion, copies', async () => {
    await o.goto('自动回复');
    const box = o.panel.getByRole('textbox', { name: '自动回复内容' });
    await box.fill('');
    await box.pressSequentially('亲😀欢迎光临');
    await expect.poll(() => o.panel.getByText(/^\d+ \/ 128$/).textContent(), poll).toBe('6 / 128');
    expect(await o.panel.getByText(/还可以写 122 字/).count()).toBe(1);

    // Nothing about the eight topics yet: all are listed as missing, each with a sentence to add.
    const topics = o.panel.getByRole('list', { name: '覆盖的问题' }).getByRole('listitem');
    await expect.poll(() => topics.filter({ hasText: '未覆盖' }).count(), poll).toBe(8);
    const addButtons = o.panel.getByRole('button', { name: '添加', exact: true });
    expect(await addButtons.count()).toBe(8);
    const returnsTopic = topics.filter({ hasText: '退换货' });
    expect(await returnsTopic.textContent()).toContain('未覆盖');

    // 添加 next to the returns sentence appends it; that topic is now covered.
    const returnsAdd = o.panel.getByRole('listitem').filter({ hasText: AUTO_REPLY_SUGGESTIONS.returns }).getByRole('button', { name: '添加' });
    await returnsAdd.click();
    await expect.poll(() => box.inputValue(), poll).toBe(`亲😀欢迎光临${AUTO_REPLY_SUGGESTIONS.returns}`);
    await expect.poll(() => returnsTopic.textContent(), poll).toContain('已覆盖');
    expect(await addButtons.count()).toBe(7);
    const count = [...`亲😀欢迎光临${AUTO_REPLY_SUGGESTIONS.returns}`].length;
    expect(await o.panel.getByText(/^\d+ \/ 128$/).textContent()).toBe(`${count} / 128`);

    await o.panel.getByRole('button', { name: '复制', exact: true }).click();
    await expect.poll(() => o.statusText(), poll).toBe('已复制');
    // What was copied is what Ctrl+V pastes back.
    const copied = await box.inputValue();
    await box.fill('');
    await box.focus();
    await o.page.keyboard.press('Control+V');
    await expect.poll(() => box.inputValue(), poll).toBe(copied);

    // 130 code points (emoji count once each): two over.
    await box.fill('😀'.repeat(130));
    await expect.poll(() => o.panel.getByText(/^\d+ \/ 128$/).textContent(), poll).toBe('130 / 128');
    expect(await o.panel.getByText(/超出 2 字/).count()).toBe(1);
    await box.fill('');
  });

  it('variables: {店铺} saved here is filled in the sidebar on insert; nothing sent', async () => {
    await o.goto('变量');
    await o.panel.getByRole('textbox', { name: '店铺', exact: true }).fill('某某旗舰店');
    await o.panel.getByRole('button', { name: '保存变量' }).click();
    await expect.poll(() => o.statusText(), poll).toContain('变量已保存');

    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    if ((await c.launcher.getAttribute('aria-expanded')) === 'false') await c.launcher.click();
    await c.addPhrase({ title: '店铺欢迎语', text: '欢迎光临{店铺}，有问题随时找我', code: 'dpyhy' });
    await expect.poll(() => c.status.textContent(), poll).toContain('已保存');
    await c.searchFor('dpyhy');
    await c.option('店铺欢迎语').click();
    await expect.poll(() => c.draft(), poll).toBe('欢迎光临某某旗舰店，有问题随时找我');
    await c.page.waitForTimeout(300);
    expect(await c.draft()).not.toContain('{店铺}');
    expect(await c.sent()).toEqual([]);
    await c.page.close();
  });

  it('synonyms: a pair added here widens the open sidebar’s search at once; removed, it is forgotten', async () => {
    const c = new ConsolePage(await ext.openConsole('pinduoduo'), 'pinduoduo');
    await c.waitForSidebar();
    await c.searchFor('一起寄');
    await expect.poll(() => c.options.count(), poll).toBe(0);

    await o.goto('同义词');
    await o.panel.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => o.alertText(), poll).toContain('“词”不能为空');
    await o.panel.getByRole('textbox', { name: '词', exact: true }).fill('一起寄');
    await o.panel.getByRole('textbox', { name: '同义词', exact: true }).fill('合并发货');
    await o.panel.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => o.statusText(), poll).toContain('已添加：一起寄 = 合并发货');
    await expect.poll(() => o.panel.getByRole('list', { name: '我的同义词' }).textContent(), poll).toContain('一起寄 = 合并发货');

    // the sidebar, open all along, finds the phrase through the new pair without a reload
    await c.searchFor('一起寄');
    await expect.poll(async () => (await c.options.locator('.option-title').allTextContents())[0], poll).toBe('合并发货');
    await c.page.screenshot({ path: 'docs/screens/synonyms-sidebar-zh_CN.png' });
    await o.page.screenshot({ path: 'docs/screens/synonyms-options-zh_CN.png', fullPage: true });

    await o.panel.getByRole('button', { name: '删除 一起寄 = 合并发货' }).click();
    await expect.poll(() => o.statusText(), poll).toContain('已删除：一起寄 = 合并发货');
    await c.searchFor('一起寄');
    await expect.poll(() => c.options.count(), poll).toBe(0);
    await c.page.close();
  });

  it('exports a CSV with a BOM and the Qianniu header; re-importing it previews every row as 重复 and writes nothing', async () => {
    const before = await libraryState(o);
    await o.goto('导入导出');
    const download = await o.exportAs('导出 CSV');
    // The name the page gave (Chromium falls back to `download` for a non-ASCII name when the
    // process locale is not UTF-8, as on machines without zh_CN.UTF-8, so read it from the status).
    await expect.poll(() => o.statusText(), poll).toMatch(new RegExp(`^已导出 ${before.count} 条话术：话术-\\d{8}-\\d{4}\\.csv$`));
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('快捷短语编码,快捷短语,快捷短语分组')).toBe(true);
    expect(text).toContain('店铺欢迎语');

    await o.importFile({ name: '话术-再导入.csv', mimeType: 'text/csv', buffer: bytes });
    await o.previewHeading.waitFor();
    await expect.poll(() => o.previewStatusCount('重复'), poll).toBe(before.count);
    expect(await o.previewStatusCount('新增')).toBe(0);
    expect(await o.previewStatusCount('修改')).toBe(0);
    expect(await o.previewStatusCount('有错误')).toBe(0);
    expect(await o.page.getByText('没有需要导入的内容').count()).toBe(1);
    expect(await o.confirmImport.isDisabled()).toBe(true);
    expect(await libraryState(o)).toEqual(before);
    expect(await importSnapshots(o)).toBe(0);
  });

  // Product bug (reported): CSV export writes 我的话术 (personal) phrases too, while import matches
  // only the shop library, so re-importing our own export offers them as 新增 and would copy them
  // into the shop library.
  it('a CSV export leaves 我的话术 out unless asked, and imported again it is all 重复', async () => {
    await o.goto('话术库');
    await o.newPhraseButton.click();
    const form = o.editor('新建话术');
    await form.getByRole('textbox', { name: '标题', exact: true }).fill('我的私人话术');
    await form.getByRole('textbox', { name: /^内容/ }).fill('这是我自己常用的一句话');
    await form.getByRole('radio', { name: '我的话术' }).check();
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => o.statusText(), poll).toContain('已保存：我的私人话术');
    const before = await libraryState(o);

    await o.goto('导入导出');
    const download = await o.exportAs('导出 CSV');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.toString('utf8')).not.toContain('这是我自己常用的一句话');
    await o.importFile({ name: '话术-再导入.csv', mimeType: 'text/csv', buffer: bytes });
    await o.previewHeading.waitFor();
    const shopCount = before.count - 1;
    await expect.poll(() => o.previewTable.getByRole('row').count(), poll).toBe(shopCount + 1); // and the header row
    const offeredAsNew = await o.previewTable.getByRole('row').filter({ has: o.page.getByRole('cell', { name: '新增', exact: true }) }).allTextContents();
    expect(offeredAsNew, 'rows of our own export offered as new').toEqual([]);
    expect(await o.previewStatusCount('重复')).toBe(shopCount);
    expect(await o.confirmImport.isDisabled()).toBe(true);
    expect(await libraryState(o)).toEqual(before);
  });

  it('raised no page error and made no request to another host', () => {
    expect(ext.pageErrors).toEqual([]);
    expect(ext.requestsToOtherHosts).toEqual([]);
  });
});

describe('page selector overrides', () => {
  let ext: ExtensionHandle;
  let o: OptionsPage;
  withOptionsPage((opened) => ({ ext, o } = opened));

  it('refuses an override that is not CSS, and an override saved here fixes a changed console', async () => {
    await o.goto('页面选择器');
    const input = o.page.getByRole('textbox', { name: '拼多多 聊天输入框' });
    const save = o.page.getByRole('button', { name: '保存拼多多的选择器' });
    await input.fill('textarea[[');
    await save.click();
    await expect.poll(() => o.alertText(), poll).toContain('不是有效的 CSS');

    const c = new ConsolePage(await ext.openConsole('pinduoduo', 'renamed-input'), 'pinduoduo', 'renamed-input');
    await c.waitForSidebar();
    await expect.poll(() => c.alert.textContent(), poll).toContain('输入框');

    await input.fill('.reply-box textarea');
    await save.click();
    await expect.poll(() => o.statusText(), poll).toContain('拼多多的选择器已保存');
    await expect.poll(() => c.alert.count(), poll).toBe(0);
    await c.searchFor('fh');
    await c.search.press('Enter');
    await expect.poll(() => c.draft(), poll).toContain('发货');
    expect(await c.sent()).toEqual([]);
  });
});

describe('file parsers load only when a file needs them', () => {
  let ext: ExtensionHandle;
  useExtension(async (launched) => {
    ext = launched;
  });

  it('opens with neither CSV nor XLSX code, reads a CSV without the spreadsheet reader, and an Excel file in the file worker, never on the page', async () => {
    // A page of our own, watched from its first request.
    const page = await ext.context.newPage();
    const chunks: string[] = [];
    page.on('request', (request) => {
      // Chunks of the page, and the file worker's own bundle (assets/), whose requests the page reports too.
      const chunk = /\/(?:chunks|assets)\/([\w-]+?)-[\w-]{8}\.js$/.exec(request.url())?.[1];
      if (chunk) chunks.push(chunk);
    });
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const o = new OptionsPage(page);
    await o.listHeading.waitFor();
    await o.goto('导入导出');
    expect(chunks).toContain('options');
    expect(chunks).not.toContain('phrase-files');

    await o.importFile(csv('一行.csv', '快捷编码,快捷短语,快捷短语分组\r\nyhcs,亲，这是一条测试话术,常用\r\n'));
    await expect.poll(() => o.previewHeading.textContent(), poll).toContain('一行.csv');
    expect(chunks).toContain('phrase-files');
    expect(chunks).not.toContain('spreadsheet');

    const workbook = await phrasesToXlsx([{ id: 'x', title: '表格话术', text: '亲，这条来自 Excel', code: 'bghs', groupId: null, order: 0 }], []);
    await o.importFile({ name: '话术.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(workbook) });
    await expect.poll(() => o.previewHeading.textContent(), poll).toContain('话术.xlsx');
    expect(await o.previewRow(2).textContent()).toMatch(/表格话术.*新增/);
    // The Excel file was read (its row is previewed) by the file worker; the page itself never
    // loaded the spreadsheet reader.
    expect(chunks).toContain('file-worker');
    expect(chunks).not.toContain('spreadsheet');
  });
});
