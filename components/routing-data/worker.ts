/// <reference lib="webworker" />
// Off the page's main thread: reading a count table (an XLSX takes a while).
import { readCountsFile } from '../../core/routing/measured';
import type { WorkerJob } from './worker-jobs';

self.onmessage = async (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
  try {
    self.postMessage({ ok: true, value: await readCountsFile(job.bytes, job.fileName, job.lang) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
