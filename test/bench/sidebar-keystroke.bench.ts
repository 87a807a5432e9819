/**
 * Keystroke → results painted in the sidebar, with 10,000 phrases in the library (issue 4 goal:
 * p95 ≤ 16 ms). The library is filled through the real import path (`applyImport` from an
 * extension page); then, on the Pinduoduo replica, each query is typed one character at a time in
 * the sidebar's frame, by setting the search box and firing `input` — as the browser does for a
 * key — at a random moment of a frame. Two figures: until the list has re-rendered (search + render work), and until the
 * next frame showing it has been painted.
 */
import { launchExtension } from '../e2e/fixtures';
import { findSidebarFrame, sidebarIn } from '../e2e/pages/console-page';
import { fillLibrary } from './large-library';
import { generateQueries } from './phrase-search.bench';
import { against, round, type BenchResult } from './run';

const PHRASES = 10_000;
const GOAL_MS = 16;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Page functions are strings: the bundler's helpers must not leak into the page.
const TYPE_QUERIES = `async (queries) => {
  const box = document.querySelector('[role="searchbox"]');
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const settled = () => new Promise((done) => setTimeout(done, 0));
  const rendered = [];
  const shown = [];
  for (const q of queries) {
    for (let k = 1; k <= q.length; k++) {
      // Keys arrive at any moment of a frame, not just after one: start at a random phase.
      await painted();
      await new Promise((done) => setTimeout(done, Math.random() * 16));
      const t0 = performance.now();
      box.value = q.slice(0, k);
      box.dispatchEvent(new InputEvent('input', { bubbles: true, data: q[k - 1], inputType: 'insertText' }));
      await settled();
      rendered.push(performance.now() - t0);
      await painted();
      shown.push(performance.now() - t0);
    }
    box.value = '';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await painted();
  }
  return { rendered, shown };
}`;

// The floor of the "painted" figure on this machine: the same timing around a one-word DOM change.
const FRAME_FLOOR = `async (count) => {
  const probe = document.body.appendChild(document.createElement('div'));
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const shown = [];
  for (let i = 0; i < count; i++) {
    await painted();
    await new Promise((done) => setTimeout(done, Math.random() * 16));
    const t0 = performance.now();
    probe.textContent = String(i);
    await painted();
    shown.push(performance.now() - t0);
  }
  probe.remove();
  return shown;
}`;

export async function run(): Promise<BenchResult[]> {
  const ext = await launchExtension();
  try {
    const phrases = await fillLibrary(ext, PHRASES);
    const page = await ext.openConsole('pinduoduo');
    const sidebar = await sidebarIn(page);
    await sidebar.getByText(/还有 \d{4,} 条/).waitFor({ timeout: 60_000 });
    // The sidebar is an extension page in its own frame: type there, and measure its frames.
    const frame = findSidebarFrame(page)!;
    const queries = generateQueries(phrases, 5).map((q) => q.q);
    await frame.evaluate(`(${TYPE_QUERIES})(${JSON.stringify(queries.slice(0, 5))})`); // warm-up
    const { rendered, shown } = (await frame.evaluate(`(${TYPE_QUERIES})(${JSON.stringify(queries)})`)) as { rendered: number[]; shown: number[] };
    const floor = (await frame.evaluate(`(${FRAME_FLOOR})(${rendered.length})`)) as number[];
    const goal = { name: `goal ≤ ${GOAL_MS} ms`, value: GOAL_MS };
    const keys = `${PHRASES} phrases, ${rendered.length} keys`;
    return [
      // Search + render work, before the browser's next frame.
      against({ name: `sidebar keystroke → results rendered p50 (${keys})`, unit: 'ms', value: round(percentile(rendered, 50), 2) }, goal),
      against({ name: `sidebar keystroke → results rendered p95 (${keys})`, unit: 'ms', value: round(percentile(rendered, 95), 2) }, goal),
      // Including the wait for the next frame (up to one 16.7 ms frame at 60 Hz) and its paint.
      against({ name: `sidebar keystroke → results painted p50 (${keys})`, unit: 'ms', value: round(percentile(shown, 50), 2) }, goal),
      against({ name: `sidebar keystroke → results painted p95 (${keys})`, unit: 'ms', value: round(percentile(shown, 95), 2) }, goal),
      against(
        { name: `sidebar keystroke → results painted p95, against a trivial DOM change`, unit: 'ms', value: round(percentile(shown, 95), 2) },
        { name: 'one-word change painted p95 (frame floor)', value: round(percentile(floor, 95), 2) },
      ),
    ];
  } finally {
    await ext.close();
  }
}
