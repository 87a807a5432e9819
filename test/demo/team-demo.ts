/**
 * `npm run demo -- --team`: a team on one machine. pouchdb-server in memory on 127.0.0.1 (set up
 * as the README says: an owner and an agent, the app's rules, CORS off), two Chromium profiles with
 * the built extension, each connected to the team through its options page. The owner's options
 * page and the agent's sidebar on the Pinduoduo replica are shown; a phrase the owner saves reaches
 * the agent's sidebar after the next sync. `--headless` (or no DISPLAY) saves the phrase itself,
 * runs one sync on each side, writes `demo-output/team-owner.png` and `team-agent.png`, and exits.
 * The server stops when the demo ends (both windows closed, Ctrl+C, or an error).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTeamServer, type TeamServer } from '../helpers/team-server';
import { launchExtension, type ExtensionHandle } from '../e2e/fixtures';
import { ConsolePage } from '../e2e/pages/console-page';
import { OptionsPage } from '../e2e/pages/options-page';
import { openTeamTab } from '../e2e/fixtures/team';
import { connectToTeam, syncNow } from '../e2e/pages/team-page';

const OUTPUT_DIR = resolve(process.cwd(), 'demo-output');
const DEMO_PHRASE = { title: '团队演示：新品到货', text: '亲，您关注的新品今天到货了，现在下单当天就能发出哦。' };

export async function runTeamDemo(headless: boolean): Promise<void> {
  const team = await startTeamServer();
  console.log(`[demo] team server (pouchdb-server, in memory) at ${team.server.url}, pid ${team.server.pid}`);
  const profiles: ExtensionHandle[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all(profiles.map((p) => p.close()));
      await team.stop();
      console.log('[demo] team server stopped');
    })());
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await showTeam(team, headless, profiles);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  }
}

async function showTeam(team: TeamServer, headless: boolean, profiles: ExtensionHandle[]): Promise<void> {
  const viewport = { width: 1280, height: 800 };
  const owner = await launchExtension({ headless, viewport });
  profiles.push(owner);
  const agent = await launchExtension({ headless, viewport });
  profiles.push(agent);
  await connectToTeam(owner, team.server.url, team.owner);
  await connectToTeam(agent, team.server.url, team.agent);
  console.log(`[demo] owner "${team.owner.name}" and agent "${team.agent.name}" connected`);

  const agentConsole = new ConsolePage(await agent.openConsole('pinduoduo'), 'pinduoduo');
  await agentConsole.waitForSidebar();
  await agentConsole.phrasesTab.waitFor();
  const options = await OptionsPage.open(owner);
  for (const p of [owner, agent]) for (const page of p.context.pages()) if (page.url() === 'about:blank') await page.close();

  if (!headless) {
    await options.page.bringToFront();
    console.log('[demo] add or edit a phrase in the owner\'s window (话术库); it reaches the agent\'s sidebar at the next sync');
    console.log('[demo] (shortly after the save, or press 立即同步 in the 团队同步 tab of both windows). Close both windows to finish.');
    await Promise.all(
      [owner, agent].map((p) => new Promise<void>((done) => p.context.on('close', () => done()))),
    );
    return;
  }

  await options.newPhraseButton.click();
  const form = options.editor('新建话术');
  await form.getByRole('textbox', { name: '标题', exact: true }).fill(DEMO_PHRASE.title);
  await form.getByRole('textbox', { name: /^内容/ }).fill(DEMO_PHRASE.text);
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await syncNow(owner);
  await syncNow(agent);
  await agentConsole.searchFor('新品到货');
  await agentConsole.option(DEMO_PHRASE.title).waitFor({ timeout: 20_000 });

  mkdirSync(OUTPUT_DIR, { recursive: true });
  const teamTab = await openTeamTab(owner);
  await teamTab.bringToFront();
  await teamTab.screenshot({ path: join(OUTPUT_DIR, 'team-owner.png') });
  await agentConsole.page.bringToFront();
  await agentConsole.page.evaluate(() => document.fonts.ready.then(() => undefined));
  await agentConsole.page.screenshot({ path: join(OUTPUT_DIR, 'team-agent.png') });
  console.log('[demo] the owner\'s phrase is in the agent\'s sidebar: wrote demo-output/team-owner.png and demo-output/team-agent.png');
}
