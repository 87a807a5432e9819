import { parsePhraseBlob } from '../../core/phrase-files/parse-phrase-file';
import { readCountsFile } from '../../core/routing/measured';
import { ROWS_PER_MESSAGE } from '../relations/parse-messages';
import { parseTableFile } from '../relations/parse-table-file';
import type { FileJob, FileJobName, FileJobs, Reply } from './jobs';

type Post<K extends FileJobName> = (message: FileJobs[K]['message']) => void;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A job that answers once: the value, or the reader's message. */
async function answer<T>(post: (reply: Reply<T>) => void, read: () => Promise<T>): Promise<void> {
  try {
    post({ ok: true, value: await read() });
  } catch (error) {
    post({ ok: false, message: reason(error) });
  }
}

/** Each job calls its reader where it lives (with its area); this table only dispatches and answers. */
const JOBS: { [K in FileJobName]: (job: FileJob<K>, post: Post<K>) => Promise<void> } = {
  async table({ bytes, fileName, lang }, post) {
    try {
      const { headers, rows, rowNumbers = [] } = await parseTableFile(bytes, fileName, lang);
      // The rows go in several messages: the page reads each message in one task, and 100,000 rows in
      // one would block it for hundreds of milliseconds.
      for (let at = 0; at < rows.length; at += ROWS_PER_MESSAGE) {
        post({ kind: 'rows', rows: rows.slice(at, at + ROWS_PER_MESSAGE), rowNumbers: rowNumbers.slice(at, at + ROWS_PER_MESSAGE) });
      }
      post({ kind: 'done', headers });
    } catch (error) {
      post({ kind: 'failed', message: reason(error) });
    }
  },
  counts: ({ bytes, fileName, lang }, post) => answer(post, () => readCountsFile(bytes, fileName, lang)),
  phrases: ({ file, lang }, post) => answer(post, () => parsePhraseBlob(file, { lang })),
};

/** Runs one job of the file worker, sending its messages through `post`. */
export function handleFileJob<K extends FileJobName>(job: FileJob<K>, post: Post<K>): Promise<void> {
  return (JOBS[job.job] as (job: FileJob<K>, post: Post<K>) => Promise<void>)(job, post);
}
