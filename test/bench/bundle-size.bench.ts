/**
 * Bundle sizes: the content script every console tab loads (goal ≤ 80 KB gzip), then what each
 * entry loads at start (test/helpers/bundle-entries.ts), the figures the budgets in
 * test/e2e/bundle-budgets.spec.ts are set from.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_ENTRIES, kb, measureEntry } from '../helpers/bundle-entries';
import { against, round, type BenchResult } from './run';

const BUILD_DIR = resolve(process.cwd(), process.env.KEFU_OUT_DIR ?? '.output', 'chrome-mv3');
const CONTENT_SCRIPT = resolve(BUILD_DIR, 'content-scripts', 'console.js');
const GOAL_KB = 80;

export async function run(): Promise<BenchResult[]> {
  const source = readFileSync(CONTENT_SCRIPT);
  const gzipKb = gzipSync(source, { level: 9 }).length / 1024;
  const entries = EXTENSION_ENTRIES.map((entry) => measureEntry(BUILD_DIR, entry)).flatMap((size): BenchResult[] => [
    { name: `${size.name} at start (raw)`, unit: 'KB', value: kb(size.rawBytes) },
    { name: `${size.name} at start (gzip)`, unit: 'KB', value: kb(size.gzipBytes) },
  ]);
  return [
    against({ name: 'content script console.js (gzip)', unit: 'KB', value: round(gzipKb) }, { name: `goal ≤ ${GOAL_KB} KB`, value: GOAL_KB }),
    { name: 'content script console.js (raw)', unit: 'KB', value: round(statSync(CONTENT_SCRIPT).size / 1024) },
    ...entries,
  ];
}
