import type { Lang } from '../../core/i18n';
import { runFileJob } from '../file-worker/run-file-job';
import type { ParsedTable } from './table-import';

/** Reads a chosen file into text cells; rejects with the parser's message, in `lang`. */
export type ParseFile = (file: File, lang: Lang) => Promise<ParsedTable>;

/**
 * Parses in the file worker (components/file-worker/) so the page stays responsive: the rows come in
 * several messages (with the file's own row numbers), then the headers. The worker is made per file
 * and ended after it answers. (Unit tests give the panels their own parser.)
 */
export const parseFileOffThread: ParseFile = async (file, lang) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  return runFileJob<'table', ParsedTable>(
    { job: 'table', bytes, fileName: file.name, lang },
    (m, resolve, reject) => {
      if (m.kind === 'rows') {
        for (const row of m.rows) rows.push(row);
        for (const n of m.rowNumbers) rowNumbers.push(n);
      } else if (m.kind === 'done') resolve({ headers: m.headers, rows, ...(rowNumbers.length === rows.length ? { rowNumbers } : {}) });
      else reject(new Error(m.message));
    },
    { transfer: [bytes.buffer] },
  );
};
