/// <reference lib="webworker" />
// Reads a chosen phrase file off the options page's main thread: a hostile spreadsheet then costs
// this worker (ended by the page after a time limit), never the page.
import { parsePhraseBlob } from '../../core/phrase-files/parse-phrase-file';
import type { Lang } from '../../core/i18n';

self.onmessage = async (event: MessageEvent<{ file: File; lang: Lang }>) => {
  const { file, lang } = event.data;
  try {
    self.postMessage({ ok: true, value: await parsePhraseBlob(file, { lang }) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
