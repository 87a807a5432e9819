/// <reference lib="webworker" />
// Reads an imported relation/staff file off the page's main thread (a 100,000-row XLSX takes seconds).
import { parseTableFile } from './parse-table-file';
import { ROWS_PER_MESSAGE, type ParseMessage } from './parse-messages';

const post = (message: ParseMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<{ bytes: Uint8Array; fileName: string }>) => {
  try {
    const { headers, rows, rowNumbers = [] } = await parseTableFile(event.data.bytes, event.data.fileName);
    // The rows go in several messages: the page reads each message in one task, and 100,000 rows in
    // one would block it for hundreds of milliseconds.
    for (let at = 0; at < rows.length; at += ROWS_PER_MESSAGE) post({ kind: 'rows', rows: rows.slice(at, at + ROWS_PER_MESSAGE), rowNumbers: rowNumbers.slice(at, at + ROWS_PER_MESSAGE) });
    post({ kind: 'done', headers });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
