/// <reference lib="webworker" />
// Reads an imported relation/staff file off the page's main thread (a 100,000-row XLSX takes seconds).
import { parseTableFile } from './parse-table-file';

self.onmessage = async (event: MessageEvent<{ bytes: Uint8Array; fileName: string }>) => {
  try {
    const table = await parseTableFile(event.data.bytes, event.data.fileName);
    self.postMessage({ ok: true, table });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
