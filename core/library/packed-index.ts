/**
 * The search index packed for scanning, kept in the cache database by the background so that a
 * page loading 10,000 phrases adopts the columns as stored instead of packing them again. The
 * columns are trusted only for the very index they were packed from: the page checks a stamp of
 * its own index (every phrase's id, content stamp and group, in order, and every group name).
 */
import { adoptColumns, packedColumnsOf, type PackedColumns } from '../phrases/search-columns';
import { PHRASE_INDEX_VERSION, type PhraseIndex } from '../phrases/search-types';
import { cyrb53 } from './search-keys';

export const PACKED_INDEX_FORMAT = 1;

/** As saved in the cache database (`packed-index` in `<db>-cache`). */
export interface SavedPackedIndex extends PackedColumns {
  format: typeof PACKED_INDEX_FORMAT;
  stamp: string;
}

/**
 * What the packed columns of `index` depend on, hashed; null when an entry carries no content
 * stamp (an index not built from stamped keys by `phraseIndexOf` cannot be vouched for).
 */
export function packedIndexStamp(index: PhraseIndex): string | null {
  const parts: string[] = [`${PACKED_INDEX_FORMAT}/${PHRASE_INDEX_VERSION}/${index.phrases.length}/${index.groups.length}`];
  for (const entry of index.phrases) {
    const stamp = (entry as { stamp?: unknown }).stamp;
    if (typeof stamp !== 'string') return null;
    parts.push(`${entry.id}\u0001${stamp}\u0001${entry.group}`);
  }
  for (const group of index.groups) parts.push(group.name);
  return cyrb53(parts.join('\u0002'));
}

/** The index's columns (packed now if they were not yet) with its stamp; null when it has no stamp. */
export function savedPackedIndex(index: PhraseIndex): SavedPackedIndex | null {
  const stamp = packedIndexStamp(index);
  return stamp === null ? null : { format: PACKED_INDEX_FORMAT, stamp, ...packedColumnsOf(index) };
}

/**
 * Makes `index` searchable with columns saved earlier, if they were packed from an index with the
 * same stamp. False (and nothing adopted) for anything else: the caller packs the index itself.
 */
export function adoptPackedIndex(index: PhraseIndex, saved: unknown): boolean {
  const data = saved as Partial<SavedPackedIndex> | null | undefined;
  if (data?.format !== PACKED_INDEX_FORMAT || typeof data.stamp !== 'string' || !data.title || !data.text) return false;
  if (data.stamp !== packedIndexStamp(index)) return false;
  return adoptColumns(index, { title: data.title, text: data.text });
}
