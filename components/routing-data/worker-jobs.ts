import type { Lang } from '../../core/i18n';
import type { CountsResult } from '../../core/routing/measured';

/** A count table to read (CSV or XLSX). The advisor's own worker runs the simulation it is compared with. */
export type WorkerJob = { kind: 'counts'; bytes: Uint8Array; fileName: string; lang: Lang };

/** The card's heavy work: in a module worker in the pages, or given directly in unit tests. */
export type RunJob = (job: WorkerJob) => Promise<CountsResult>;

/** One worker per job, ended once it answers (jobs are rare: an import, a "build"). */
export const runOffThread: RunJob = async (job) => {
  // Vite's `?worker` import (see components/relations/parse-file.ts for why not `new URL`).
  const { default: JobWorker } = await import('./worker?worker');
  const worker = new JobWorker();
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ ok: true; value: never } | { ok: false; message: string }>) => (e.data.ok ? resolve(e.data.value) : reject(new Error(e.data.message)));
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      worker.postMessage(job, [job.bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
};
