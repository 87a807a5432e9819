/**
 * Issue 12 item 5 in the options page: a full-backup import is previewed (changes per record
 * type, local records newer than the file with keep mine / take theirs, keep mine by default),
 * applied, and undone exactly from the status line; zh and en screenshots of the preview.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { OptionsPage, type FilePayload } from './pages/options-page';

const poll = { timeout: 10_000, interval: 50 };
const DAY = 86_400_000;

/** A backup as another machine wrote it: one starter phrase edited long ago (older than ours), one newer, one new phrase, variables. */
function backupFile(): FilePayload {
  const later = Date.now() + DAY;
  const meta = (updatedAt: number) => ({ schemaVersion: 3, createdAt: 1_700_000_000_000, updatedAt, updatedBy: 'agent_a' });
  const phrase = (id: string, title: string, text: string, groupId: string | null, updatedAt: number) => ({
    id, type: 'phrase', scope: 'shop', title, text, groupId, order: 0, stage: 'insale', tags: [], ...meta(updatedAt),
  });
  const records = [
    phrase('phr_starter_ship-when', '发货时间（旧文件）', '旧文件里的发货说明', 'grp_starter_shipping', 1_700_000_000_000),
    phrase('phr_starter_ship-confirm-address', '核对收货地址（文件）', '文件里的地址核对', 'grp_starter_shipping', later),
    phrase('phr_01JEBACKUP000000000000000A', '备份里的新话术', '只在备份文件里', null, later),
    { id: 'local:settings:variables', type: 'variableSettings', scope: 'local', values: { 店铺: '备份店' }, ...meta(later) },
  ];
  const json = JSON.stringify({ format: 'kefu-sidebar-backup', schemaVersion: 3, exportedAt: new Date().toISOString(), records });
  return { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json, 'utf8') };
}

async function phraseTitles(o: OptionsPage): Promise<string[]> {
  await o.goto('话术库');
  await o.listHeading.waitFor();
  return o.libraryRows();
}

describe('full-backup import in the options page (zh)', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => void (ext = launched));

  it('previews, keeps the newer local phrase by default, applies, and 撤销导入 puts everything back', async () => {
    const o = await OptionsPage.open(ext);
    const before = await phraseTitles(o);
    expect(before.join('\n')).toContain('发货时间');
    await o.goto('备份');
    await o.page.getByLabel('导入备份文件').setInputFiles(backupFile());

    const dialog = o.page.getByRole('dialog', { name: '导入前预览：backup.json' });
    await dialog.waitFor(poll);
    const table = dialog.getByRole('table', { name: '按类型的改动' });
    expect(await table.getByRole('row', { name: /^话术/ }).getByRole('cell').allTextContents()).toEqual(['1', '1', '0', '0', '1']);
    expect(await table.getByRole('row', { name: /^变量设置/ }).getByRole('cell').allTextContents()).toEqual(['1', '0', '0', '0', '0']);
    const choice = dialog.getByRole('group', { name: /话术 “发货时间（旧文件）”/ });
    expect(await choice.getByRole('radio', { name: '保留本机的' }).isChecked()).toBe(true);
    expect(await choice.getByRole('radio', { name: '用文件里的' }).isChecked()).toBe(false);
    await dialog.screenshot({ path: 'docs/screens/backup-preview-zh_CN.png' });

    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => o.statusText(), poll).toContain('导入完成：写入 3 条记录，保留本机较新的 1 条。');
    expect(await dialog.count()).toBe(0);
    await o.statusAction('撤销导入').click();
    await expect.poll(() => o.statusText(), poll).toContain('已撤销导入');

    const after = await phraseTitles(o);
    expect(after).toEqual(before);
  });

  it('takes the file’s version only when chosen', async () => {
    const o = await OptionsPage.open(ext);
    await o.goto('备份');
    await o.page.getByLabel('导入备份文件').setInputFiles(backupFile());
    const dialog = o.page.getByRole('dialog', { name: '导入前预览：backup.json' });
    await dialog.getByRole('group', { name: /发货时间（旧文件）/ }).getByRole('radio', { name: '用文件里的' }).check();
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => o.statusText(), poll).toContain('写入 4 条记录，保留本机较新的 0 条');
    expect((await phraseTitles(o)).join('\n')).toContain('发货时间（旧文件）');
  });
});

describe('full-backup import in the options page (en)', () => {
  let ext: ExtensionHandle;
  useExtension((launched) => void (ext = launched), { lang: 'en' });

  it('shows the preview in English', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('tab', { name: 'Backup', exact: true }).click();
    await page.getByLabel('Import a backup file').setInputFiles(backupFile());
    const dialog = page.getByRole('dialog', { name: 'Before importing backup.json' });
    await dialog.waitFor(poll);
    expect(await dialog.getByRole('table', { name: 'Changes by record type' }).getByRole('row', { name: /^Phrases/ }).getByRole('cell').allTextContents()).toEqual(['1', '1', '0', '0', '1']);
    expect(await dialog.getByRole('radio', { name: 'Keep mine' }).isChecked()).toBe(true);
    await dialog.screenshot({ path: 'docs/screens/backup-preview-en.png' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.count()).toBe(0);
  });
});
