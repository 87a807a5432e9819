import { parsePhraseBlobOffThread } from './parse-off-thread';

/** The file readers and writers of `core/phrase-files`, as the manager uses them. */
export type PhraseFiles = typeof import('../../core/phrase-files');

/**
 * Loads `core/phrase-files` on first use: the spreadsheet reader is large and only the import and
 * export tab needs it, so it stays out of the page's first chunk.
 */
export async function loadPhraseFiles(): Promise<PhraseFiles> {
  const files = await import('../../core/phrase-files');
  // Reading a chosen file happens in a worker; the rest (writing files) stays here.
  return { ...files, parsePhraseBlob: parsePhraseBlobOffThread };
}

// Shared with the transfer panel's plan export (the sidebar must not load this module).
export { download } from '../ui/download';
