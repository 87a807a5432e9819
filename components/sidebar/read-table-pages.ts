import type { Lang } from '../../core/i18n';
import { describeTableProblem, tb } from './table-messages';
import type { TableProblem, TableRead, TurnOutcome } from './frame-channel';
import type { BackOfficeHost, BackOfficeTable, ScanCursor, ScanOutcome } from './host';

/** What the scan asks of the page (the content script, over the frame channel). */
export interface TablePageAccess {
  read(table: BackOfficeTable): Promise<TableRead>;
  turn(table: BackOfficeTable, to: number): Promise<TurnOutcome>;
}

/**
 * Reads a back-office table page by page: from page 1, or from `resumeAt.pagesDone + 1`; hands each
 * page's rows to `onRows` (awaited, so they are stored before the page turns), says the progress,
 * and stops between pages when `signal` aborts. Failures say what and where, with where to resume.
 */
export async function readTablePages(
  page: TablePageAccess,
  lang: Lang,
  table: BackOfficeTable,
  options: Parameters<BackOfficeHost['scan']>[0],
): Promise<ScanOutcome> {
  const { onRows, onProgress, signal } = options;
  let pagesDone = options.resumeAt?.table === table ? Math.max(0, options.resumeAt.pagesDone) : 0;
  let rows = 0;
  const cursor = (): ScanCursor => ({ table, pagesDone });
  const failed = (problem: TableProblem | string): ScanOutcome => {
    const text = typeof problem === 'string' ? problem : describeTableProblem(lang, table, problem);
    const kind = typeof problem === 'string' ? {} : { problem: problem.kind };
    return { kind: 'failed', message: tb(lang, 'onPage', { page: pagesDone + 1, text }), resumeAt: pagesDone > 0 ? cursor() : null, ...kind };
  };

  if (signal.aborted) return { kind: 'cancelled', resumeAt: cursor() };
  // Start where asked: the table may show another page (the owner's, or page 1 after a reload).
  const turned = await page.turn(table, pagesDone + 1);
  if (turned.kind === 'failed') return failed(turned.problem);

  for (;;) {
    if (signal.aborted) return { kind: 'cancelled', resumeAt: cursor() };
    const read = await page.read(table);
    if (read.kind === 'failed') return failed(read.problem);
    if (read.page !== null && read.page !== pagesDone + 1) return failed(tb(lang, 'pageMoved', { page: pagesDone + 1, shown: read.page }));
    await onRows(read.rows, pagesDone + 1);
    pagesDone++;
    rows += read.rows.length;
    onProgress({ table, page: pagesDone, pages: read.pages, rows });
    const last = !read.hasNext || (read.pages !== null && pagesDone >= read.pages);
    if (last) return { kind: 'done', pages: pagesDone, rows };
    if (signal.aborted) return { kind: 'cancelled', resumeAt: cursor() };
    const next = await page.turn(table, pagesDone + 1);
    if (next.kind === 'failed') return failed(next.problem);
  }
}
