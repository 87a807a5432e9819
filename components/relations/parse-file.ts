import type { ParseMessage } from './parse-messages';
import type { ParsedTable } from './table-import';

/** Reads a chosen file into text cells; rejects with the parser's message. */
export type ParseFile = (file: File) => Promise<ParsedTable>;

/**
 * Parses in a Web Worker (a module worker bundled by Vite) so the page stays responsive. The worker
 * is made per file and ended after it answers. (Unit tests give the panels their own parser.)
 */
export const parseFileOffThread: ParseFile = async (file) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Vite's `?worker` import, not `new URL(…, import.meta.url)`: WXT defines `import.meta.url` as
  // `self.location.href` for every page, which hides the worker from Vite's bundler.
  const { default: ParseWorker } = await import('./parse-worker?worker');
  const worker = new ParseWorker();
  try {
    return await new Promise<ParsedTable>((resolve, reject) => {
      const rows: string[][] = [];
      const rowNumbers: number[] = [];
      worker.onmessage = (e: MessageEvent<ParseMessage>) => {
        const m = e.data;
        if (m.kind === 'rows') {
          for (const row of m.rows) rows.push(row);
          for (const n of m.rowNumbers) rowNumbers.push(n);
        } else if (m.kind === 'done') resolve({ headers: m.headers, rows, ...(rowNumbers.length === rows.length ? { rowNumbers } : {}) });
        else reject(new Error(m.message));
      };
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      worker.postMessage({ bytes, fileName: file.name }, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
};
