/**
 * Extension pages (options, side panel, the sidebar frame) share the background's origin, so they
 * read the library straight from its IndexedDB instead of asking for 6 MB over a message — and
 * without waking a stopped service worker. Read-only: the background stays the single writer.
 * First choice: the view the background keeps whole (core/library/library-blob.ts), trusted only
 * at the library revision it was made at; otherwise every record and the kept search keys.
 * Whenever the stored data is not exactly what this code builds a view from (no database yet,
 * a library never seeded, another schema version, a row of an unexpected shape, search keys not
 * yet made), `read` answers null and the page asks the background, which seeds, migrates and
 * makes keys.
 */
import { blobRevision, loadOfBlob } from '../core/library/library-blob';
import { missingSearchKeys, type LibraryLoad, type LibraryRecords } from '../core/library/library-view';
import { readSavedKeys } from '../core/library/search-keys';
import type { GroupRecord, PhraseRecord } from '../core/phrases';
import { META_ID, SCHEMA_VERSION } from '../core/store/schema-version';
import { RECORDS_STORE, revisionOf } from './idb-backend';
import { CACHE_STORE, cacheDbName } from './idb-cache';
import { DB_NAME, INDEX_CACHE_KEY, LIBRARY_BLOB_CACHE_KEY, REVISION_ID, SETTINGS_PREFIXES, TEAM_SEEN_SEQS_ID } from './library-db';

/** Ids of library snapshots (backups, each a copy of the whole library): never read for the view. */
const SNAPSHOT_PREFIX = 'local:snapshot:';

export interface LibraryReader {
  /** The library as stored, or null when the background must answer instead. */
  read(): Promise<LibraryLoad | null>;
}

interface Row {
  id: string;
  type: string;
  updatedAt: number;
  deleted?: boolean;
  schemaVersion?: number;
  [field: string]: unknown;
}

export function createLibraryReader(options: { dbName?: string; indexedDB?: IDBFactory; schemaVersion?: number } = {}): LibraryReader {
  const dbName = options.dbName ?? DB_NAME;
  const factory = options.indexedDB ?? indexedDB;
  const schemaVersion = options.schemaVersion ?? SCHEMA_VERSION;

  return {
    async read() {
      // First the view the background keeps whole, with the revision and the few records it does
      // not hold: two small reads and one large value instead of the whole library.
      const [head, blob] = await Promise.all([readHead(factory, dbName), readCacheValue(factory, cacheDbName(dbName), LIBRARY_BLOB_CACHE_KEY)]);
      performance.mark('kefu:library-read-head');
      if (!head) return null;
      if (head.meta?.schemaVersion !== schemaVersion) return null; // never opened by this version: the background migrates
      const revision = blobRevision(blob);
      if (revision !== null && revision === head.revision) {
        const settings = recordsOf(head.rows);
        const load = settings && loadOfBlob(blob, settings.records, settings.tombstones);
        if (load) {
          performance.mark('kefu:library-read-idb', { detail: { kept: true } });
          return load;
        }
      }
      // No kept view, or one made before the last write: the records and kept search keys.
      const [rows, keysValue] = await Promise.all([readRecords(factory, dbName), readCacheValue(factory, cacheDbName(dbName), INDEX_CACHE_KEY)]);
      performance.mark('kefu:library-read-idb', { detail: { kept: false } });
      if (!rows) return null;
      // In a team the library is in PouchDB; rows here are only a write waiting to move there.
      if (rows.some((r) => r.id === TEAM_SEEN_SEQS_ID)) return null;
      const load = recordsOf(rows);
      if (!load) return null;
      const { records, tombstones, everStored } = load;
      if (!everStored) return null; // first run: the background seeds the starter library
      const keys = readSavedKeys(keysValue);
      if (!keys) return null;
      const missing = missingSearchKeys(records.phrases, records.groups, keys);
      if (missing.phrases.length > 0 || missing.groupNames.length > 0) return null;
      return { records, keys, tombstones, packedIndex: (blob as { packed?: unknown } | undefined)?.packed ?? undefined };
    },
  };
}

/** Sorts rows into the records a view is made of; null when a row has a shape this code does not know. */
function recordsOf(rows: readonly Row[]): { records: LibraryRecords; tombstones: Map<string, number>; everStored: boolean } | null {
  const records = { phrases: [] as PhraseRecord[], groups: [] as GroupRecord[], selectorOverrides: [], usage: [] } as {
    -readonly [K in keyof LibraryRecords]: LibraryRecords[K] extends readonly (infer T)[] ? T[] : LibraryRecords[K];
  };
  const tombstones = new Map<string, number>();
  let everStored = false;
  for (const row of rows) {
    if (row.type === 'phrase' || row.type === 'phraseGroup') everStored = true;
    if (row.deleted) {
      tombstones.set(row.id, row.updatedAt);
      continue;
    }
    switch (row.type) {
      case 'phrase':
        if (!isPhrase(row)) return null;
        records.phrases.push(row);
        break;
      case 'phraseGroup':
        if (!isGroup(row)) return null;
        records.groups.push(row);
        break;
      case 'selectorOverrides':
        records.selectorOverrides.push(row as never);
        break;
      case 'phraseUsage':
        records.usage.push(row as never);
        break;
      case 'variableSettings':
        records.variableSettings = row as never;
        break;
      case 'uiPreferences':
        records.uiPreferences = row as never;
        break;
      case 'synonymSettings':
        records.synonymSettings = row as never;
        break;
      case 'replyPicks':
        if (!Array.isArray(row.picks)) return null;
        records.replyPicks = row as never;
        break;
    }
  }
  return { records, tombstones, everStored };
}

// The background skips rows its schemas refuse; these checks make sure the view never holds a
// row the background would have skipped in the fields the view uses (else: ask the background).
function isPhrase(row: Row): row is Row & PhraseRecord {
  return typeof row.title === 'string' && typeof row.text === 'string' && typeof row.order === 'number' && (row.groupId === null || typeof row.groupId === 'string');
}

function isGroup(row: Row): row is Row & GroupRecord {
  return typeof row.name === 'string' && typeof row.order === 'number' && (row.parentId === null || typeof row.parentId === 'string');
}

/** Every record but library snapshots; null when the database or its store does not exist (yet). */
async function readRecords(factory: IDBFactory, dbName: string): Promise<Row[] | null> {
  const db = await openExisting(factory, dbName);
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains(RECORDS_STORE)) return null;
    const store = db.transaction(RECORDS_STORE, 'readonly').objectStore(RECORDS_STORE);
    // Keys sort as strings: everything before the snapshots' prefix, and everything after it.
    const [before, after] = await Promise.all([
      request<Row[]>(store.getAll(IDBKeyRange.upperBound(SNAPSHOT_PREFIX, true))),
      request<Row[]>(store.getAll(IDBKeyRange.lowerBound(SNAPSHOT_PREFIX + '\uffff'))),
    ]);
    return [...before, ...after].filter((r) => !r.id.startsWith(SNAPSHOT_PREFIX) && r.id !== REVISION_ID);
  } finally {
    db.close();
  }
}

/** Meta, revision, settings and usage rows: what a view needs besides the kept one. Null without the database. */
async function readHead(factory: IDBFactory, dbName: string): Promise<{ meta: Row | undefined; revision: number | null; rows: Row[] } | null> {
  const db = await openExisting(factory, dbName);
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains(RECORDS_STORE)) return null;
    const store = db.transaction(RECORDS_STORE, 'readonly').objectStore(RECORDS_STORE);
    const [meta, revision, ...groups] = await Promise.all([
      request<Row | undefined>(store.get(META_ID)),
      request<unknown>(store.get(REVISION_ID)),
      ...SETTINGS_PREFIXES.map((prefix) => request<Row[]>(store.getAll(IDBKeyRange.bound(prefix, prefix + '\uffff')))),
    ]);
    return { meta: meta as Row | undefined, revision: revisionOf(revision), rows: (groups as Row[][]).flat() };
  } finally {
    db.close();
  }
}

/** One value of the cache database (it may be missing or stale: its users check). */
async function readCacheValue(factory: IDBFactory, dbName: string, key: string): Promise<unknown> {
  const db = await openExisting(factory, dbName).catch(() => null);
  if (!db) return undefined;
  try {
    if (!db.objectStoreNames.contains(CACHE_STORE)) return undefined;
    return await request(db.transaction(CACHE_STORE, 'readonly').objectStore(CACHE_STORE).get(key));
  } finally {
    db.close();
  }
}

/**
 * Opens a database only if it exists. Opening a missing one would create it empty, and the
 * background (which creates its store on upgrade) would then find a database without its store.
 */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    let created = false;
    open.onupgradeneeded = () => {
      created = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(open.error);
    };
    open.onblocked = () => resolve(null);
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
