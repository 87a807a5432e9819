/**
 * The library as a page gets it right after the service worker woke up (Chrome stops it after
 * 30 s idle), with 10,000 phrases: store loaded from IndexedDB, search keys taken from the cache
 * database. Baseline in the same run: the same wake with the cache database deleted, so every
 * phrase's pinyin is computed again.
 */
import { launchExtension, type ExtensionHandle } from '../e2e/fixtures';
import type { Page } from 'playwright-core';
import { fillLibrary, requestFromExtensionPage } from './large-library';
import { against, median, round, type BenchResult } from './run';

const PHRASES = 10_000;
const WAKES = 5;

// In the page, as a string (the bundler's helpers must not leak into it).
const GET_SNAPSHOT_TIMED = `(async () => {
  const t0 = performance.now();
  const reply = await chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: { kind: 'getLibraryView' } });
  if (!reply || !reply.ok) throw new Error('getLibraryView failed');
  return performance.now() - t0;
})()`;
const DROP_CACHE = `new Promise((done) => { const r = indexedDB.deleteDatabase('kefu-sidebar-cache'); r.onsuccess = r.onerror = r.onblocked = done; })`;

async function timedWake(ext: ExtensionHandle, page: Page, dropCache: boolean): Promise<number> {
  await ext.stopServiceWorker();
  if (dropCache) await page.evaluate(DROP_CACHE);
  return (await page.evaluate(GET_SNAPSHOT_TIMED)) as number;
}

export async function run(): Promise<BenchResult[]> {
  const ext = await launchExtension();
  try {
    await fillLibrary(ext, PHRASES);
    // One extension page that asks nothing by itself: the requests timed are the only ones.
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await page.waitForTimeout(500);
    await page.evaluate(GET_SNAPSHOT_TIMED); // builds and saves the keys
    const cached: number[] = [];
    const rebuilt: number[] = [];
    for (let i = 0; i < WAKES; i++) {
      cached.push(await timedWake(ext, page, false));
      rebuilt.push(await timedWake(ext, page, true));
    }
    // Ten library snapshots (the most kept), each a copy of the 10,000 phrases, all loaded on a wake.
    for (let i = 0; i < 9; i++) {
      await requestFromExtensionPage(ext, { kind: 'createSnapshot', label: `bench ${i}` }); // options page only
    }
    const withSnapshots: number[] = [];
    for (let i = 0; i < WAKES; i++) withSnapshots.push(await timedWake(ext, page, false));
    return [
      against(
        { name: `library snapshot after a worker wake (${PHRASES} phrases, median of ${WAKES})`, unit: 'ms', value: round(median(cached)) },
        { name: 'same, search keys rebuilt', value: round(median(rebuilt)) },
      ),
      against(
        { name: `same, with 10 library snapshots of ${PHRASES} phrases kept`, unit: 'ms', value: round(median(withSnapshots)) },
        { name: 'without them', value: round(median(cached)) },
      ),
    ];
  } finally {
    await ext.close();
  }
}
