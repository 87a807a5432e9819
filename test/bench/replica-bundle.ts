/**
 * What the in-page benches share: project code bundled as one script (esbuild, as the content
 * script would have it), and a replica console in Chromium to run it in.
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchReplicaBrowser, type ReplicaSite } from '../e2e/fixtures';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Opens the `site` replica, lets `prepare` grow its page, adds the bundle of `entry` (TypeScript
 * importing from the project root), then runs `measure`; the browser is closed whatever happens.
 */
export async function inReplicaWithBundle<T>(site: ReplicaSite, entry: string, prepare: (page: Page) => Promise<void>, measure: (page: Page) => Promise<T>): Promise<T> {
  const bundle = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', write: false });
  const browser = await launchReplicaBrowser();
  try {
    const page = await browser.openConsole(site);
    await prepare(page);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await measure(page);
  } finally {
    await browser.close();
  }
}
