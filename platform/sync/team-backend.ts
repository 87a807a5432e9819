import type { CommitOptions, StorageBackend, StoredRecord } from '../../core/store';
import { AGENT_DATA_TYPES, agentDatabaseName, docIdOf, recordFieldsOf, toSyncDoc, type SyncDoc } from '../../core/sync';
import type { IdbBackend } from '../idb-backend';
import { REVISED_TYPES, TEAM_SEEN_SEQS_ID } from '../library-db';
import type { TeamDatabase } from './team-pouch';
import type { TeamStoreModeKeeper } from './team-store-mode';

/**
 * The store's backend while the browser may be in a team (issue 13). Records of scope `shop` live
 * in the local PouchDB `team-shop`, scope `agent` in `team-agent-<user>` (what the sync replicates),
 * scope `local` (machine-only: selector overrides, UI preferences…; the agent data the owner reads,
 * such as usage, picks and outcomes, goes to the agent database too) and the store's own rows
 * (meta, revision, write receipts) stay in IndexedDB. With no team (the default) every call goes
 * straight to the IndexedDB backend and no PouchDB database is ever opened.
 *
 * The one-transaction promise, across two stores: a commit is first the whole write in ONE
 * IndexedDB transaction, as with no team: the local records, the write receipt, and the synced
 * records as rows waiting to move. That is the commit point. Then the synced records go into
 * PouchDB and, in a second IndexedDB transaction, out of IndexedDB again, with the library revision.
 * A load that finds synced rows in IndexedDB (the worker stopped between the two, or PouchDB
 * refused them) moves them in first, as it finishes a cut-off joining, on top of the revision the
 * write was made on when this worker knows it (a version pulled meanwhile becomes a conflict, not a
 * loss). So a write and its receipt are always stored together, whatever the crash point: a
 * retried keyed write (same write id) gets the first answer and writes nothing, and a create made
 * with a fresh id, a counted use or an appended pick land once. A refused PouchDB part is not an
 * error for the caller (the write is stored): `behind()` says so, and the next reload moves it.
 * A write touching both PouchDB databases (a phrase moved between shop and agent) is two PouchDB
 * transactions; a move cut off between them is finished by the same load (a tombstone where it was).
 */

/** The local PouchDB database of the shop library (the name `createTeamSync` replicates). */
export const SHOP_LOCAL_DATABASE = 'team-shop';
/** The local PouchDB database of one agent's own records. */
export const agentLocalDatabase = (user: string): string => `team-${agentDatabaseName(user)}`;
/**
 * Row of the records store: the PouchDB update sequences the library revision was last bumped
 * for. A load that finds the databases moved on (a pull, or a commit cut off before its second
 * IndexedDB part) bumps the revision, so pages never trust a kept view older than the records.
 */
export const SEEN_SEQS_ID = TEAM_SEEN_SEQS_ID;

type Place = 'shop' | 'agent';
const PLACES: readonly Place[] = ['shop', 'agent'];

function placeOf(row: unknown): Place | undefined {
  const { scope, type } = (row ?? {}) as { scope?: unknown; type?: unknown };
  if (scope === 'shop' || scope === 'agent') return scope;
  // The agent's usage, routing days and scan summaries: per machine, yet the owner reads them.
  return scope === 'local' && typeof type === 'string' && AGENT_DATA_TYPES.has(type) ? 'agent' : undefined;
}

interface TeamSide {
  user: string;
  dbs: Record<Place, TeamDatabase>;
  /** The winning revision of every document, per database (tombstones included). */
  revs: Record<Place, Map<string, string>>;
  /** Where each record lives now (the database its loaded version came from). */
  home: Map<string, Place>;
  /** Update sequences when last loaded, and the revisions this backend wrote since (not a pull). */
  loadedSeqs: Record<Place, string | number>;
  written: Set<string>;
  /** A committed write's records are still waiting in IndexedDB (its PouchDB part failed). */
  unsettled: boolean;
}

export interface TeamAwareBackend extends StorageBackend {
  revision(): number | undefined;
  /** The user whose PouchDB databases the last load used; undefined while not in a team. */
  teamUser(): string | undefined;
  /** The local PouchDB databases in use (empty while not in a team): where conflicts are settled. */
  databases(): TeamDatabase[];
  /** Whether a database holds changes this backend did not write since the last load (a sync pulled), or a write waits to move in. */
  behind(): Promise<boolean>;
}

export interface TeamAwareBackendDeps {
  local: IdbBackend;
  mode: TeamStoreModeKeeper;
  openLocal(name: string): TeamDatabase;
  /** Told when a local write met a newer version pulled meanwhile and was kept as a conflict. */
  onConflicted?: () => void;
  /**
   * Told when a committed write could not be put into PouchDB (it waits in IndexedDB, and `behind()`
   * says so until a load moved it): a sync run soon reloads the store, which moves it.
   */
  onUnsettled?: (error: unknown) => void;
}

export function createTeamAwareBackend({ local, mode, openLocal, onConflicted, onUnsettled }: TeamAwareBackendDeps): TeamAwareBackend {
  let team: TeamSide | undefined;

  function openSide(user: string): TeamSide {
    if (team?.user === user) return team;
    return {
      user,
      dbs: { shop: openLocal(SHOP_LOCAL_DATABASE), agent: openLocal(agentLocalDatabase(user)) },
      revs: { shop: new Map(), agent: new Map() },
      home: new Map(),
      loadedSeqs: { shop: 0, agent: 0 },
      written: new Set(),
      unsettled: false,
    };
  }

  /** Every record document of both databases as store rows; remembers revisions and homes. */
  async function readDocs(side: TeamSide): Promise<unknown[]> {
    const byId = new Map<string, { row: Record<string, unknown>; place: Place }>();
    side.revs = { shop: new Map(), agent: new Map() };
    side.home = new Map();
    for (const place of PLACES) {
      side.loadedSeqs[place] = (await side.dbs[place].info()).update_seq;
      const { results } = await side.dbs[place].changes({ include_docs: true });
      for (const { id, doc } of results) {
        if (!doc?._rev || id.startsWith('_')) continue; // design documents, or a body PouchDB did not give
        side.revs[place].set(id, doc._rev);
        const row = rowOf(doc);
        if (typeof row.id !== 'string') continue; // a bare tombstone: nothing to show
        const other = byId.get(id);
        if (!other || newer(row, other.row)) byId.set(id, { row, place });
      }
    }
    for (const [id, { place }] of byId) side.home.set(id, place);
    side.written = new Set();
    side.unsettled = false;
    return [...byId.values()].map((v) => v.row);
  }

  /**
   * Moves synced rows still in IndexedDB into PouchDB, then drops them there: rows of a joining, or
   * of a committed write whose PouchDB part was cut off (the worker stopped) or failed.
   */
  async function moveIn(side: TeamSide, rows: Record<string, unknown>[]): Promise<void> {
    const ids = rows.map((r) => docIdOf(r as StoredRecord));
    for (const place of PLACES) {
      const current = await side.dbs[place].allDocs({ keys: ids });
      const held = new Map(current.rows.flatMap((r) => (r.value?.rev ? [[r.id, r.value] as const] : [])));
      const docs = rows.flatMap((r, i) => {
        const id = ids[i]!;
        // On top of the revision this worker wrote on (a pull since then makes a conflict, not a
        // loss), else of what the database holds: a copy an earlier attempt made gets a new
        // revision with the same content (harmless).
        const rev = side.revs[place].get(id) ?? held.get(id)?.rev;
        if (placeOf(r) === place) return [toSyncDoc(r as StoredRecord, rev)];
        // Moved between shop and agent before the cut: the copy where it was becomes a tombstone.
        const there = held.get(id);
        return there && !there.deleted ? [toSyncDoc({ ...(r as StoredRecord), deleted: true }, rev)] : [];
      });
      await writeDocs(side, place, docs);
    }
    await local.commit([], { durability: 'strict' }, { deletes: rows.map((r) => r.id as string), bumpRevision: true });
  }

  /** Leaving: every synced record back into IndexedDB in one transaction, tombstones included. */
  async function copyBack(side: TeamSide): Promise<void> {
    const rows = await readDocs(side);
    await local.commit(rows as StoredRecord[], { durability: 'strict' }, { deletes: [SEEN_SEQS_ID], bumpRevision: true });
  }

  /** A committed write's synced records into PouchDB, then out of IndexedDB with the seen sequences. */
  async function moveOut(side: TeamSide, synced: readonly StoredRecord[]): Promise<void> {
    for (const place of PLACES) {
      const docs: SyncDoc[] = [];
      for (const record of synced) {
        const id = docIdOf(record);
        const home = side.home.get(id);
        if (placeOf(record) === place) docs.push(toSyncDoc(record, side.revs[place].get(id)));
        // Moved between shop and agent: a tombstone where it was (the live copy wins on load).
        else if (home === place) docs.push(toSyncDoc({ ...record, deleted: true }, side.revs[place].get(id)));
      }
      await writeDocs(side, place, docs);
    }
    for (const record of synced) side.home.set(docIdOf(record), placeOf(record)!);
    const seqs = await seqsOf(side);
    await local.commit([], undefined, { rows: [seenRow(side, seqs)], deletes: synced.map((r) => r.id), bumpRevision: synced.some((r) => REVISED_TYPES.has(r.type)) });
  }

  /** Writes documents; one whose revision moved on meanwhile (a pull) is kept beside it as a conflict. */
  async function writeDocs(side: TeamSide, place: Place, docs: SyncDoc[]): Promise<void> {
    if (docs.length === 0) return;
    const db = side.dbs[place];
    const results = await db.bulkDocs(docs);
    const branches: SyncDoc[] = [];
    let failure: Error | undefined;
    results.forEach((result, i) => {
      const doc = docs[i]!;
      if (result.rev && !result.error) {
        side.revs[place].set(doc._id, result.rev);
        side.written.add(`${doc._id}@${result.rev}`);
      } else if (result.status === 409 || result.error === 'conflict') {
        branches.push(branchOf(doc));
      } else {
        failure ??= Object.assign(new Error(`${doc._id}: ${result.reason ?? result.error ?? 'not written'}`), { status: result.status, name: result.error ?? 'Error' });
      }
    });
    // Every revision that did land is known before failing: writing the rest again builds on them.
    if (failure) throw failure;
    if (branches.length === 0) return;
    // The write was made on the version the store held; the pulled one stays beside it and the
    // sync's conflict step merges the two field by field (or leaves them for the owner).
    await db.bulkDocs(branches, { new_edits: false });
    for (const doc of branches) {
      side.revs[place].set(doc._id, doc._rev!);
      side.written.add(`${doc._id}@${doc._rev}`);
    }
    onConflicted?.();
  }

  async function seqsOf(side: TeamSide): Promise<Record<Place, string | number>> {
    const [shop, agent] = await Promise.all(PLACES.map(async (p) => (await side.dbs[p].info()).update_seq));
    return { shop: shop!, agent: agent! };
  }

  const seenRow = (side: TeamSide, seqs: Record<Place, string | number>) => ({ id: SEEN_SEQS_ID, user: side.user, seqs });

  return {
    async loadAll() {
      const current = await mode.get();
      if (!current) {
        team = undefined;
        return withoutSeen(await local.loadAll());
      }
      const side = openSide(current.user);
      if (current.mode === 'leaving') {
        await copyBack(side);
        await mode.set(undefined);
        team = undefined;
        // Only once the copy is on disk and the mode says so: the team's local replicas go.
        await Promise.all(PLACES.map((p) => side.dbs[p].destroy().catch(() => undefined)));
        return withoutSeen(await local.loadAll());
      }
      const stored = await local.loadAll();
      const seen = stored.find((r) => (r as { id?: unknown } | null)?.id === SEEN_SEQS_ID) as { user?: unknown; seqs?: unknown } | undefined;
      const localRows = stored.filter((r) => (r as { id?: unknown } | null)?.id !== SEEN_SEQS_ID && !isMovable(r));
      const toMove = stored.filter(isMovable);
      if (toMove.length > 0) await moveIn(side, toMove);
      const docs = await readDocs(side);
      const seqs = side.loadedSeqs;
      if (toMove.length > 0 || seen?.user !== side.user || JSON.stringify(seen.seqs) !== JSON.stringify(seqs)) {
        await local.commit([], undefined, { rows: [seenRow(side, { ...seqs })], bumpRevision: true });
      }
      team = side;
      return [...localRows, ...docs];
    },
    loadReceipts: () => local.loadReceipts?.() ?? Promise.resolve([]),
    async commit(puts: readonly StoredRecord[], options?: CommitOptions) {
      const side = team;
      if (!side) return local.commit(puts, options);
      const synced = puts.filter((r) => placeOf(r));
      if (synced.length === 0) return local.commit(puts, options);
      // The commit point: the whole write and its receipt in ONE IndexedDB transaction, the synced
      // records as rows waiting to move, exactly as a load finds rows left by a cut-off joining.
      // The library revision moves once they are in PouchDB (or by the load that moves them): a
      // page keeps trusting its kept view meanwhile instead of reading these rows as the library.
      await local.commit(puts, options, { bumpRevision: false });
      try {
        await moveOut(side, synced);
      } catch (error) {
        // Stored and answered for already; the rows wait in IndexedDB for the next load to move.
        side.unsettled = true;
        onUnsettled?.(error);
      }
    },
    revision: () => local.revision(),
    teamUser: () => team?.user,
    databases: () => (team ? PLACES.map((p) => team!.dbs[p]) : []),
    async behind() {
      const side = team;
      if (!side) return false;
      if (side.unsettled) return true;
      for (const place of PLACES) {
        const { results } = await side.dbs[place].changes({ include_docs: true, since: side.loadedSeqs[place] });
        if (results.some((c) => c.doc?._rev && !c.id.startsWith('_') && !side.written.has(`${c.id}@${c.doc._rev}`))) return true;
      }
      return false;
    },
  };
}

/** A store row made from a document: its record fields, `deleted` from a tombstone. */
function rowOf(doc: SyncDoc): Record<string, unknown> {
  const row = recordFieldsOf(doc);
  if (doc._deleted) row.deleted = true;
  return row;
}

/** Whether `a` should win over `b` for one id found in both databases: later, or live on a tie. */
function newer(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const at = (r: Record<string, unknown>) => (typeof r.updatedAt === 'number' ? r.updatedAt : 0);
  if (at(a) !== at(b)) return at(a) > at(b);
  return !a.deleted && b.deleted === true;
}

/** A synced row that can become a document (a field starting with `_` could not: it stays in IndexedDB). */
function isMovable(row: unknown): row is Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || !placeOf(row)) return false;
  const r = row as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.type === 'string' && !Object.keys(r).some((k) => k.startsWith('_'));
}

function withoutSeen(rows: unknown[]): unknown[] {
  return rows.filter((r) => (r as { id?: unknown } | null)?.id !== SEEN_SEQS_ID);
}

/** The same document as a new revision on top of the one the store held, for `new_edits: false`. */
function branchOf(doc: SyncDoc): SyncDoc {
  const [height, hash] = typeof doc._rev === 'string' ? doc._rev.split('-') : ['0', undefined];
  const start = Number(height) + 1;
  const id = crypto.randomUUID().replace(/-/g, '');
  return { ...doc, _rev: `${start}-${id}`, _revisions: { start, ids: hash ? [id, hash] : [id] } };
}
