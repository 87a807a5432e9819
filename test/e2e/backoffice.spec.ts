/**
 * The sidebar on Qianniu's back office (replica at its guessed URLs under myseller.taobao.com): the
 * relation table is read page by page through `SidebarHost.backOffice` (content script ⇄ frame),
 * with progress, stop and resume; abnormal rows get marks with their reasons beside them, in our
 * closed overlay, following the pages; failures say what and where; page text stays text.
 * Driven through the sidebar's back-office tab (a placeholder for the 关系 panel).
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionHandle } from './fixtures';
import { useExtension } from './fixtures/use-extension';
import { BackOfficePage, type BackOfficeHook } from './pages/back-office-page';
import { HOSTILE_NAME } from './pages/console-page';

/** Which relations the replica's data makes abnormal, by the rules of DOMAIN §3, worked out here on its own. */
function expectedReasons(hook: BackOfficeHook): Map<string, string[]> {
  const staff = new Map(hook.staff.map((s) => [s.id, s]));
  const out = new Map<string, string[]>();
  for (const r of hook.relations) {
    const account = r.account === '' ? null : staff.get(r.account);
    const reasons: string[] = [];
    if (r.account === '') reasons.push('未绑定专属客服');
    else if (!account) reasons.push('客服不在子账号名单中');
    else {
      if (account.status !== '在职') reasons.push('客服已离职/停用/冻结');
      if (account.dedicated !== '是') reasons.push('非专属客服');
      if (account.inRouting !== '是') reasons.push('不进分流');
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
    await expect.poll(() => bo.heading('staff').isVisible()).toBe(true);
    await bo.readButton.click();
    await expect.poll(() => bo.status.textContent()).toContain('已读完员工管理：2 页，共 14 行。 已记下 14 个子账号');

    await bo.openFromMenu('全店客户管理');
    await expect.poll(() => bo.heading('relations').isVisible()).toBe(true);
    const hook = await bo.hook();
    expect(hook.relations).toHaveLength(57);
    const bodyBefore = await bo.page.locator('.next-table-body').innerHTML();
    const expected = expectedReasons(hook);

    const progress: string[] = [];
    const watch = setInterval(() => {
      void bo.panel
        .locator('.scan-progress')
        .textContent()
        .then((t) => t && !progress.includes(t) && progress.push(t))
        .catch(() => undefined);
    }, 20);
    await bo.readButton.click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toContain('已读完全店客户管理：3 页，共 57 行。');
    clearInterval(watch);
    expect(await bo.status.textContent()).toContain(`异常关系 ${expected.size} 条，已在表格行旁标出原因。`);
    expect(progress).toContain('正在读取第 3/3 页，已读 57 行');
    expect(await bo.panel.getByText('已读 57 行', { exact: true }).isVisible()).toBe(true);
    expect((await bo.hook()).page).toBe(3);

    // The table is on its last page: its abnormal rows are marked; then the owner turns to page 1.
    expect(await expectMarksBesideAbnormalRows(bo, expected)).toBe(4);
    await bo.turnTo(1);
    expect(await expectMarksBesideAbnormalRows(bo, expected)).toBe(9);
    // Several reasons at once (resigned, not dedicated, not in routing), and the main account.
    expect(expected.get(hook.relations[11]!.buyerId)).toEqual(['客服已离职/停用/冻结', '非专属客服', '不进分流']);
    expect(expected.get(hook.relations[13]!.buyerId)).toEqual(['非专属客服', '绑定在主账号']);

    // The page's rows are untouched, and the page can reach none of our marks.
    expect(await bo.page.locator('.next-table-body').innerHTML()).toBe(bodyBefore);
    expect(
      await bo.page.evaluate(() => ({
        marks: document.querySelectorAll('.row-mark, .row-mark-reason').length,
        root: document.querySelector('kefu-sidebar')?.shadowRoot ?? null,
      })),
    ).toEqual({ marks: 0, root: null });

    // Page text stays text: the hostile buyer name is listed as it reads, and nothing ran.
    const hostile = bo.abnormalList.getByRole('listitem').filter({ hasText: HOSTILE_NAME });
    expect(await hostile.count()).toBe(1);
    expect(await bo.abnormalList.locator('img').count()).toBe(0);
    expect(ext.dialogs).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
    expect(ext.requestsToOtherHosts).toEqual([]);
    await bo.page.close();
  });

  it('stops between pages and resumes on the next page, reading each row once', async () => {
    const bo = await BackOfficePage.open(ext, 'relations');
    await bo.readButton.click();
    await expect.poll(() => bo.panel.locator('.scan-progress').textContent()).toMatch(/正在读取第 1\/3 页/);
    await bo.stopButton.click();
    await expect.poll(() => bo.status.textContent()).toMatch(/已停止：读完 \d 页，可从第 \d 页继续。/);
    const [, done, next] = /读完 (\d) 页，可从第 (\d) 页继续/.exec((await bo.status.textContent())!)!;
    expect(Number(next)).toBe(Number(done) + 1);
    expect(Number(done)).toBeLessThan(3);
    // Without the staff table read in this sidebar, there are no reasons to mark with, and it says so.
    expect(await bo.panel.getByText('还没有子账号名单').isVisible()).toBe(true);

    // The owner turns back to page 1 meanwhile; resuming still starts on the next unread page.
    await bo.turnTo(1);
    await bo.resumeButton(Number(next)).click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toContain('已读完全店客户管理：3 页，共 57 行。');
    expect(await bo.readButton.isVisible()).toBe(true);
    expect(await bo.marks()).toEqual([]);
    await bo.page.close();
  });

  it('says what and where when the rows are not found, and lets the owner pick a row to fix the table description', async () => {
    const bo = await BackOfficePage.open(ext, 'relations', 'renamed-table');
    await bo.readButton.click();
    await expect.poll(() => bo.alert.textContent()).toContain('读取第 1 页时：在全店客户管理上找不到表格行（选择器 .next-table-body tr.next-table-row）');
    expect(await bo.readButton.isEnabled()).toBe(true);
    expect(ext.pageErrors).toEqual([]);

    // The owner points at a row: its selector is kept for this table, and the table reads.
    await bo.panel.getByRole('button', { name: '点选表格中的一行' }).click();
    await expect.poll(() => bo.status.textContent()).toContain('请点击页面表格中的任意一行');
    await bo.page.locator('.next-table-body tr').nth(3).click();
    await expect.poll(() => bo.status.textContent()).toMatch(/已保存表格行的选择器 .+ > tr：请重新读取。/);
    await bo.readButton.click();
    await expect.poll(() => bo.status.textContent(), { timeout: 15_000 }).toContain('已读完全店客户管理：3 页，共 57 行。');
    await bo.page.close();
  });

  it('says so when a page turn does not change the rows, and offers to resume there', async () => {
    const bo = await BackOfficePage.open(ext, 'relations', 'stuck-pager');
    await bo.readButton.click();
    await expect.poll(() => bo.alert.textContent(), { timeout: 20_000 }).toContain('读取第 2 页时：第 1 页翻页后，表格 10 秒内没有变化');
    expect(await bo.resumeButton(2).isVisible()).toBe(true);
    await bo.page.close();
  });
});
