import { describe, expect, it } from 'vitest';
import { checkCount, countReport, unreportedErrors, updatedCounts } from '../../scripts/test-counts.mjs';

// Shapes copied from vitest 4's JSON reporter (a failing beforeAll leaves its tests "skipped" in a
// failed file, with no failed test; `--allowOnly=false` fails the `.only` test and skips the rest).
const test = (fullName: string, status: string, failureMessages: string[] = []) => ({ fullName, title: fullName, status, failureMessages });

describe('countReport', () => {
  it('counts only tests that ran and passed as passed, and names every other', () => {
    const counts = countReport(
      {
        testResults: [
          {
            name: '/repo/a.test.ts',
            status: 'passed',
            assertionResults: [test('ok passes', 'passed'), test('ok skipped one', 'skipped'), test('ok todo one', 'todo'), test('ok fails', 'failed', ['AssertionError: expected 1 to be 2\n at x'])],
          },
        ],
      },
      '/repo',
    );
    expect(counts).toEqual({
      passed: 1,
      failed: 3,
      total: 4,
      problems: ['a.test.ts › ok skipped one: skipped', 'a.test.ts › ok todo one: todo (write it or remove it)', 'a.test.ts › ok fails: failed: AssertionError: expected 1 to be 2'],
    });
  });

  it('counts the tests under a failed beforeAll as failed', () => {
    const counts = countReport({
      testResults: [{ name: 'b.test.ts', status: 'failed', assertionResults: [test('setup first', 'skipped'), test('setup second', 'skipped')] }],
    });
    expect(counts.failed).toBe(2);
    expect(counts.problems).toEqual(['b.test.ts › setup first: skipped, or not run: its file or a beforeAll failed', 'b.test.ts › setup second: skipped, or not run: its file or a beforeAll failed']);
  });

  it('refuses .only by name', () => {
    const counts = countReport({
      testResults: [
        {
          name: 'c.test.ts',
          status: 'failed',
          assertionResults: [test('only one', 'failed', ['Error: [Vitest] Unexpected .only modifier. Remove it or pass --allowOnly argument']), test('other', 'skipped')],
        },
      ],
    });
    expect(counts).toMatchObject({ passed: 0, failed: 2, total: 2 });
    expect(counts.problems[0]).toBe('c.test.ts › only one: .only is not allowed');
  });

  it('counts a file that failed to load, and one that failed after its tests', () => {
    const counts = countReport({
      testResults: [
        { name: 'd.test.ts', status: 'failed', message: "Failed to load url ./gone\n stack", assertionResults: [] },
        { name: 'e.test.ts', status: 'failed', assertionResults: [test('fine', 'passed')] },
      ],
    });
    expect(counts).toMatchObject({ passed: 1, failed: 2, total: 1 });
    expect(counts.problems).toEqual(['d.test.ts: failed to load: Failed to load url ./gone', 'e.test.ts: failed after its tests passed (an afterAll or afterEach?)']);
  });
});

describe('checkCount', () => {
  it('fails a runner that ran none, or fewer than known, naming it', () => {
    expect(checkCount('e2e', 0, undefined)).toBe('e2e: ran no tests');
    expect(checkCount('unit', 99, 100)).toMatch(/^unit: ran 99 tests, fewer than the 100 known/);
    expect(checkCount('unit', 100, 100)).toBeNull();
    expect(checkCount('unit', 101, 100)).toBeNull();
    expect(checkCount('unit', 5, undefined)).toBeNull();
  });
});

describe('updatedCounts', () => {
  it('records the counts of runners whose tests all passed, and keeps the others', () => {
    expect(updatedCounts({ unit: 100, e2e: 50 }, { unit: { total: 90, failed: 0 }, e2e: { total: 40, failed: 1 } })).toEqual({ unit: 90, e2e: 50 });
    expect(updatedCounts({}, { unit: { total: 0, failed: 0 } })).toEqual({});
  });
});

describe('unreportedErrors', () => {
  it("quotes vitest's unhandled-error block without colours, and nothing when there is none", () => {
    const printed = [
      ' \x1b[32m✓\x1b[39m core/a.test.ts (3 tests)',
      '\x1b[31m⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯\x1b[39m',
      'Error: the store was closed',
      ' ❯ platform/idb-backend.ts:40:11',
      '',
      'This error originated in "platform/idb-backend.test.ts" test file.',
    ].join('\n');
    expect(unreportedErrors(printed)).toBe(
      [
        '      ⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯',
        '      Error: the store was closed',
        '       ❯ platform/idb-backend.ts:40:11',
        '      This error originated in "platform/idb-backend.test.ts" test file.',
      ].join('\n'),
    );
    expect(unreportedErrors(printed, 2).split('\n')).toHaveLength(2);
    expect(unreportedErrors(' ✓ core/a.test.ts (3 tests)\n Test Files 1 passed')).toBe('');
  });
});
