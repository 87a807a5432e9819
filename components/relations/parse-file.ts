import { runFileJob } from '../file-worker/run-file-job';
import type { ParsedTable } from './table-import';

/** Reads a chosen file into text cells; rejects with the parser's message. */
export type ParseFile = (file: File) => Promise<ParsedTable>;

/**
 * Parses in the file worker (components/file-worker/) so the page stays responsive: the rows come in
 * several messages, then the headers. The worker is made per file and ended after it answers. (Unit
 * tests give the panels their own parser.)
 */
export const parseFileOffThread: ParseFile = async (file) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const rows: string[][] = [];
  return runFileJob<'table', ParsedTable>(
    { job: 'table', bytes, fileName: file.name },
    (m, resolve, reject) => {
      if (m.kind === 'rows') for (const row of m.rows) rows.push(row);
      else if (m.kind === 'done') resolve({ headers: m.headers, rows });
      else reject(new Error(m.message));
    },
    { transfer: [bytes.buffer] },
  );
};
