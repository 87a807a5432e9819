import { packedIndexStamp, savedPackedIndex, type LibraryView } from '../core/library';
import type { IdbCache } from './idb-cache';
import { PACKED_INDEX_CACHE_KEY } from './library-db';

/**
 * Keeps the search index packed as pages pack it in the cache database, so that a page loading a
 * large library adopts it instead of packing (core/library/packed-index.ts). `soon()` packs a
 * moment after the last call, so a burst of saves packs once; a page finding it stale packs its own.
 */
export function createPackedIndexKeeper(deps: {
  cache: IdbCache;
  /** The library view as the background answers it (its index is what pages would pack). */
  view: () => Promise<LibraryView>;
  /** Saves the search keys the view needed, so pages reading IndexedDB find them too. */
  saveKeys: () => Promise<void>;
  delayMs: number;
}) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let keptStamp: string | null = null;

  async function keep(): Promise<void> {
    try {
      const { phraseIndex } = await deps.view();
      await deps.saveKeys();
      if (packedIndexStamp(phraseIndex) === keptStamp) return;
      const saved = savedPackedIndex(phraseIndex);
      if (!saved) return;
      await deps.cache.set(PACKED_INDEX_CACHE_KEY, saved);
      keptStamp = saved.stamp;
    } catch (error) {
      console.error('[kefu-sidebar] could not keep the packed search index', error);
    }
  }

  return {
    soon(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void keep(), deps.delayMs);
    },
  };
}
