/**
 * Issue 8 goal: "import a 100,000-row XLSX ≤ 3 s without blocking the page for more than 50 ms at a
 * time", in the built extension. The options page's 关系 tab imports a generated 100,000-row XLSX
 * (the back office's export headers) through the real ImportCard: the file is chosen, read in the
 * parse worker, previewed, confirmed, checked, handed to the background in chunks and the report
 * reloaded. A PerformanceObserver records every 'longtask' of the page from the choice of the file to
 * the "imported" line; the longest is compared with 50 ms. The wall time of the whole import is
 * reported too (the 3 s goal is for parse + convert, see relations.bench.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeWorkbook } from '../../core/phrase-files/spreadsheet';
import { launchExtension } from '../e2e/fixtures';
import { against, round, type BenchResult } from './run';

const RELATIONS = 100_000;
const GOAL_MS = 50;

function workbook(): Buffer {
  const bound = ['小美', '小丽', '阿强', '临时工', '店主', '离职很久的人', ''];
  const pad = (n: number) => String(n).padStart(2, '0');
  const rows = Array.from({ length: RELATIONS }, (_, i) => {
    const d = new Date(1_760_000_000_000 + i * 60_000);
    return [`tb${10_000_000 + i}`, `买家${i % 9973}`, bound[(i * 7) % bound.length]!, `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`];
  });
  return Buffer.from(writeWorkbook('全店客户', [['买家ID', '买家昵称', '专属客服', '绑定时间'], ...rows], [16, 12, 18, 18]));
}

// Page functions as strings: the bundler's helpers must not leak into the page.
const OBSERVE = `(() => {
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });
  window.__t0 = performance.now();
})()`;
const READ = `(async () => { await new Promise((r) => setTimeout(r, 200)); return { tasks: window.__longtasks, wall: performance.now() - window.__t0, now: performance.now() }; })()`;

interface Observed {
  tasks: { start: number; duration: number }[];
  wall: number;
}

async function importOnce(page: Page, file: string): Promise<{ all: Observed; previewAt: number }> {
  await page.evaluate(OBSERVE);
  // A path, not a buffer: a buffer would be rebuilt into a File by script in the page, a long task of its own.
  await page.getByLabel('选择文件…').setInputFiles(file);
  const confirm = page.getByRole('button', { name: /^导入 .+ 行$/ });
  await confirm.waitFor({ timeout: 60_000 });
  const previewAt = (await page.evaluate('performance.now() - window.__t0')) as number;
  await confirm.click();
  await page.getByText(/^已导入 .+ 条关系/).first().waitFor({ timeout: 120_000 });
  return { all: (await page.evaluate(READ)) as Observed, previewAt };
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-import-bench-'));
  const file = join(dir, 'customers.xlsx');
  writeFileSync(file, workbook());
  const ext = await launchExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html#relations`);
    await page.getByLabel('选择文件…').waitFor({ state: 'attached', timeout: 15_000 });
    const { all, previewAt } = await importOnce(page, file);
    const longest = all.tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    const over = all.tasks.filter((t) => t.duration > GOAL_MS).length;
    const label = `${RELATIONS.toLocaleString('en')}-row XLSX`;
    console.log(`[bench] long tasks (start ms: duration ms): ${all.tasks.map((t) => `${round(t.start, 0)}: ${round(t.duration, 0)}`).join(', ')}; preview at ${round(previewAt, 0)} ms`);
    return [
      against({ name: `options import of a ${label}: longest main-thread task`, unit: 'ms', value: round(longest, 0) }, { name: `goal ≤ ${GOAL_MS} ms`, value: GOAL_MS }),
      { name: `options import of a ${label}: main-thread tasks over ${GOAL_MS} ms`, unit: 'tasks', value: over },
      { name: `options import of a ${label}: choose file → imported (wall)`, unit: 'ms', value: round(all.wall, 0) },
    ];
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
