/** IndexedDB database holding every record (one object store, see idb-backend.ts); the background is its one writer. */
export const DB_NAME = 'kefu-sidebar';
/** Key of the saved search keys in the cache database (see idb-cache.ts and core/library/search-keys.ts). */
export const INDEX_CACHE_KEY = 'phrase-index';
/** Key where earlier versions kept the packed index alone (now inside the kept view): removed once. */
export const OLD_PACKED_INDEX_CACHE_KEY = 'packed-index';
/** Key of the library view the background keeps whole for pages (core/library/library-blob.ts). */
export const LIBRARY_BLOB_CACHE_KEY = 'library-view';
/** Key of the kept view's revision alone, so a woken background learns it without reading the view. */
export const LIBRARY_BLOB_REVISION_KEY = 'library-view-revision';
/**
 * Row of the records store holding the library's revision, bumped in the same transaction as every
 * write of a phrase or group: a page trusts the kept view only at the revision it was made at.
 * Not a record: the backend leaves it out of what it loads.
 */
export const REVISION_ID = 'local:revision';
/**
 * Key prefix of the write receipts in the records store (core/store/write-receipts.ts): not records,
 * left out of what the backend loads; pages reading the store ignore them (they have no type).
 */
export const RECEIPT_PREFIX = 'local:receipt:';
/** Record types whose writes bump the revision: what the kept view holds besides settings. */
/**
 * Row kept while the browser is in a team (platform/sync/team-backend.ts): the shop's and agent's
 * records then live in PouchDB, and records found in this database are not the library.
 */
export const TEAM_SEEN_SEQS_ID = 'local:team-seen-seqs';
export const REVISED_TYPES: ReadonlySet<string> = new Set(['phrase', 'phraseGroup']);
/**
 * Id prefixes of the records a view needs besides phrases and groups (settings, usage and the reply
 * picks' one record `local:picks`), read beside the kept view.
 */
export const SETTINGS_PREFIXES = ['local:selectors:', 'local:settings:', 'local:usage:', 'local:picks'] as const;
