import { libraryBlobOf, type LibraryView } from '../core/library';
import type { RecordStore } from '../core/store';
import type { IdbCache } from './idb-cache';
import { revisionOf } from './idb-backend';
import { LIBRARY_BLOB_CACHE_KEY, LIBRARY_BLOB_REVISION_KEY, OLD_PACKED_INDEX_CACHE_KEY } from './library-db';

/**
 * Keeps the library view whole in the cache database, search index packed, stamped with the
 * library's revision (core/library/library-blob.ts), so that a page loading a large library reads
 * one value instead of every record and key. `soon()` keeps it a moment after the last call, so a
 * burst of saves makes it once; a page finding it stale reads the records (and adopts the packed
 * starts if its index did not change).
 */
export function createPackedIndexKeeper(deps: {
  cache: IdbCache;
  /** The library view as the background answers it. */
  view: () => Promise<LibraryView>;
  /** `[id, updatedAt]` of deleted phrases and groups, so a late broadcast cannot bring one back. */
  tombstones: () => Promise<[string, number][]>;
  /** The revision of the records the view is made of (the backend's, see platform/idb-backend.ts). */
  revision: () => number | undefined;
  /** Saves the search keys the view needed, so pages reading the records find them too. */
  saveKeys: () => Promise<void>;
  delayMs: number;
}) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let keptRevision: number | undefined;
  let keeping: Promise<void> = Promise.resolve();

  async function keep(): Promise<void> {
    try {
      // Kept at this revision already (by this wake, or an earlier one): no view to build at all.
      keptRevision ??= revisionOf(await deps.cache.get(LIBRARY_BLOB_REVISION_KEY)) ?? undefined;
      if (deps.revision() !== undefined && deps.revision() === keptRevision) return void (await deps.saveKeys());
      const [view, tombstones] = await Promise.all([deps.view(), deps.tombstones()]);
      // Read in the same task as the records above (a commit changes the store's records and the
      // backend's revision in one task), so the revision is that of the view.
      const revision = deps.revision();
      await deps.saveKeys();
      if (revision === undefined || revision === keptRevision) return;
      const blob = libraryBlobOf(view, tombstones, revision);
      if (!blob) return;
      await deps.cache.set(LIBRARY_BLOB_CACHE_KEY, blob);
      await deps.cache.set(LIBRARY_BLOB_REVISION_KEY, { revision });
      if (keptRevision === undefined) await deps.cache.delete(OLD_PACKED_INDEX_CACHE_KEY); // a few MB nobody reads now
      keptRevision = revision;
    } catch (error) {
      console.error('[kefu-sidebar] could not keep the library view', error);
    }
  }

  /** One keeping at a time: a second waits for the first (it then finds the view kept, or newer). */
  function now(): Promise<void> {
    clearTimeout(timer);
    keeping = keeping.then(keep);
    return keeping;
  }

  return {
    soon(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void now(), deps.delayMs);
    },
    /** Keeps the view now rather than after the delay. */
    now,
  };
}

/** `[id, updatedAt]` of the store's deleted phrases and groups. */
export async function libraryTombstones(store: Pick<RecordStore, 'list'>): Promise<[string, number][]> {
  const [phrases, groups] = await Promise.all([store.list('phrase', { includeDeleted: true }), store.list('phraseGroup', { includeDeleted: true })]);
  return [...phrases, ...groups].filter((r) => r.deleted).map((r) => [r.id, r.updatedAt]);
}
