/**
 * Issue 13 "must show": two browser profiles (an owner and an agent, each its own user-data dir)
 * with the built extension, one team server (pouchdb-server on 127.0.0.1, CORS off, set up as the
 * README says). The owner adds a phrase in the options page; after one sync run each, the phrase is
 * searchable in the agent's sidebar on a replica console that was open all along, with no reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../helpers/team-server';
import { launchExtension, type ExtensionHandle } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { OptionsPage } from './pages/options-page';
import { connectToTeam, syncNow } from './pages/team-page';

const poll = { timeout: 20_000, interval: 100 };
const PHRASE = { title: '新品到货提醒', text: '亲，您关注的新品今天到货了，现在下单当天就能发出哦。' };
const EDITED_TEXT = '亲，新品已经到货，今天下单明天就能收到。';

describe('team sync between two browser profiles', () => {
  let team: TeamServer;
  let owner: ExtensionHandle;
  let agent: ExtensionHandle;
  /** The agent's console, opened once and never reloaded. */
  let console_: ConsolePage;
  const sameDocument = () => console_.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument);

  beforeAll(async () => {
    team = await startTeamServer();
    [owner, agent] = await Promise.all([launchExtension(), launchExtension()]);
    await connectToTeam(owner, team.server.url, team.owner);
    await connectToTeam(agent, team.server.url, team.agent);
  });
  afterAll(async () => {
    await Promise.all([owner?.close(), agent?.close()]);
    await team?.stop();
  });

  it("the owner's new phrase is searchable in the agent's sidebar after one sync, with no reload", async () => {
    // The agent's console is open before the phrase exists, and stays open (never reloaded).
    console_ = new ConsolePage(await agent.openConsole('pinduoduo'), 'pinduoduo');
    await console_.waitForSidebar();
    await console_.phrasesTab.waitFor();
    await console_.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await console_.searchFor('新品到货');
    expect(await console_.option(PHRASE.title).count()).toBe(0);

    // The owner writes it in the options page, as a seller would.
    const o = await OptionsPage.open(owner);
    await o.newPhraseButton.click();
    const form = o.editor('新建话术');
    await form.getByRole('textbox', { name: '标题', exact: true }).fill(PHRASE.title);
    await form.getByRole('textbox', { name: /^内容/ }).fill(PHRASE.text);
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => o.statusText(), poll).toContain(`已保存：${PHRASE.title}`);

    // One sync run on each side: the owner's pushes it, the agent's pulls it.
    await syncNow(owner);
    await syncNow(agent);

    await console_.searchFor('新品到货');
    await expect.poll(() => console_.option(PHRASE.title).count(), poll).toBe(1);
    expect(await sameDocument()).toBe(true);
    await console_.page.screenshot({ path: 'docs/screens/team-agent-sidebar-zh_CN.png' });
  });

  it("the owner's edit of that phrase replaces it in the agent's sidebar after one sync", async () => {
    const o = await OptionsPage.open(owner);
    await o.row(PHRASE.title).getByRole('button', { name: `编辑 ${PHRASE.title}`, exact: true }).click();
    const form = o.editor('编辑话术');
    await form.getByRole('textbox', { name: /^内容/ }).fill(EDITED_TEXT);
    await form.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => o.statusText(), poll).toContain('已保存');

    await syncNow(owner);
    await syncNow(agent);

    await console_.searchFor('新品到货');
    await expect.poll(() => console_.option(PHRASE.title).textContent(), poll).toContain(EDITED_TEXT);
    expect(await console_.options.filter({ hasText: PHRASE.text }).count()).toBe(0);
    expect(await sameDocument()).toBe(true);
  });
});
