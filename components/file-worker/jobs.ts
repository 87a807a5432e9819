import type { Lang } from '../../core/i18n';
import type { FileLike, ParsedPhraseFile } from '../../core/phrase-files';
import type { CountsResult } from '../../core/routing/measured';
import type { ParseMessage } from '../relations/parse-messages';

/** One reply that settles a job: its value, or the reader's message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * What the file worker reads, by job name: what each job is given and what it sends back. The three
 * importers keep the messages they had when each ran a worker of its own.
 */
export interface FileJobs {
  /** A relation/staff table (CSV or XLSX) for the relations panel: rows in parts, then the headers. */
  table: { input: { bytes: Uint8Array; fileName: string; lang: Lang }; message: ParseMessage };
  /** A count table for the routing data card. */
  counts: { input: { bytes: Uint8Array; fileName: string; lang: Lang }; message: Reply<CountsResult> };
  /** A phrase file for the manager's import, as the `File` itself (cloned by reference): the page never reads its bytes. */
  phrases: { input: { file: FileLike; lang: Lang }; message: Reply<ParsedPhraseFile> };
}

export type FileJobName = keyof FileJobs;

/** A job as posted to the worker: its name beside its input. */
export type FileJob<K extends FileJobName = FileJobName> = { [N in K]: { job: N } & FileJobs[N]['input'] }[K];
