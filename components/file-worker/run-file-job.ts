import type { FileJob, FileJobName, FileJobs, Reply } from './jobs';

/** Settles a job from the messages its worker sends: called with each one, in order. */
export type Receive<K extends FileJobName, T> = (message: FileJobs[K]['message'], resolve: (value: T) => void, reject: (error: Error) => void) => void;

export interface RunFileJobOptions<T> {
  /** Buffers handed over to the worker instead of copied (the page is done with them). */
  transfer?: Transferable[];
  /** Gives up after `ms`, settling with `answer()`: bounds any file the readers' guards did not foresee. */
  timeLimit?: { ms: number; answer: () => T };
}

/**
 * Runs one job in a file worker made for it, ended once the job is settled (jobs are rare: an
 * import). The worker is a module worker bundled by Vite, loaded when the first file is chosen.
 */
export async function runFileJob<K extends FileJobName, T>(job: FileJob<K>, receive: Receive<K, T>, options: RunFileJobOptions<T> = {}): Promise<T> {
  // Vite's `?worker` import, not `new URL(…, import.meta.url)`: WXT defines `import.meta.url` as
  // `self.location.href` for every page, which hides the worker from Vite's bundler.
  const { default: FileWorker } = await import('./file-worker?worker');
  const worker = new FileWorker();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      const { timeLimit } = options;
      if (timeLimit) timer = setTimeout(() => resolve(timeLimit.answer()), timeLimit.ms);
      worker.onmessage = (e: MessageEvent<FileJobs[K]['message']>) => receive(e.data, resolve, reject);
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      worker.postMessage(job, options.transfer ?? []);
    });
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}

/** `Receive` for a job that answers once: its value, or an error with the reader's message. */
export function settleReply<T>(reply: Reply<T>, resolve: (value: T) => void, reject: (error: Error) => void): void {
  if (reply.ok) resolve(reply.value);
  else reject(new Error(reply.message));
}
