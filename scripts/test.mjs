#!/usr/bin/env node
/**
 * `npm test`: install what is missing → type check → unit tests → build → e2e in real Chromium.
 * Ends with exactly one line `N passed, N failed` (the type check and the build count as one check
 * each; a test file that fails to load counts as one failure). Exits 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDeps, ROOT } from './ensure-deps.mjs';

const RESULTS_DIR = join(ROOT, 'test-results');
const totals = { passed: 0, failed: 0 };
const summary = [];

function step(title) {
  console.log(`\n━━ ${title} ━━`);
}

function sh(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  return result.status === 0;
}

function check(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? '✓' : '✗'} ${name}`);
}

/** Runs vitest with a readable reporter plus a JSON file, and adds its counts to the totals. */
function vitest(name, extraArgs) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const jsonFile = join(RESULTS_DIR, `${name}.json`);
  rmSync(jsonFile, { force: true });
  const ok = sh('npx', ['vitest', 'run', ...extraArgs, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`]);
  if (!existsSync(jsonFile)) {
    check(`${name}: vitest did not report (crashed?)`, false);
    return;
  }
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  let passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1; // file failed to load
  }
  if (!ok && failed === 0) failed = 1; // vitest failed for a reason the counts do not show
  totals.passed += passed;
  totals.failed += failed;
  summary.push(`${failed ? '✗' : '✓'} ${name}: ${passed} passed, ${failed} failed (${jsonFile.slice(ROOT.length + 1)})`);
}

try {
  step('Dependencies');
  ensureDeps();
} catch (error) {
  console.error(`\n${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

step('Type check (tsc --noEmit)');
check('type check', sh('npx', ['tsc', '--noEmit']));

step('Unit tests (vitest)');
vitest('unit', []);

step('Build (wxt build)');
const built = sh('npx', ['wxt', 'build']);
check('build', built);

if (built) {
  step('End-to-end (vitest + Playwright, system Chromium)');
  vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
} else {
  check('e2e: not run, the build failed', false);
}

console.log('\n' + summary.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
