// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedPhraseFile } from '../../core/phrase-files/types';
import { ImportPanel } from './ImportPanel';
import { type ImportPreview } from './manager-api';
import { createNotice } from './notice';
import { NoticeBar } from './NoticeBar';
import type { PhraseFiles } from './phrase-files';
import { button, byRole, click, fakeClient, flush } from '../../test/helpers/manager';

const ROWS = [
  { rowNumber: 2, title: '发货时间', text: '付款后48小时内发货', code: 'fh' },
  { rowNumber: 3, title: '退货地址', text: '' },
];

function setup(parsed: ParsedPhraseFile, preview: ImportPreview) {
  const fake = fakeClient({
    previewImport: () => preview,
    applyImport: () => ({ written: 1, snapshotId: 'snap_before_import' }),
    restoreSnapshot: () => ({ phrases: 3, groups: 1 }),
  });
  const parsePhraseFile = vi.fn(() => parsed);
  // As the worker does: the chosen file is read, then parsed.
  const parsePhraseBlob = async (file: File, options: unknown) => (parsePhraseFile as (...args: unknown[]) => ParsedPhraseFile)(new Uint8Array(await file.arrayBuffer()), file.name, options);
  const files = async () => ({ parsePhraseFile, parsePhraseBlob }) as unknown as PhraseFiles;
  const notice = createNotice();
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <>
      <NoticeBar lang="zh" notice={notice} />
      <ImportPanel lang="zh" client={fake.client} notice={notice} files={files} />
    </>,
    root,
  );
  return { ...fake, parsePhraseFile, root };
}

async function chooseFile(root: HTMLElement, name: string, content: string) {
  const label = Array.from(root.querySelectorAll('label')).find((l) => l.textContent?.includes('导入话术文件（CSV / Excel / JSON）'))!;
  const input = label.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 5; i++) await flush();
}

describe('ImportPanel', () => {
  let root: HTMLElement | undefined;
  afterEach(() => {
    if (root) render(null, root);
    document.body.innerHTML = '';
  });

  it('refuses a file with file-level problems in an alert and sends nothing', async () => {
    const ctx = setup(
      { format: 'csv', encoding: 'gbk', rows: [], problems: [{ row: 3, field: '快捷短语', message: '内容为空' }, { message: '找不到“快捷短语”列' }] },
      { rows: [], counts: { new: 0, changed: 0, duplicate: 0, invalid: 0 } },
    );
    root = ctx.root;
    await chooseFile(ctx.root, 'bad.csv', 'a,b\n1,2');
    expect(ctx.parsePhraseFile).toHaveBeenCalledOnce();
    const [bytes, fileName] = ctx.parsePhraseFile.mock.calls[0] as unknown as [Uint8Array, string];
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(fileName).toBe('bad.csv');
    const alert = byRole(ctx.root, 'alert')[0]!;
    expect(alert.textContent).toContain('“bad.csv”无法导入，现有话术没有改动');
    expect(alert.textContent).toContain('第 3 行，快捷短语：内容为空');
    expect(alert.textContent).toContain('找不到“快捷短语”列');
    expect(ctx.requests).toEqual([]);
  });

  it('previews rows with their status and problems, and refuses the file while a row is invalid', async () => {
    const ctx = setup(
      { format: 'csv', rows: ROWS, problems: [] },
      {
        rows: [
          { rowNumber: 2, status: 'new', title: '发货时间', problems: [] },
          { rowNumber: 3, status: 'invalid', title: '退货地址', problems: [{ field: 'text', message: '第 3 行，快捷短语：不能为空' }] },
        ],
        counts: { new: 1, changed: 0, duplicate: 0, invalid: 1 },
      },
    );
    root = ctx.root;
    await chooseFile(ctx.root, '话术.csv', 'x');
    expect(ctx.requests).toEqual([{ kind: 'previewImport', rows: ROWS, fileName: '话术.csv' }]);
    const table = ctx.root.querySelector('table')!;
    const cells = Array.from(table.querySelectorAll('tbody tr')).map((tr) => tr.textContent);
    expect(cells[0]).toContain('退货地址');
    expect(cells[0]).toContain('有错误');
    expect(cells[0]).toContain('第 3 行，快捷短语：不能为空');
    expect(cells[0]!.match(/第 3 行/g)).toHaveLength(1);
    expect(cells[1]).toContain('新增');
    expect(ctx.root.querySelector('.counts')!.textContent).toContain('有错误 1');
    expect(byRole(ctx.root, 'alert')[0]!.textContent).toContain('整个文件都不会导入');
    expect(button(ctx.root, '确认导入').disabled).toBe(true);
    await click(button(ctx.root, '取消'));
    expect(ctx.root.querySelector('table')).toBeNull();
    expect(ctx.kinds()).toEqual(['previewImport']);
  });

  it('applies a clean file, says a backup was made and undoes the import', async () => {
    const ctx = setup(
      { format: 'csv', rows: ROWS.slice(0, 1), problems: [] },
      { rows: [{ rowNumber: 2, status: 'new', title: '发货时间', problems: [] }], counts: { new: 1, changed: 0, duplicate: 0, invalid: 0 } },
    );
    root = ctx.root;
    await chooseFile(ctx.root, 'ok.csv', 'x');
    const confirm = button(ctx.root, '确认导入');
    expect(confirm.disabled).toBe(false);
    await click(confirm);
    expect(ctx.requests[1]).toEqual({ kind: 'applyImport', rows: ROWS.slice(0, 1), fileName: 'ok.csv' });
    expect(byRole(ctx.root, 'status')[0]!.textContent).toBe('已导入 1 条，导入前已自动备份');
    await click(button(ctx.root, '撤销导入'));
    expect(ctx.requests[2]).toEqual({ kind: 'restoreSnapshot', id: 'snap_before_import' });
    expect(byRole(ctx.root, 'status')[0]!.textContent).toContain('已撤销导入');
  });

  it('shows a reader crash as an alert instead of breaking the page', async () => {
    const ctx = setup({ format: 'csv', rows: [], problems: [] }, { rows: [], counts: { new: 0, changed: 0, duplicate: 0, invalid: 0 } });
    root = ctx.root;
    ctx.parsePhraseFile.mockImplementation(() => {
      throw new Error('boom');
    });
    await chooseFile(ctx.root, 'x.xlsx', 'x');
    expect(byRole(ctx.root, 'alert')[0]!.textContent).toContain('文件读取失败：boom');
    expect(ctx.requests).toEqual([]);
  });
});
