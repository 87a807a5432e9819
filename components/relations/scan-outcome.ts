import type { Lang } from '../../core/i18n';
import { rm } from './messages';
import type { RowProblem } from './table-import';

/** Problems the status line names itself (it stays a few lines); the scan card lists them all. */
const NAMED_IN_STATUS = 1;

export interface ScanCounts {
  pages: number;
  /** Rows read this run: each kept or skipped. */
  read: number;
  kept: number;
  skipped: number;
  problems: readonly RowProblem[];
}

/** The first problem (page, row, column and value), and how many more the scan card lists. */
export function skippedWhere(lang: Lang, problems: readonly RowProblem[]): string {
  const named = problems.slice(0, NAMED_IN_STATUS).map((p) => p.message);
  if (problems.length > NAMED_IN_STATUS) named.push(rm(lang, 'moreSkippedListed', { count: problems.length - NAMED_IN_STATUS }));
  return named.join(' ');
}

/**
 * What a finished relation scan says: the line it always said when every row was good; otherwise
 * how many rows were read, stored and skipped (read = stored + skipped) and where the skipped ones are.
 */
export function relationScanDone(lang: Lang, scan: ScanCounts, set: { total: number; abnormal: number }): string {
  if (scan.skipped === 0) return rm(lang, 'scanDone', { pages: scan.pages, rows: set.total, abnormal: set.abnormal });
  return rm(lang, 'scanDoneSkipped', { pages: scan.pages, read: scan.read, kept: scan.kept, skipped: scan.skipped, total: set.total, abnormal: set.abnormal, where: skippedWhere(lang, scan.problems) });
}

/** What a finished staff scan says, the same way. */
export function staffScanDone(lang: Lang, scan: ScanCounts, roster: number): string {
  if (scan.skipped === 0) return rm(lang, 'staffDone', { count: roster });
  return rm(lang, 'staffDoneSkipped', { read: scan.read, kept: scan.kept, skipped: scan.skipped, count: roster, where: skippedWhere(lang, scan.problems) });
}
