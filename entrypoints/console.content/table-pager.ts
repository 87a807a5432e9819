import type { TableProblem, TurnOutcome } from '../../components/sidebar/frame-channel';
import { queryPart, readPager, type TableDoc } from './table-reader';

/** How long a page may take to show its new rows after a click (a data request on a slow day). */
export const TURN_TIMEOUT_MS = 10_000;

/** What the rows show now: changes when the page turns (new rows), whatever the page number says. */
function rowsSignature(doc: TableDoc): string | null {
  const rows = queryPart(doc, 'row');
  if (!Array.isArray(rows) || rows.length === 0) return null;
  return `${rows.length}\u0000${rows[0]!.textContent}\u0000${rows[rows.length - 1]!.textContent}`;
}

/** Resolves true once the rows differ from `before` (and there are rows), false after the timeout. */
function rowsChanged(doc: TableDoc, before: string | null, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      const now = rowsSignature(doc);
      if (now !== null && now !== before) finish(true);
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(changed: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(changed);
    }
    observer.observe(document.body ?? document.documentElement, { subtree: true, childList: true, characterData: true });
    check();
  });
}

/**
 * Turns the table to page `to` the way the owner would: its page number when the pager shows it,
 * otherwise 下一页 until there; after each click, waits for the rows to change (a MutationObserver,
 * with a timeout). Fails with what went wrong: no such page (the last page was reached), or rows
 * that did not change.
 */
export async function turnTo(doc: TableDoc, to: number, timeoutMs = TURN_TIMEOUT_MS): Promise<TurnOutcome> {
  const failed = (problem: TableProblem): TurnOutcome => ({ kind: 'failed', problem });
  for (let clicks = 0; clicks < 1000; clicks++) {
    const pager = readPager(doc);
    if ('kind' in pager) return failed(pager);
    const current = pager.page ?? 1;
    if (current === to) return { kind: 'turned', page: to };
    const item = pager.items.find((el) => Number.parseInt(el.textContent ?? '', 10) === to);
    const button = item ?? (to > current && pager.hasNext ? pager.next : null);
    if (!(button instanceof HTMLElement)) return failed({ kind: 'no-page', page: to });
    const before = rowsSignature(doc);
    button.click();
    if (!(await rowsChanged(doc, before, timeoutMs))) return failed({ kind: 'stuck', page: current });
  }
  return failed({ kind: 'no-page', page: to });
}
