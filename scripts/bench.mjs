#!/usr/bin/env node
/**
 * `npm run bench`: install what is missing, build, then run every `test/bench/*.bench.ts`
 * (test/bench/run.ts prints a table and writes bench-results.json).
 */
import { ensureDeps, run } from './ensure-deps.mjs';

try {
  ensureDeps();
  if (!process.argv.includes('--no-build')) run('npx', ['wxt', 'build']);
  run('npx', ['tsx', 'test/bench/run.ts', ...process.argv.slice(2).filter((a) => a !== '--no-build')]);
} catch (error) {
  console.error(`[bench] ${error.message}`);
  process.exit(1);
}
