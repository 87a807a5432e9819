/**
 * Issue 12 item 4 in the options page, through the real file inputs (found by their labels): bad
 * phrase files (a zip bomb, a sheet claiming A1:XFD1048576, JSON nested 100,000 levels) and bad backups
 * (GBK bytes, JSON nested 100,000 levels); the 200 MB file is in the unit corpus (Playwright would
 * stream it to the browser) are refused with a message, and the library is
 * unchanged. The phrase file is read in the built extension's module worker.
 */
import { describe, expect, it } from 'vitest';
import { deepJson, xlsx } from '../helpers/bad-files';
import { zipBomb } from '../helpers/malformed-corpus';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { OptionsPage } from './pages/options-page';

const poll = { timeout: 30_000, interval: 100 };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


async function libraryRows(o: OptionsPage): Promise<{ count: number; rows: string[] }> {
  await o.goto('话术库');
  await o.listHeading.waitFor();
  return { count: await o.phraseCount(), rows: await o.libraryRows() };
}

describe('malformed files in the options page', () => {
  let o: OptionsPage;
  useExtension(async (ext: ExtensionHandle) => {
    o = await OptionsPage.open(ext);
  });

  it('refuses bad phrase files and bad backups with a message and leaves the library as it was', async () => {
    const before = await libraryRows(o);
    expect(before.count).toBeGreaterThan(0);

    await o.goto('导入导出');
    const refusals: Array<[Parameters<OptionsPage['importFile']>[0], RegExp]> = [
      [{ name: '炸弹.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await zipBomb()) }, /解压后超过 128 MB/],
      [{ name: '范围.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(xlsx([['快捷短语'], ['你好']], { dimension: 'A1:XFD1048576' })) }, /1048576 行/],
      [{ name: '嵌套.json', mimeType: 'application/json', buffer: Buffer.from(deepJson(100_000)) }, /嵌套超过 32 层/],
    ];
    for (const [file, says] of refusals) {
      await o.importInput.setInputFiles(file);
      const alert = o.panel.getByRole('alert');
      await expect.poll(async () => (await alert.count()) > 0 && ((await alert.textContent()) ?? ''), poll).toMatch(says);
      expect(await alert.textContent()).toContain('无法导入');
      expect(await o.previewHeading.count()).toBe(0);
    }

    await o.goto('备份');
    const backupInput = o.page.getByLabel('导入备份文件');
    await backupInput.setInputFiles({ name: 'gbk.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0xc4, 0xe3, 0xba, 0xc3, 0x22, 0x7d]) });
    await expect.poll(() => o.alertText(), poll).toMatch(/不是 UTF-8 编码/);
    await backupInput.setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deepJson(100_000, '{"a":', '}')) });
    await expect.poll(() => o.alertText(), poll).toMatch(/嵌套超过 64 层/);

    expect(await libraryRows(o)).toEqual(before);
  }, 180_000);
});
