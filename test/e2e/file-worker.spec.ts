/**
 * The one file worker (components/file-worker/) in real Chromium with the built extension: an
 * Excel staff list (关系), an Excel count table (分流) and an Excel phrase file (导入导出), chosen
 * in the options page, are all read by the same worker bundle; a count table it cannot read is
 * refused with the reader's message. The page itself never loads the spreadsheet reader.
 */
import { describe, expect, it } from 'vitest';
import { phrasesToXlsx } from '../../core/phrase-files';
import { writeWorkbook } from '../../core/phrase-files/spreadsheet';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { OptionsPage, type FilePayload } from './pages/options-page';

const poll = { timeout: 15_000, interval: 50 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsx = (name: string, rows: string[][]): FilePayload => ({ name, mimeType: XLSX, buffer: Buffer.from(writeWorkbook('表1', rows, rows[0]!.map(() => 12))) });

describe('one file worker for every importer', () => {
  let ext: ExtensionHandle;
  useExtension(async (launched) => {
    ext = launched;
  });

  it('reads an Excel staff list, count table and phrase file in the same worker, and refuses an unreadable count table', async () => {
    const page = await ext.context.newPage();
    const scripts: string[] = [];
    // The page's chunks and the workers' bundles (assets/), whose requests the page reports too.
    page.on('request', (request) => {
      const name = /\/(?:chunks|assets)\/([\w-]+?)-[\w-]{8}\.js$/.exec(request.url())?.[1];
      if (name) scripts.push(name);
    });
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const o = new OptionsPage(page);
    await o.listHeading.waitFor(poll);

    await o.goto('关系');
    await o.panel.getByRole('combobox', { name: '文件内容' }).selectOption({ label: '员工名单（子账号）' });
    await o.panel.getByLabel('选择文件…').setInputFiles(xlsx('员工.xlsx', [['账号', '姓名', '状态', '专属客服', '进分流', '主账号'], ['cs_mei', '小美', '在职', '是', '是', '否'], ['cs_li', '小丽', '在职', '是', '是', '否']]));
    await o.panel.getByRole('button', { name: '导入 2 行' }).click();
    await expect.poll(() => o.statusText(), poll).toContain('已导入 2 个子账号');

    await page.getByRole('tab', { name: '分流', exact: true }).click();
    const routing = page.getByRole('tabpanel', { name: '分流', exact: true });
    const input = routing.locator('input[type=file]');
    await input.setInputFiles(xlsx('接待.xlsx', [['客服', '日期', '接待人数'], ['小美', '2026-11-30', '55'], ['阿强', '2026-11-30', '21']]));
    const days = routing.getByRole('table', { name: '已导入的客服日数据' });
    await expect.poll(() => days.locator('tbody tr').count(), poll).toBe(2);
    await input.setInputFiles({ name: '坏表.xlsx', mimeType: XLSX, buffer: Buffer.from('PK\u0003\u0004 not really a workbook') });
    await expect.poll(() => routing.getByRole('alert').textContent(), poll).toContain('文件 坏表.xlsx：无法读取这个表格文件');
    expect(await days.locator('tbody tr').count()).toBe(2);

    await o.goto('导入导出');
    const workbook = await phrasesToXlsx([{ id: 'x', title: '表格话术', text: '亲，这条来自 Excel', code: 'bghs', groupId: null, order: 0 }], []);
    await o.importFile({ name: '话术.xlsx', mimeType: XLSX, buffer: Buffer.from(workbook) });
    await expect.poll(() => o.previewHeading.textContent(), poll).toContain('话术.xlsx');
    expect(await o.previewRow(2).textContent()).toMatch(/表格话术.*新增/);

    // Every file went through the one file worker (the 分流 tab's analysis worker computes and reads
    // no file); the page never loaded the reader itself.
    const workers = scripts.filter((name) => /worker/.test(name) && name !== 'analysis-worker');
    expect(workers.length).toBeGreaterThan(0);
    expect(new Set(workers)).toEqual(new Set(['file-worker']));
    expect(scripts).not.toContain('spreadsheet');
  });
});
