/**
 * The demo: Chromium with the built extension on the four replica consoles (and Qianniu's back office), served at their real
 * URLs (same routes as e2e). Headed when a display is available; `--headless` (or no DISPLAY)
 * writes `demo-output/<site>.png` per console with the sidebar open, then exits. `--team`: two
 * profiles, an owner and an agent, on a local team server instead (team-demo.ts).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backOfficeUrl, EXTENSION_DIR, launchExtension, REPLICA_SITES } from '../e2e/fixtures';
import { ConsolePage } from '../e2e/pages/console-page';
import { runTeamDemo } from './team-demo';

const OUTPUT_DIR = resolve(process.cwd(), 'demo-output');
const PROFILE_DIR = resolve(process.cwd(), '.profiles', 'demo');

async function main(): Promise<void> {
  const wantHeadless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (!process.argv.includes('--headless') && !process.env.DISPLAY) {
    console.log('[demo] no DISPLAY: running headless and writing screenshots instead of opening a window');
  }
  if (process.argv.includes('--team')) {
    await runTeamDemo(wantHeadless);
    return;
  }
  mkdirSync(PROFILE_DIR, { recursive: true });
  const ext = await launchExtension({ profileDir: PROFILE_DIR, headless: wantHeadless, viewport: { width: 1440, height: 900 } });
  console.log(`[demo] extension ${ext.extensionId} loaded from ${EXTENSION_DIR.slice(process.cwd().length + 1)}`);

  const consoles: ConsolePage[] = [];
  for (const site of REPLICA_SITES) {
    const console_ = new ConsolePage(await ext.openConsole(site), site);
    consoles.push(console_);
    try {
      await console_.waitForSidebar();
      if ((await console_.launcher.getAttribute('aria-expanded')) === 'false') await console_.launcher.click();
    } catch {
      console.warn(`[demo] ${site}: the sidebar did not appear within 15 s`);
    }
  }
  // Qianniu's back office: the staff table, and the relation table its menu leads to (one app).
  const backOffice = await ext.context.newPage();
  await backOffice.goto(backOfficeUrl('staff'));
  // The about:blank tab Chromium starts with is of no use in a demo.
  for (const page of ext.context.pages()) if (page.url() === 'about:blank') await page.close();

  if (wantHeadless) {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const c of consoles) {
      await c.page.bringToFront();
      await c.page.evaluate(() => document.fonts.ready.then(() => undefined));
      await c.page.waitForTimeout(300);
      const file = join(OUTPUT_DIR, `${c.site}.png`);
      await c.page.screenshot({ path: file });
      console.log(`[demo] wrote ${file.slice(process.cwd().length + 1)}`);
    }
    await backOffice.bringToFront();
    await backOffice.waitForTimeout(1500);
    await backOffice.screenshot({ path: join(OUTPUT_DIR, 'qianniu-backoffice.png') });
    console.log('[demo] wrote demo-output/qianniu-backoffice.png');
    if (ext.requestsToOtherHosts.length) console.warn(`[demo] requests to other hosts (blocked): ${ext.requestsToOtherHosts.join(', ')}`);
    await ext.context.close();
    return;
  }
  await consoles[0]!.page.bringToFront();
  console.log('[demo] four consoles and the Qianniu back office open in tabs — close the browser window to finish');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
}

main().catch((error: unknown) => {
  console.error('[demo] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
