import type { Lang } from '../../core/i18n';
import type { RoutingEstimate, Scenario } from '../../core/routing';
import type { CountsResult } from '../../core/routing/measured';

export type WorkerJob = { kind: 'counts'; bytes: Uint8Array; fileName: string; lang: Lang } | { kind: 'estimate'; scenario: Scenario; runs: number };
type Answer<J extends WorkerJob> = J extends { kind: 'counts' } ? CountsResult : RoutingEstimate;

/** The card's heavy work: in a module worker in the pages, or given directly in unit tests. */
export type RunJob = <J extends WorkerJob>(job: J) => Promise<Answer<J>>;

/** One worker per job, ended once it answers (jobs are rare: an import, a "build"). */
export const runOffThread: RunJob = async (job) => {
  // Vite's `?worker` import (see components/relations/parse-file.ts for why not `new URL`).
  const { default: JobWorker } = await import('./worker?worker');
  const worker = new JobWorker();
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ ok: true; value: never } | { ok: false; message: string }>) => (e.data.ok ? resolve(e.data.value) : reject(new Error(e.data.message)));
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      worker.postMessage(job, job.kind === 'counts' ? [job.bytes.buffer] : []);
    });
  } finally {
    worker.terminate();
  }
};
