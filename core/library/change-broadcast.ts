import type { Broadcast } from '../protocol';
import type { SearchKeysDelta } from './search-keys';
import { withoutSnapshotContents } from '../snapshots';
import type { StoredRecord } from '../store';
import type { PhraseIndexCache } from './phrase-index-cache';

/**
 * Most records one broadcast carries. Past it (an import, a restore, a bulk delete of thousands)
 * the pages read the library again: each page's own read costs less than thousands of records with
 * their keys serialised for every open tab. A one-phrase save sends one record and its keys (~1 KB).
 */
export const MAX_DELTA_RECORDS = 500;

/**
 * What the pages are told after a write: the records it stored (a library snapshot without the
 * library it holds) and the search keys of its phrases and groups — or, for a write too large to
 * send, that the library was replaced.
 */
export function changeBroadcast(written: readonly StoredRecord[], indexCache: PhraseIndexCache): Broadcast<SearchKeysDelta> {
  if (written.length > MAX_DELTA_RECORDS) return { kind: 'libraryReplaced' };
  return { kind: 'recordsChanged', records: withoutSnapshotContents(written), keys: indexCache.keysOfWritten(written) };
}
