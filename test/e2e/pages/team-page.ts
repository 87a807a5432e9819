import type { TeamUser } from '../../helpers/team-server';
import { TEAM_ZH, fillAndConnect, grantSiteAccess, letTeamServerThrough, openTeamTab } from '../fixtures/team';
import type { ExtensionHandle } from '../fixtures';

const WAIT = { timeout: 30_000 };

/**
 * Connects a profile to the team the way a seller does: the 团队同步 form on the options page
 * (server address, user name, password → 连接), the browser's permission for that address given as
 * the seller gives it (see `grantSiteAccess`). Resolves once the tab says who is connected.
 */
export async function connectToTeam(ext: ExtensionHandle, serverUrl: string, user: TeamUser): Promise<void> {
  await letTeamServerThrough(ext, serverUrl, []);
  await grantSiteAccess(ext, new URL(serverUrl).origin);
  const page = await openTeamTab(ext, TEAM_ZH);
  try {
    await fillAndConnect(page, TEAM_ZH, serverUrl, user.name, user.password);
    await page.getByText(`已连接团队：${user.name}`).waitFor(WAIT);
  } finally {
    await page.close();
  }
}

/** One sync run on this profile, from the 立即同步 button; resolves when the tab says it finished. */
export async function syncNow(ext: ExtensionHandle): Promise<void> {
  const page = await openTeamTab(ext, TEAM_ZH);
  try {
    await page.getByRole('tabpanel', { name: TEAM_ZH.tab, exact: true }).getByRole('button', { name: '立即同步', exact: true }).click();
    await page.getByText('同步完成。').waitFor(WAIT);
  } finally {
    await page.close();
  }
}
