import type { Lang } from '../../core/i18n';
import { fileMessages } from '../../core/phrase-files/messages';
import type { FileLike, ParsePhraseFileOptions, ParsedPhraseFile } from '../../core/phrase-files';

/** A file that takes longer than this to read is given up on (a well-formed 20,000-row XLSX: ~2 s). */
export const PARSE_TIME_LIMIT_MS = 30_000;

/**
 * `parsePhraseBlob` in a module worker made for this file and ended after it answers — or after
 * `PARSE_TIME_LIMIT_MS`, which bounds any file the guards in core did not foresee. The `File`
 * itself goes to the worker (cloned by reference): the page never reads its bytes.
 */
export async function parsePhraseBlobOffThread(file: FileLike, options: ParsePhraseFileOptions = {}): Promise<ParsedPhraseFile> {
  const lang: Lang = options.lang ?? 'zh';
  // Vite's `?worker` import (see components/relations/parse-file.ts for why not `new URL`).
  const { default: ParseWorker } = await import('./phrase-parse-worker?worker');
  const worker = new ParseWorker();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<ParsedPhraseFile>((resolve, reject) => {
      timer = setTimeout(() => {
        const message = fileMessages(lang).timedOut(PARSE_TIME_LIMIT_MS / 1000);
        resolve({ format: 'csv', rows: [], problems: [{ message }] });
      }, PARSE_TIME_LIMIT_MS);
      worker.onmessage = (e: MessageEvent<{ ok: true; value: ParsedPhraseFile } | { ok: false; message: string }>) =>
        e.data.ok ? resolve(e.data.value) : reject(new Error(e.data.message));
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      worker.postMessage({ file, lang });
    });
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}
