/** Content-script bundle size: the script every console tab loads (goal ≤ 80 KB gzip). */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { against, round, type BenchResult } from './run';

const CONTENT_SCRIPT = resolve(process.cwd(), process.env.KEFU_OUT_DIR ?? '.output', 'chrome-mv3', 'content-scripts', 'console.js');
const GOAL_KB = 80;

export async function run(): Promise<BenchResult[]> {
  const source = readFileSync(CONTENT_SCRIPT);
  const gzipKb = gzipSync(source, { level: 9 }).length / 1024;
  return [
    against({ name: 'content script console.js (gzip)', unit: 'KB', value: round(gzipKb) }, { name: `goal ≤ ${GOAL_KB} KB`, value: GOAL_KB }),
    { name: 'content script console.js (raw)', unit: 'KB', value: round(statSync(CONTENT_SCRIPT).size / 1024) },
  ];
}
