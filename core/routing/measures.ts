/** Fairness measures of a routing outcome (issue 9): shares and Jain's index. */

/**
 * Jain's fairness index, (Σx)² / (n·Σx²): 1 when all are equal, 1/n when one gets everything.
 * An empty or all-zero list is taken as fair.
 */
export function jainIndex(values: readonly number[]): number {
  let sum = 0;
  let squares = 0;
  for (const v of values) {
    sum += v;
    squares += v * v;
  }
  return squares === 0 ? 1 : (sum * sum) / (values.length * squares);
}

/** Spread between the best- and least-served of `shares`, in share points (0–100). */
export function gapPoints(shares: readonly number[]): number {
  if (shares.length === 0) return 0;
  return (Math.max(...shares) - Math.min(...shares)) * 100;
}
