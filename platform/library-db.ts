/** IndexedDB database holding every record (one object store, see idb-backend.ts); the background is its one writer. */
export const DB_NAME = 'kefu-sidebar';
/** Key of the saved search keys in the cache database (see idb-cache.ts and core/library/search-keys.ts). */
export const INDEX_CACHE_KEY = 'phrase-index';
/** Key of the packed search index the background keeps beside the keys (see core/library/packed-index.ts). */
export const PACKED_INDEX_CACHE_KEY = 'packed-index';
