import type { Lang } from '../../core/i18n';
import type { BackOfficeHost, ScanOutcome, ScanProgress } from '../sidebar/host';
import type { Account, RelationsApi } from './relations-api';
import { rowsToAccounts, rowsToRelations, type RowProblem, type RowsRead } from './table-import';

export interface ScanResult {
  outcome: ScanOutcome;
  /** Why rows were skipped: each names its page, row, column and value. */
  problems: RowProblem[];
  /** Rows this run read from the pages: each was kept or skipped (`read = kept + skipped`). */
  read: number;
  /** Rows this run kept (sent to be stored). */
  kept: number;
  /** Rows this run skipped for a bad cell (their pages' good rows are kept). */
  skipped: number;
  /** Relations (or staff accounts) stored: the whole set, pages read before a resume included. */
  stored: number;
  /** A request failed: its sentence; the scan stopped there. */
  error?: string;
}

interface Options {
  backOffice: BackOfficeHost;
  api: RelationsApi;
  /** Go on with the unfinished scan set instead of starting a new one. */
  resume: { setId: string; pagesDone: number } | null;
  label: string;
  /** The language problems are said in. */
  lang: Lang;
  signal: AbortSignal;
  onProgress(progress: ScanProgress): void;
}

/**
 * Reads the page's table through the content script and stores what it read. Relations go into a
 * scan set page by page (with the page count as cursor), so a cancelled or broken scan resumes where
 * it stopped; the set becomes the current one only when the last page is read. A staff table
 * replaces the roster at the end.
 */
export async function scanAndStore({ backOffice, api, resume, label, lang, signal, onProgress }: Options): Promise<ScanResult> {
  const problems: RowProblem[] = [];
  const counts = { read: 0, kept: 0, skipped: 0 };
  /** The page's rows as the converter read them: good rows kept, each bad one skipped and named. */
  const tally = <T>(rows: readonly unknown[], read: RowsRead<T>): T[] => {
    counts.read += rows.length;
    counts.kept += read.read.length;
    counts.skipped += read.skipped;
    problems.push(...read.problems);
    return read.read;
  };
  let stored = 0;
  let error: string | undefined;
  const abortOnError = new AbortController();
  signal.addEventListener('abort', () => abortOnError.abort());

  if (backOffice.table === 'staff') {
    const accounts: Account[] = [];
    const outcome = await backOffice.scan({
      signal,
      onProgress,
      onRows: async (rows, page) => {
        accounts.push(...tally(rows, rowsToAccounts(rows, { lang, page, keepGoodRows: true })));
      },
    });
    if (outcome.kind === 'done') {
      const saved = await api.saveRoster(accounts, 'replace');
      if (!saved.ok) return { outcome, problems, ...counts, stored: 0, error: saved.error.message };
      stored = saved.value.count;
    }
    return { outcome, problems, ...counts, stored };
  }

  let setId = resume?.setId;
  if (!setId) {
    const begun = await api.beginRelationSet('scan', label);
    if (!begun.ok) return { outcome: { kind: 'failed', message: begun.error.message, resumeAt: null }, problems, ...counts, stored, error: begun.error.message };
    setId = begun.value.setId;
  }
  const outcome = await backOffice.scan({
    ...(resume ? { resumeAt: { table: 'relations' as const, pagesDone: resume.pagesDone } } : {}),
    signal: abortOnError.signal,
    onProgress,
    onRows: async (rows, page) => {
      // One bad cell skips its row only: the page's good rows are stored with the page.
      const relations = tally(rows, rowsToRelations(rows, { lang, page, keepGoodRows: true }));
      const added = await api.addRelations(setId, relations, { pagesDone: page });
      if (!added.ok) {
        // Stop between pages: the pages stored so far stay in the open set for a resume.
        error = added.error.message;
        abortOnError.abort();
        return;
      }
      stored = added.value.count;
    },
  });
  if (error) return { outcome, problems, ...counts, stored, error };
  if (outcome.kind === 'done') {
    const finished = await api.finishRelationSet(setId);
    if (!finished.ok) return { outcome, problems, ...counts, stored, error: finished.error.message };
    stored = finished.value.total;
  }
  return { outcome, problems, ...counts, stored };
}
