/**
 * The sidebar on Qianniu's back office (replica at its guessed URLs under myseller.taobao.com): the
 * relation table is read page by page through `SidebarHost.backOffice` (content script ⇄ frame),
 * with progress, stop and resume; abnormal rows get marks with their reasons beside them, in our
 * closed overlay, following the pages; failures say what and where; page text stays text.
 * Driven through the sidebar's 关系 panel (its scan card, summary and relation list).
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { BackOfficePage, type BackOfficeHook } from './pages/back-office-page';
import { HOSTILE_NAME, findSidebarFrame } from './pages/console-page';

/** Which relations the replica's data makes abnormal, by the rules of DOMAIN §3, worked out here on its own. */
function expectedReasons(hook: BackOfficeHook): Map<string, string[]> {
  const staff = new Map(hook.staff.map((s) => [s.id, s]));
  const out = new Map<string, string[]>();
  for (const r of hook.relations) {
    const account = r.account === '' ? null : staff.get(r.account);
    const reasons: string[] = [];
    if (r.account === '') reasons.push('没有绑定专属客服');
    else if (!account) reasons.push('客服不在名单中');
    else {
      if (account.status !== '在职') reasons.push('客服已离职/停用/冻结');
      if (account.dedicated !== '是') reasons.push('不是专属客服');
      if (account.inRouting !== '是') reasons.push('客服不进分流');
      if (account.main === '是') reasons.push('绑定在主账号');
    }
    if (reasons.length) out.set(r.buyerId, reasons);
  }
  return out;
}

/** Each mark sits beside the row it is for: same height on screen, and with that row's reasons. */
async function expectMarksBesideAbnormalRows(bo: BackOfficePage, expected: Map<string, string[]>): Promise<number> {
  const rows = await bo.rows();
  const due = rows.filter((r) => expected.has(r.key));
  await expect.poll(async () => (await bo.marks()).length).toBe(due.length);
  const marks = await bo.marks();
  for (const row of due) {
    const mark = marks.find((m) => Math.abs(m.top - row.centre) < 2);
    expect(mark, `a mark beside ${row.key}`).toBeDefined();
    expect(mark!.labels).toEqual(expected.get(row.key));
  }
  return due.length;
}

describe('back office: reading the relation table and marking abnormal rows', () => {
  let ext: ExtensionHandle;
  // Tall enough for a whole page of 20 rows: marks are drawn only beside rows on screen.
  useExtension(
    (launched) => {
      ext = launched;
    },
    { viewport: { width: 1440, height: 1300 } },
  );

  it('reads the staff table, then (after the app’s own menu) ≥ 3 pages of relations with progress, and marks every abnormal row with all its reasons', async () => {
    const bo = await BackOfficePage.open(ext, 'staff');
    await bo.scanButton('staff').click();
    await expect.poll(() => bo.status.textContent()).toBe('员工表扫描完成：14 个子账号已保存为名单。');
    expect(await bo.progressText.textContent()).toBe('已读 2/2 页，14 行');

    await bo.openFromMenu('全店客户管理');
    await expect.poll(() => bo.scanButton('relations').isVisible()).toBe(true);
    const hook = await bo.hook();
    expect(hook.relations).toHaveLength(57);
    const bodyBefore = await bo.page.locator('.next-table-body').innerHTML();
    const expected = expectedReasons(hook);

    const progress: string[] = [];
    const watch = setInterval(() => {
      void bo.progressText
        .textContent()
        .then((t) => t && !progress.includes(t) && progress.push(t))
        .catch(() => undefined);
    }, 20);
    await bo.scanButton('relations').click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toContain('扫描完成：3 页，57 行');
    clearInterval(watch);
    expect(await bo.status.textContent()).toBe(`扫描完成：3 页，57 行，其中异常 ${expected.size} 条，已在页面上标出。`);
    expect(progress).toEqual(expect.arrayContaining(['已读 1/3 页，20 行', '已读 3/3 页，57 行']));
    expect(await bo.progressBar.getAttribute('value')).toBe('3');
    expect(await bo.totals.textContent()).toBe(`共 57 条关系，异常 ${expected.size} 条`);
    expect((await bo.hook()).page).toBe(3);

    // The table is on its last page: its abnormal rows are marked; then the owner turns to page 1.
    expect(await expectMarksBesideAbnormalRows(bo, expected)).toBe(4);
    await bo.turnTo(1);
    expect(await expectMarksBesideAbnormalRows(bo, expected)).toBe(9);
    // Several reasons at once (resigned, not dedicated, not in routing), and the main account.
    expect(expected.get(hook.relations[11]!.buyerId)).toEqual(['客服已离职/停用/冻结', '不是专属客服', '客服不进分流']);
    expect(expected.get(hook.relations[13]!.buyerId)).toEqual(['不是专属客服', '绑定在主账号']);

    // The page's rows are untouched, and the page can reach none of our marks.
    expect(await bo.page.locator('.next-table-body').innerHTML()).toBe(bodyBefore);
    expect(
      await bo.page.evaluate(() => ({
        marks: document.querySelectorAll('.row-mark, .row-mark-reason').length,
        root: document.querySelector('kefu-sidebar')?.shadowRoot ?? null,
      })),
    ).toEqual({ marks: 0, root: null });

    // Page text stays text: the hostile buyer name is listed as it reads, and nothing ran.
    await bo.buyerSearch.fill(HOSTILE_NAME);
    const hostile = bo.relationList.getByRole('row').filter({ hasText: HOSTILE_NAME });
    await expect.poll(() => hostile.count()).toBe(1);
    expect(await bo.relationList.locator('img').count()).toBe(0);
    expect(ext.dialogs).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
    expect(ext.requestsToOtherHosts).toEqual([]);
    await bo.page.close();
  });

  it('stops between pages and resumes on the next page, reading each row once', async () => {
    const bo = await BackOfficePage.open(ext, 'relations');
    await bo.scanButton('relations').click();
    await expect.poll(() => bo.progressText.textContent()).toMatch(/已读 1\/3 页/);
    await bo.cancelButton.click();
    await expect.poll(() => bo.status.textContent()).toMatch(/^扫描已暂停在第 \d 页，已读的行都已保存，可以稍后继续。$/);
    const done = Number(/第 (\d) 页/.exec((await bo.status.textContent())!)![1]);
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(3);

    // The owner turns back to page 1 meanwhile; resuming still starts on the next unread page.
    await bo.turnTo(1);
    await bo.resumeButton(done + 1).click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toMatch(/^扫描完成：3 页，/);
    expect(await bo.progressText.textContent()).toBe(`已读 3/3 页，${57 - 20 * done} 行`);
    // Each row was stored once: the pages before the stop and those after it make the 57 rows.
    expect(await bo.totals.textContent()).toMatch(/^共 57 条关系，/);
    expect(await bo.scanButton('relations').isVisible()).toBe(true);
    expect(await bo.resumeButton(done + 1).count()).toBe(0);
    await bo.page.close();
  });

  it('says what and where when the rows are not found, and lets the owner pick a row to fix the table description', async () => {
    const bo = await BackOfficePage.open(ext, 'relations', 'renamed-table');
    await bo.scanButton('relations').click();
    await expect.poll(() => bo.alert.textContent()).toContain('读取第 1 页时：在全店客户管理上找不到表格行（选择器 .next-table-body tr.next-table-row）');
    expect(ext.pageErrors).toEqual([]);

    // The owner points at a row: its selector is kept for this table, and the table reads.
    await bo.pickRowButton.click();
    await expect.poll(() => bo.status.textContent()).toContain('请点击页面表格中的任意一行');
    await bo.page.locator('.next-table-body tr').nth(3).click();
    await expect.poll(() => bo.status.textContent()).toMatch(/已保存表格行的选择器 .+ > tr：请重新扫描。/);
    expect(await bo.pickRowButton.count()).toBe(0);
    // Nothing was read before the failure: the unfinished scan goes on from page 1.
    await bo.resumeButton(1).click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toMatch(/^扫描完成：3 页，57 行，/);
    await bo.page.close();
  });

  it('says so when a page turn does not change the rows, and offers to resume there', async () => {
    const bo = await BackOfficePage.open(ext, 'relations', 'stuck-pager');
    await bo.scanButton('relations').click();
    await expect.poll(() => bo.alert.textContent(), { timeout: 20_000 }).toContain('读取第 2 页时：第 1 页翻页后，表格 10 秒内没有变化');
    await expect.poll(() => bo.resumeButton(2).isVisible()).toBe(true);
    expect(await bo.pickRowButton.count()).toBe(0);
    await bo.page.close();
  });
});

/** The closing screenshot: the 关系 panel after the staff table then the relation table were scanned, in both languages. */
describe.each([
  { lang: 'zh-CN' as const, file: 'relations-panel-zh.png' },
  { lang: 'en' as const, file: 'relations-panel-en.png' },
])('the 关系 panel on the back office with its reasons ($lang)', ({ lang, file }) => {
  let ext: ExtensionHandle;
  useExtension(
    (launched) => {
      ext = launched;
    },
    { lang, viewport: { width: 1440, height: 1000 } },
  );
  const zh = lang === 'zh-CN';
  const REASONS = zh
    ? ['客服已离职/停用/冻结', '不是专属客服', '客服不进分流', '没有绑定专属客服', '绑定在主账号', '客服不在名单中']
    : ['Account resigned, disabled or frozen', 'Not a dedicated CS', 'Account not in routing', 'No dedicated CS bound', 'Bound to the main account', 'Account not in the roster'];

  it('names every reason the replica’s data has, and is screenshot for the closing note', async () => {
    const bo = await BackOfficePage.open(ext, 'staff');
    await bo.scanButton('staff').click();
    await expect.poll(() => bo.status.textContent()).toMatch(zh ? /^员工表扫描完成：14 个子账号/ : /^Staff table scanned: 14 sub-accounts/);
    await bo.openFromMenu('全店客户管理');
    await expect.poll(() => bo.scanButton('relations').isVisible()).toBe(true);
    const expected = expectedReasons(await bo.hook());
    await bo.scanButton('relations').click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toMatch(zh ? /^扫描完成：3 页，57 行/ : /^Scan done: 3 pages, 57 rows/);

    // Every reason the data has (worked out on its own above), each with its count.
    const counts = new Map<string, number>();
    for (const reasons of expected.values()) for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
    const reasonList = bo.panel.getByRole('list', { name: zh ? '异常原因' : 'Why they are abnormal' });
    const shown = await reasonList.locator('li').evaluateAll((lis) => lis.map((li) => [li.querySelector('.rel-reason-name span')?.textContent?.trim() ?? '', li.querySelector('.rel-count')?.textContent?.trim() ?? '']));
    const zhNames = ['客服已离职/停用/冻结', '不是专属客服', '客服不进分流', '没有绑定专属客服', '绑定在主账号', '客服不在名单中'];
    const want = REASONS.map((name, i) => [name, String(counts.get(zhNames[i]!) ?? 0)]).filter(([, n]) => n !== '0');
    expect(want.length).toBeGreaterThanOrEqual(5);
    expect(shown.map(([name, n]) => [name!.replace(/\s+/g, ' '), n])).toEqual(want);

    const frame = findSidebarFrame(bo.page)!;
    const element = await frame.frameElement();
    await element.screenshot({ path: `docs/screens/${file}` });
    await bo.page.screenshot({ path: `docs/screens/${file.replace('.png', '-page.png')}` });
    await bo.relationList.scrollIntoViewIfNeeded();
    await element.screenshot({ path: `docs/screens/${file.replace('.png', '-list.png')}` });
  });
});
