import type { Lang } from '../../core/i18n';
import type { CountsResult } from '../../core/routing/measured';
import { runFileJob, settleReply } from '../file-worker/run-file-job';

/** A count table to read (CSV or XLSX). The advisor's own worker runs the simulation it is compared with. */
export type WorkerJob = { kind: 'counts'; bytes: Uint8Array; fileName: string; lang: Lang };

/** The card's heavy work: in a module worker in the pages, or given directly in unit tests. */
export type RunJob = (job: WorkerJob) => Promise<CountsResult>;

/** The count table is read in the file worker (components/file-worker/), made for it and ended once it answers. */
export const runOffThread: RunJob = ({ bytes, fileName, lang }) =>
  runFileJob<'counts', CountsResult>({ job: 'counts', bytes, fileName, lang }, settleReply, { transfer: [bytes.buffer] });
