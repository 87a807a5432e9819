/** The file readers and writers of `core/phrase-files`, as the manager uses them. */
export type PhraseFiles = typeof import('../../core/phrase-files');

/**
 * Loads `core/phrase-files` on first use: the spreadsheet reader is large and only the import and
 * export tab needs it, so it stays out of the page's first chunk.
 */
export function loadPhraseFiles(): Promise<PhraseFiles> {
  return import('../../core/phrase-files');
}

/** Starts a download of bytes or text under `fileName` (Blob + a.download). */
export function download(fileName: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
