/**
 * A scan of the back office's relation table whose page 2 has four rows with a bad cell (replica
 * variant `bad-cells`: a hostile string and a word as the bound time, an overlong account id, a row
 * of two cells). The good rows of that page are stored with it, the scan goes on to page 3, and the
 * outcome says how many rows were read, stored and skipped, and where: in the status line, and in
 * the scan card's list of skipped rows. Screenshots of the message go to docs/screens/.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { BackOfficePage } from './pages/back-office-page';
import { HOSTILE_NAME, findSidebarFrame } from './pages/console-page';

const LONG = `${'x'.repeat(40)}…`;
const TEXT = {
  'zh-CN': {
    done: '扫描完成：3 页，读到 57 行，保存 53 行，跳过 4 行。',
    skippedList: '跳过的行',
    skipped: [
      `第 2 页第 2 行“绑定时间”：“${HOSTILE_NAME}”不是日期时间，应写成 2026-11-30 10:00、2026/11/30 或时间戳。`,
      '第 2 页第 4 行“绑定时间”：“下周三下午”不是日期时间，应写成 2026-11-30 10:00、2026/11/30 或时间戳。',
      `第 2 页第 6 行“专属客服”：太长（最多 200 个字）：“kefu旗舰店:${LONG.slice(8)}”。`,
      '第 2 页第 8 行“专属客服”：这一行缺少这一列的单元格。',
      '第 2 页第 8 行“绑定时间”：这一行缺少这一列的单元格。',
    ],
    cardLine: '有 4 行的单元格有误，已跳过（同一页的其他行都已保存）：',
    more: '另有 4 处，都列在“读取本页表格”下。',
    card: '读取本页表格',
    totals: /^共 53 条关系，/,
    reason: '原因',
    allRows: '全部关系（含正常）',
    file: 'scan-skipped-rows-zh.png',
  },
  en: {
    done: 'Scan done: 3 pages, 57 rows read, 53 stored, 4 skipped.',
    skippedList: 'Skipped rows',
    skipped: [
      `Page 2, row 2, "Bound at": "${HOSTILE_NAME}" is not a date; write it as 2026-11-30 10:00, 2026/11/30 or an epoch timestamp.`,
      'Page 2, row 4, "Bound at": "下周三下午" is not a date; write it as 2026-11-30 10:00, 2026/11/30 or an epoch timestamp.',
      `Page 2, row 6, "Dedicated CS": too long (at most 200 characters): "kefu旗舰店:${LONG.slice(8)}".`,
      'Page 2, row 8, "Dedicated CS": this row has no cell in this column.',
      'Page 2, row 8, "Bound at": this row has no cell in this column.',
    ],
    cardLine: '4 rows had a bad cell and were skipped (the other rows of their pages are stored):',
    more: 'And 4 more, all listed under “Read this page\'s table”.',
    card: "Read this page's table",
    totals: /^53 relations, /,
    reason: 'Reason',
    allRows: 'All relations (normal too)',
    file: 'scan-skipped-rows-en.png',
  },
} as const;

describe.each(['zh-CN', 'en'] as const)('scanning a relation table with bad cells (%s)', (lang) => {
  let ext: ExtensionHandle;
  useExtension(
    (launched) => {
      ext = launched;
    },
    { lang, viewport: { width: 1440, height: 1300 } },
  );
  const t = TEXT[lang];

  it('keeps the good rows of the page, goes on to the next page, and says which rows were skipped and where', async () => {
    const bo = await BackOfficePage.open(ext, 'relations', 'bad-cells');
    const { relations } = await bo.hook();
    expect(relations).toHaveLength(57);

    await bo.scanButton('relations').click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toMatch(/^(扫描完成|Scan done)/);
    // The outcome: read = stored + skipped, then where the first skipped row is, in the status line.
    const said = (await bo.status.textContent())!;
    expect(said.startsWith(t.done)).toBe(true);
    expect(said).toContain(t.skipped[0]);
    expect(said.endsWith(t.more)).toBe(true);
    // Every skipped row with its page, row, column and value, in the scan card's list.
    const list = bo.panel.getByRole('list', { name: t.skippedList });
    expect(await list.getByRole('listitem').allTextContents()).toEqual(t.skipped);
    expect(await bo.panel.getByText(t.cardLine).count()).toBe(1);
    // The scan went on to page 3 and stored the good rows of all three pages.
    expect((await bo.hook()).page).toBe(3);
    expect(await bo.totals.textContent()).toMatch(t.totals);

    // Page 2's good rows are in the result; its skipped rows are not.
    await bo.panel.getByRole('combobox', { name: t.reason }).selectOption({ label: t.allRows });
    const found = async (buyerId: string) => {
      await bo.buyerSearch.fill(buyerId);
      return bo.relationList.getByRole('row').filter({ hasText: relations.find((r) => r.buyerId === buyerId)!.buyerName }).count();
    };
    for (const i of [20, 22, 24, 26, 39]) await expect.poll(() => found(relations[i]!.buyerId)).toBe(1);
    for (const i of [21, 23, 25, 27]) await expect.poll(() => found(relations[i]!.buyerId)).toBe(0);

    // The hostile value is shown as text: nothing ran, no element was made from it.
    expect(await bo.sidebar.locator('img').count()).toBe(0);
    expect(ext.dialogs).toEqual([]);
    expect(ext.pageErrors).toEqual([]);

    await bo.buyerSearch.fill('');
    await bo.panel.getByRole('heading', { name: t.card }).scrollIntoViewIfNeeded();
    const frame = await findSidebarFrame(bo.page)!.frameElement();
    await frame.screenshot({ path: `docs/screens/${t.file}` });
    await bo.page.close();
  });
});
