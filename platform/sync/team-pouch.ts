import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import type { SyncDoc } from '../../core/sync';

/**
 * PouchDB with only what team sync needs (core + IndexedDB + HTTP + replication, ≈ 36 KB gzip
 * instead of the full pouchdb-browser): no Mango, no map/reduce, no live replication (MV3 stops an
 * idle worker after 30 s). Loaded only by the background, never by a page.
 */

/** What one replication run reports (PouchDB's result, the fields we read). */
export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
  last_seq: string | number;
  status: string;
}

export interface ReplicationOptions {
  batch_size?: number;
  batches_limit?: number;
  checkpoint?: boolean | 'source' | 'target';
}

/** A replication in flight: a promise of its result, and a way to stop it. */
export interface Replication extends PromiseLike<ReplicationResult> {
  cancel(): void;
  on(event: 'change', listener: (info: { docs_written: number; docs_read: number }) => void): Replication;
}

export interface DocWithRevisions extends SyncDoc {
  _revisions?: { start: number; ids: string[] };
}

/** The part of a PouchDB database team sync uses, typed. */
export interface TeamDatabase {
  readonly name: string;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<DocWithRevisions>;
  put(doc: SyncDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: SyncDoc[], options?: { new_edits?: boolean }): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: string; reason?: string; status?: number }>>;
  allDocs(options?: { include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string; keys?: string[] }): Promise<{ total_rows: number; rows: Array<{ id: string; value: { rev: string; deleted?: boolean }; doc?: SyncDoc }> }>;
  info(): Promise<{ doc_count: number; update_seq: string | number }>;
  /** Every document's winning version once, tombstones included (with the fields they kept). */
  changes(options: { include_docs: true; since?: number | string; limit?: number }): Promise<{ results: Array<{ id: string; deleted?: boolean; doc?: SyncDoc }>; last_seq: string | number }>;
  replicate: {
    to(target: TeamDatabase, options?: ReplicationOptions): Replication;
    from(source: TeamDatabase, options?: ReplicationOptions): Replication;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface OpenOptions {
  /** PouchDB adapter name: `indexeddb` in the extension, `memory` in Node tests, `http` for a URL. */
  adapter?: string;
  /** For a remote database: the fetch that carries the login (the session cookie, or Basic auth in tests). */
  fetch?: (url: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Don't create the remote database when it is missing (an agent may not). */
  skip_setup?: boolean;
}

type PouchConstructor = { new (name: string, options?: OpenOptions): TeamDatabase; plugin(plugin: unknown): PouchConstructor };

const TeamPouch = (PouchDB as PouchConstructor).plugin(indexedDbAdapter).plugin(httpAdapter).plugin(replication);

/** Opens a local (IndexedDB) or remote (`http(s)://…`) database. */
export function openTeamDatabase(name: string, options: OpenOptions = {}): TeamDatabase {
  const remote = /^https?:\/\//.test(name);
  return new TeamPouch(name, { adapter: remote ? 'http' : 'indexeddb', ...options });
}

/**
 * A database on the team server. The login is the CouchDB session cookie the browser holds for
 * that server: sent with every request, never read by us.
 */
export function openTeamServerDatabase(url: string): TeamDatabase {
  return openTeamDatabase(url, { skip_setup: true, fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }) });
}

/** Adds an adapter (tests: `pouchdb-adapter-memory`, standing in for IndexedDB under Node). */
export function addPouchAdapter(plugin: unknown): void {
  TeamPouch.plugin(plugin);
}
