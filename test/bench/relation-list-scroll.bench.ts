/**
 * The options page's relation list with 100,000 relations (issue 8 goal: no frame over 16 ms of
 * script while scrolling). The relations are stored through the relations area's requests (a roster,
 * then one import set sent in chunks of 5,000), the 关系 tab lists all of them, and the list is
 * scrolled in real Chromium: 300 frames of steady scrolling, then 300 frames of jumps anywhere in the
 * list (every row new). Script time per main-thread task is read from a Chromium trace (the frame's
 * rAF callback, the scroll event and Preact's render run in one task).
 */
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHandle } from '../e2e/fixtures';
import { against, round, type BenchResult } from './run';
import { scriptTimeIn, traced, type TraceEvent } from './trace-events';

const RELATIONS = 100_000;
const CHUNK = 5_000;
const GOAL_MS = 16;
const FRAMES = 300;

const ACCOUNTS = [
  { id: 'cs_mei', name: '小美', status: 'active', dedicated: true, inRouting: true, main: false },
  { id: 'cs_li', name: '小丽', status: 'active', dedicated: true, inRouting: true, main: false },
  { id: 'cs_qiang', name: '阿强', status: 'resigned', dedicated: true, inRouting: false, main: false },
  { id: 'cs_tmp', name: '临时工', status: 'active', dedicated: false, inRouting: true, main: false },
  { id: 'shop', name: '店主', status: 'active', dedicated: false, inRouting: true, main: true },
];

/** Sends one request from an extension page of ours and returns its value (throws on an error reply). */
async function request<T>(page: Page, body: unknown): Promise<T> {
  const reply = (await page.evaluate(`chrome.runtime.sendMessage({ channel: 'kefu-sidebar/v1', body: ${JSON.stringify(body)} })`)) as { ok: boolean; value?: T; error?: unknown };
  if (!reply?.ok) throw new Error(`${(body as { kind: string }).kind} failed: ${JSON.stringify(reply?.error)}`);
  return reply.value as T;
}

/** Stores `count` relations (a mix of every reason) as the current set, through the requests. */
export async function fillRelations(page: Page, count = RELATIONS): Promise<void> {
  await request(page, { kind: 'saveRoster', accounts: ACCOUNTS, mode: 'replace' });
  const { setId } = await request<{ setId: string }>(page, { kind: 'beginRelationSet', source: 'import', label: 'bench.xlsx' });
  const bound = [...ACCOUNTS.map((a) => a.id), 'gone_01', null];
  for (let at = 0; at < count; at += CHUNK) {
    const relations = Array.from({ length: Math.min(CHUNK, count - at) }, (_, k) => {
      const i = at + k;
      return { buyerId: `tb${String(10_000_000 + i)}`, buyerName: `买家${i % 9973}`, accountId: bound[(i * 7) % bound.length]!, boundAt: 1_760_000_000_000 + i * 60_000 };
    });
    await request(page, { kind: 'addRelations', setId, relations });
  }
  await request(page, { kind: 'finishRelationSet', setId });
}

// A page function as a string: the bundler's helpers must not leak into the page.
const SCROLL = `async ({ frames, jump }) => {
  const grid = document.querySelector('[role="grid"]');
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let maxRows = 0;
  const max = grid.scrollHeight - grid.clientHeight;
  for (let i = 0; i < frames; i++) {
    await frame();
    grid.scrollTop = jump ? Math.floor(Math.random() * max) : Math.min(max, grid.scrollTop + 420);
    maxRows = Math.max(maxRows, grid.querySelectorAll('[role="row"]').length);
  }
  await frame();
  await frame();
  return maxRows;
}`;

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'FireAnimationFrame', 'EventDispatch', 'TimerFire', 'RunMicrotasks', 'V8.Execute', 'v8.callFunction', 'v8.run']);

/** Script milliseconds of each main-thread task of the busiest renderer (the scrolled page). */
function scriptPerTask(events: TraceEvent[]): number[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.filter((e) => e.name === 'FireAnimationFrame').length - a.filter((e) => e.name === 'FireAnimationFrame').length)[0] ?? [];
  const tasks = busiest.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const scripts = busiest.filter((e) => SCRIPT_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => scriptTimeIn(task, scripts));
}

/** Scrolls the relation grid of an open options page (already listing every relation) and reads the trace. */
export async function measureScroll(page: Page): Promise<{ steady: number[]; jumps: number[]; maxRows: number }> {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(`(${SCROLL})({ frames: 30, jump: true })`); // warm-up
  const steady = await traced(cdp, () => page.evaluate(`(${SCROLL})({ frames: ${FRAMES}, jump: false })`) as Promise<number>);
  const jumps = await traced(cdp, () => page.evaluate(`(${SCROLL})({ frames: ${FRAMES}, jump: true })`) as Promise<number>);
  await cdp.detach();
  return { steady: scriptPerTask(steady.events), jumps: scriptPerTask(jumps.events), maxRows: Math.max(steady.result, jumps.result) };
}

export async function openRelationList(ext: ExtensionHandle, rows: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#relations`);
  await page.getByRole('combobox', { name: '原因' }).selectOption('all');
  await page.locator(`[role="grid"][aria-rowcount="${rows + 1}"]`).waitFor({ timeout: 60_000 });
  return page;
}

const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;

export async function run(): Promise<BenchResult[]> {
  const ext = await launchExtension();
  try {
    const filler = await ext.context.newPage();
    await filler.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await fillRelations(filler);
    await filler.close();
    const page = await openRelationList(ext, RELATIONS);
    const { steady, jumps, maxRows } = await measureScroll(page);
    const goal = { name: `goal ≤ ${GOAL_MS} ms`, value: GOAL_MS };
    const label = `${RELATIONS.toLocaleString('en')} relations`;
    return [
      against({ name: `relation list scroll: worst frame script, steady (${label})`, unit: 'ms', value: round(Math.max(0, ...steady), 2) }, goal),
      against({ name: `relation list scroll: worst frame script, jumps (${label})`, unit: 'ms', value: round(Math.max(0, ...jumps), 2) }, goal),
      { name: `relation list scroll: frame script p95, jumps (${label})`, unit: 'ms', value: round(p(jumps, 0.95), 2) },
      { name: `relation list: most rows in the DOM while scrolling (${label})`, unit: 'rows', value: maxRows },
    ];
  } finally {
    await ext.close();
  }
}
