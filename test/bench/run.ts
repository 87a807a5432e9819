/**
 * Bench runner (`npm run bench`): loads every `test/bench/*.bench.ts` module, runs its exported
 * `run()`, prints one table and writes `bench-results.json` at the repository root — an array of
 * `{ name, unit, value, baseline?: { name, value }, ratio? }` (DESIGN.md contract).
 * `npx tsx test/bench/run.ts [filter]` runs only the modules whose file name contains `filter`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  /** What the figure is compared with: a goal or another measurement. */
  baseline?: { name: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
}

export interface BenchModule {
  run(): Promise<BenchResult[]>;
}

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..', '..');

/** A result compared with a goal (or any baseline), ratio filled in. */
export function against(result: Omit<BenchResult, 'baseline' | 'ratio'>, baseline: { name: string; value: number }): BenchResult {
  return { ...result, baseline, ratio: baseline.value === 0 ? undefined : round(result.value / baseline.value, 3) };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function table(results: BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.baseline ? `${r.baseline.name}: ${r.baseline.value} ${r.unit}` : '',
    r.ratio === undefined ? '' : `${r.ratio}×`,
  ]);
  const head = ['benchmark', 'value', 'baseline', 'ratio'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const files = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  const results: BenchResult[] = [];
  let failures = 0;
  for (const file of files) {
    const started = Date.now();
    try {
      const mod = (await import(pathToFileURL(join(BENCH_DIR, file)).href)) as BenchModule;
      const got = await mod.run();
      results.push(...got);
      console.log(`[bench] ${file}: ${got.length} figure(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failures += 1;
      console.error(`[bench] ${file} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  console.log('\n' + table(results));
  const out = join(ROOT, 'bench-results.json');
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\n[bench] wrote ${out.slice(ROOT.length + 1)} (${results.length} results)`);
  if (failures) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
