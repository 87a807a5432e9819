import type { ParsedPhraseFile } from '../../core/phrase-files/types';
import type { ManagedGroup, ManagedPhrase } from './manager-api';

/** The file readers and writers of `core/phrase-files`, as the manager uses them. */
export interface PhraseFiles {
  parsePhraseFile(bytes: Uint8Array, fileName: string, options?: { lang?: 'zh' | 'en' }): ParsedPhraseFile | Promise<ParsedPhraseFile>;
  phrasesToCsv(phrases: ManagedPhrase[], groups: ManagedGroup[]): string;
  phrasesToQianniuCsv(phrases: ManagedPhrase[], groups: ManagedGroup[]): string;
  phrasesToXlsx(phrases: ManagedPhrase[], groups: ManagedGroup[]): Uint8Array;
}

/**
 * Loads `core/phrase-files` on first use: the spreadsheet reader is large and only the import and
 * export tab needs it, so it stays out of the page's first chunk.
 */
export function loadPhraseFiles(): Promise<PhraseFiles> {
  const found = import.meta.glob('../../core/phrase-files/index.ts');
  const load = Object.values(found)[0];
  if (!load) return Promise.reject(new Error('core/phrase-files is not available'));
  return load() as Promise<PhraseFiles>;
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
