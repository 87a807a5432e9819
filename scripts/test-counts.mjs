/**
 * How `npm test` reads a vitest JSON report, strictly: a test counts as passed only when it ran
 * and passed. Skipped, todo and not-run tests (a failed `beforeAll` leaves its tests "skipped" in a
 * failed file) are failures, each named; so is a `.only` (refused with `--allowOnly=false`), a file
 * that failed to load, and a runner that ran no tests or fewer than its known count.
 */

const ONLY_REFUSED = 'Unexpected .only modifier';

/**
 * @param {any} report vitest's JSON report
 * @param {string} root the project folder, cut from file names
 * @returns {{ passed: number, failed: number, total: number, problems: string[] }}
 */
export function countReport(report, root = '') {
  let passed = 0;
  let failed = 0;
  let total = 0;
  const problems = [];
  for (const file of report.testResults ?? []) {
    const name = root && file.name.startsWith(root) ? file.name.slice(root.length).replace(/^\//, '') : file.name;
    const tests = file.assertionResults ?? [];
    const fileFailed = file.status === 'failed';
    if (fileFailed && tests.length === 0) {
      failed += 1;
      problems.push(`${name}: failed to load: ${firstLine(file.message) || 'no message'}`);
      continue;
    }
    for (const test of tests) {
      total += 1;
      const title = `${name} › ${test.fullName ?? test.title}`;
      if (test.status === 'passed') {
        passed += 1;
        continue;
      }
      failed += 1;
      problems.push(`${title}: ${whyNotPassed(test, fileFailed)}`);
    }
    if (fileFailed && tests.every((t) => t.status === 'passed')) {
      failed += 1;
      problems.push(`${name}: failed after its tests passed (an afterAll or afterEach?)`);
    }
  }
  return { passed, failed, total, problems };
}

/** @param {any} test @param {boolean} fileFailed */
function whyNotPassed(test, fileFailed) {
  const message = firstLine(test.failureMessages?.[0]);
  if (test.status === 'failed') return message.includes(ONLY_REFUSED) ? '.only is not allowed' : `failed: ${message}`;
  if (test.status === 'todo') return 'todo (write it or remove it)';
  // Vitest marks the tests of a failed beforeAll, or of a file that failed otherwise, as skipped.
  if (fileFailed) return 'skipped, or not run: its file or a beforeAll failed';
  return 'skipped';
}

/** @param {unknown} text */
function firstLine(text) {
  return typeof text === 'string' ? (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 200) : '';
}

/**
 * The count check: a runner must run tests, and no fewer than it ran last time they were recorded.
 * @param {string} runner
 * @param {number} total tests the runner reported
 * @param {number | undefined} known the recorded count
 * @returns {string | null} the problem, or null
 */
export function checkCount(runner, total, known) {
  if (total === 0) return `${runner}: ran no tests`;
  if (known !== undefined && total < known) {
    return `${runner}: ran ${total} tests, fewer than the ${known} known (test/expected-counts.json); if tests were removed on purpose, record it with \`npm test -- --update-counts\``;
  }
  return null;
}

/**
 * The counts to record after a run with `--update-counts`: a runner's count is replaced only when
 * all its tests passed, so a broken run never lowers the bar.
 * @param {Record<string, number>} known
 * @param {Record<string, { total: number, failed: number }>} runs
 * @returns {Record<string, number>}
 */
export function updatedCounts(known, runs) {
  const next = { ...known };
  for (const [runner, run] of Object.entries(runs)) {
    if (run.failed === 0 && run.total > 0) next[runner] = run.total;
  }
  return next;
}

/**
 * Vitest's own account of errors outside any test (its "Unhandled Errors" block, or a worker that
 * died), from what it printed, without colours and cut to `maxLines`; '' when there is none.
 * @param {string} printed
 */
export function unreportedErrors(printed, maxLines = 30) {
  const lines = printed.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  const start = lines.findIndex((line) => /Unhandled (Errors?|Rejection)|Worker exited|Timeout calling|close timed out/i.test(line));
  if (start === -1) return '';
  return lines
    .slice(start, start + maxLines)
    .filter((line) => line.trim() !== '')
    .map((line) => `      ${line}`)
    .join('\n');
}
