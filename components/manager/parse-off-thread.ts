import type { Lang } from '../../core/i18n';
import { fileMessages } from '../../core/phrase-files/messages';
import type { FileLike, ParsePhraseFileOptions, ParsedPhraseFile } from '../../core/phrase-files';
import { runFileJob, settleReply } from '../file-worker/run-file-job';

/** A file that takes longer than this to read is given up on (a well-formed 20,000-row XLSX: ~2 s). */
export const PARSE_TIME_LIMIT_MS = 30_000;

/**
 * `parsePhraseBlob` in the file worker (components/file-worker/), made for this file and ended after
 * it answers — or after `PARSE_TIME_LIMIT_MS`, which bounds any file the guards in core did not
 * foresee. The `File` itself goes to the worker (cloned by reference): the page never reads its bytes.
 */
export async function parsePhraseBlobOffThread(file: FileLike, options: ParsePhraseFileOptions = {}): Promise<ParsedPhraseFile> {
  const lang: Lang = options.lang ?? 'zh';
  const timedOut = (): ParsedPhraseFile => ({ format: 'csv', rows: [], problems: [{ message: fileMessages(lang).timedOut(PARSE_TIME_LIMIT_MS / 1000) }] });
  return runFileJob<'phrases', ParsedPhraseFile>({ job: 'phrases', file, lang }, settleReply, { timeLimit: { ms: PARSE_TIME_LIMIT_MS, answer: timedOut } });
}
