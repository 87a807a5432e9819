#!/usr/bin/env node
/**
 * `npm test`: install what is missing → type check → unit tests → integration tests (servers on
 * 127.0.0.1) → build → e2e in real Chromium.
 * Ends with exactly one line `N passed, N failed` (the type check and the build count as one check
 * each). Strict (scripts/test-counts.mjs): skipped, todo and not-run tests are failures listed by
 * name, `.only` is refused, and a runner that ran no tests or fewer than its count in
 * test/expected-counts.json fails. `npm test -- --update-counts` records the counts of runners whose
 * tests all passed (do it on purpose, when tests were removed). Exits 1 when anything failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDeps, ROOT } from './ensure-deps.mjs';
import { checkCount, countReport, unreportedErrors, updatedCounts } from './test-counts.mjs';

const RESULTS_DIR = join(ROOT, 'test-results');
const COUNTS_FILE = join(ROOT, 'test', 'expected-counts.json');
const updateCounts = process.argv.includes('--update-counts');
const knownCounts = existsSync(COUNTS_FILE) ? JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) : {};
const runs = {};
const totals = { passed: 0, failed: 0 };
const summary = [];
const problems = [];

function step(title) {
  console.log(`\n━━ ${title} ━━`);
}

/** Colours kept when the output is piped (the reporters read them from FORCE_COLOR). */
const CHILD_ENV = { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };

function sh(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, env: CHILD_ENV });
  return result.status === 0;
}

/** Like `sh`, and also returns what the command printed (passed through as it comes). */
function shCaptured(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], cwd: ROOT, env: CHILD_ENV });
    let printed = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      printed += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      printed += chunk;
    });
    child.on('close', (code) => resolve({ ok: code === 0, printed }));
  });
}

function check(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? '✓' : '✗'} ${name}`);
}

/** Runs vitest with a readable reporter plus a JSON file, and adds its strict counts to the totals. */
async function vitest(name, extraArgs) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const jsonFile = join(RESULTS_DIR, `${name}.json`);
  rmSync(jsonFile, { force: true });
  const { ok, printed } = await shCaptured('npx', ['vitest', 'run', ...extraArgs, '--allowOnly=false', '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`]);
  if (!existsSync(jsonFile)) {
    check(`${name}: vitest did not report (crashed?)`, false);
    return;
  }
  const counts = countReport(JSON.parse(readFileSync(jsonFile, 'utf8')), ROOT);
  const runProblems = counts.problems.slice();
  const countProblem = checkCount(name, counts.total, updateCounts ? undefined : knownCounts[name]);
  if (countProblem) runProblems.push(countProblem);
  let failed = counts.failed + (countProblem ? 1 : 0);
  if (!ok && counts.failed === 0) {
    // E.g. a worker that crashed: its files are missing from the report, their tests uncounted.
    failed += 1;
    // Quoted here too, so a log that keeps only its tail still says why.
    const why = unreportedErrors(printed);
    runProblems.push(`${name}: vitest failed for a reason its report does not show${why ? `:\n${why}` : ' (a crashed worker? see its output above)'}`);
  }
  runs[name] = { total: counts.total, failed };
  problems.push(...runProblems);
  totals.passed += counts.passed;
  totals.failed += failed;
  summary.push(`${failed ? '✗' : '✓'} ${name}: ${counts.passed} passed, ${failed} failed of ${counts.total} tests (${jsonFile.slice(ROOT.length + 1)})`);
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
await vitest('unit', []);

step('Integration tests (vitest, pouchdb-server on 127.0.0.1)');
await vitest('integration', ['--config', 'vitest.integration.config.ts']);

step('Build (wxt build)');
const built = sh('npx', ['wxt', 'build']);
check('build', built);

if (built) {
  step('End-to-end (vitest + Playwright, system Chromium)');
  await vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
} else {
  check('e2e: not run, the build failed', false);
}

if (updateCounts) {
  const next = updatedCounts(knownCounts, runs);
  writeFileSync(COUNTS_FILE, JSON.stringify(next, null, 2) + '\n');
  summary.push(`counts recorded in test/expected-counts.json: ${JSON.stringify(next)}`);
}

if (problems.length) console.log('\nNot passed:\n' + problems.map((p) => `  ✗ ${p}`).join('\n'));
console.log('\n' + summary.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
