import type { Lang } from '../../core/i18n';
import type { BackOfficeHost, ScanOutcome, ScanProgress } from '../sidebar/host';
import type { Account, RelationsApi } from './relations-api';
import { rowsToAccounts, rowsToRelations, type RowProblem } from './table-import';

export interface ScanResult {
  outcome: ScanOutcome;
  /** Rows skipped because a field could not be read (row numbers count from the first page). */
  problems: RowProblem[];
  /** Relations (or staff accounts) stored. */
  stored: number;
  /** A request failed: its sentence; the scan stopped there. */
  error?: string;
}

interface Options {
  backOffice: BackOfficeHost;
  api: RelationsApi;
  roster: readonly Account[];
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
export async function scanAndStore({ backOffice, api, roster, resume, label, lang, signal, onProgress }: Options): Promise<ScanResult> {
  const problems: RowProblem[] = [];
  let rowsSeen = 0;
  let stored = 0;
  let error: string | undefined;
  const abortOnError = new AbortController();
  signal.addEventListener('abort', () => abortOnError.abort());

  if (backOffice.table === 'staff') {
    const accounts: Account[] = [];
    const outcome = await backOffice.scan({
      signal,
      onProgress,
      onRows: async (rows) => {
        const read = rowsToAccounts(rows, rowsSeen + 1, lang);
        rowsSeen += rows.length;
        accounts.push(...read.accounts);
        problems.push(...read.problems);
      },
    });
    if (outcome.kind === 'done') {
      const saved = await api.saveRoster(accounts, 'replace');
      if (!saved.ok) return { outcome, problems, stored: 0, error: saved.error.message };
      stored = saved.value.count;
    }
    return { outcome, problems, stored };
  }

  let setId = resume?.setId;
  if (!setId) {
    const begun = await api.beginRelationSet('scan', label);
    if (!begun.ok) return { outcome: { kind: 'failed', message: begun.error.message, resumeAt: null }, problems, stored, error: begun.error.message };
    setId = begun.value.setId;
  }
  const outcome = await backOffice.scan({
    ...(resume ? { resumeAt: { table: 'relations' as const, pagesDone: resume.pagesDone } } : {}),
    signal: abortOnError.signal,
    onProgress,
    onRows: async (rows, page) => {
      const read = rowsToRelations(rows, roster, rowsSeen + 1, lang);
      rowsSeen += rows.length;
      problems.push(...read.problems);
      const added = await api.addRelations(setId, read.relations, { pagesDone: page });
      if (!added.ok) {
        // Stop between pages: the pages stored so far stay in the open set for a resume.
        error = added.error.message;
        abortOnError.abort();
        return;
      }
      stored = added.value.count;
    },
  });
  if (error) return { outcome, problems, stored, error };
  if (outcome.kind === 'done') {
    const finished = await api.finishRelationSet(setId);
    if (!finished.ok) return { outcome, problems, stored, error: finished.error.message };
    stored = finished.value.total;
  }
  return { outcome, problems, stored };
}
