import type { Locator, Page } from 'playwright-core';
import type { TeamUser } from '../../helpers/team-server';
import type { ExtensionHandle } from '../fixtures';
import { allowTeamServer, grantHostAccess } from './team-access';

const TEAM_TAB = '团队同步';
const WAIT = { timeout: 30_000 };

/** The options page on its 团队同步 tab (zh-CN), found by role and name. */
export async function openTeamTab(ext: ExtensionHandle): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('tablist', { name: '管理页面' }).getByRole('tab', { name: TEAM_TAB, exact: true }).click(WAIT);
  await teamPanel(page).waitFor(WAIT);
  return page;
}

export function teamPanel(page: Page): Locator {
  return page.getByRole('tabpanel', { name: TEAM_TAB, exact: true });
}

/**
 * Connects a profile to the team the way a seller does: the connect form on the options page
 * (server address, user name, password → 连接), the browser's permission for that address given
 * as the seller would give it in the prompt. Resolves once the tab says who is connected.
 */
export async function connectToTeam(ext: ExtensionHandle, serverUrl: string, user: TeamUser): Promise<void> {
  await allowTeamServer(ext, serverUrl);
  await grantHostAccess(ext, serverUrl);
  const page = await openTeamTab(ext);
  try {
    const panel = teamPanel(page);
    await panel.getByRole('textbox', { name: '服务器地址' }).fill(serverUrl);
    await panel.getByRole('textbox', { name: '用户名' }).fill(user.name);
    await panel.getByLabel('密码', { exact: true }).fill(user.password);
    await panel.getByRole('button', { name: '连接', exact: true }).click();
    await page.getByText(`已连接团队：${user.name}`).waitFor(WAIT);
  } finally {
    await page.close();
  }
}

/** One sync run on this profile, from the 立即同步 button; resolves when the tab says it finished. */
export async function syncNow(ext: ExtensionHandle): Promise<void> {
  const page = await openTeamTab(ext);
  try {
    await teamPanel(page).getByRole('button', { name: '立即同步', exact: true }).click();
    await page.getByText('同步完成。').waitFor(WAIT);
  } finally {
    await page.close();
  }
}
