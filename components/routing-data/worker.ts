/// <reference lib="webworker" />
// Off the page's main thread: reading a count table (an XLSX takes a while) and the Monte Carlo
// run of the scenario built from the data (issue 9: the simulation never runs on the page).
import { simulateMany } from '../../core/routing';
import { readCountsFile } from '../../core/routing/measured';
import type { WorkerJob } from './worker-jobs';

self.onmessage = async (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
  try {
    if (job.kind === 'counts') self.postMessage({ ok: true, value: await readCountsFile(job.bytes, job.fileName, job.lang) });
    else self.postMessage({ ok: true, value: simulateMany(job.scenario, job.runs) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
