import type { Lang } from '../i18n';
import { UserFacingError, type Change, type RecordStore, type StoredRecord, type StoreView, type WriteOutcome } from '../store';
import { createClassifier } from './classify';
import { decodeChunk, encodeChunk } from './chunk-codec';
import { relationMessages } from './messages';
import type { Account, ReasonCode, Relation } from './model';
import {
  CHUNK_SIZE,
  MAX_ROSTER,
  MAX_SET_RELATIONS,
  ROSTER_RECORD_ID,
  chunkRecordId,
  mappingRecordId,
  setRecordId,
  type RelationChunkRecord,
  type RelationSetRecord,
  type RelationSource,
} from './records';
import { summarizeRelations, type RelationSummary } from './summary';

export type MappedTable = 'relations' | 'staff';
export type ColumnMapping = Record<string, string>;

/** What `getTableMapping` answers: the kept mapping, and what it finds among the given headers. */
export interface TableMappingReply {
  /** The owner's mapping as kept (null when none was saved). */
  saved: ColumnMapping | null;
  /** Header text per field found among `headers` (saved mapping first, then the known header names). */
  mapping: ColumnMapping;
  /** Required fields without a column among `headers`. */
  missing: string[];
}

/** Finds columns among headers (core/table-import's `resolveColumns`, given by the wiring: no import cycle). */
export type ResolveColumns = (table: MappedTable, headers: readonly string[], saved: ColumnMapping) => { mapping: ColumnMapping; missing: string[] };

export interface RelationsServiceDeps {
  store: RecordStore;
  now: () => number;
  newId: (prefix: string) => string;
  lang: Lang;
  resolveColumns: ResolveColumns;
}

export interface OpenRelationSet {
  setId: string;
  count: number;
  pagesDone: number;
}

export interface RelationReportRow {
  buyerId: string;
  buyerName?: string;
  /** The bound account as the table wrote it; null when none is bound. */
  accountId: string | null;
  /** The roster account it was matched to (see `createAccountMatcher`), when there is one. */
  rosterId?: string;
  boundAt?: number;
  reasons: readonly ReasonCode[];
}

export interface RelationReport {
  setId: string;
  source: RelationSource;
  label: string;
  startedAt: number;
  finishedAt: number;
  /** Distinct buyers in the set. */
  total: number;
  summary: RelationSummary;
  /** Rows matching `abnormalOnly`, before `offset`/`limit`. */
  matched: number;
  rows: RelationReportRow[];
}

export interface ReportOptions {
  abnormalOnly?: boolean;
  offset?: number;
  limit?: number;
}

export interface CurrentRelations {
  setId: string;
  finishedAt: number;
  relations: Relation[];
}

export interface RelationsService {
  getRoster(): Promise<Account[]>;
  saveRoster(accounts: readonly Account[], mode: 'replace' | 'merge'): Promise<WriteOutcome<{ count: number }>>;
  saveAccount(account: Account): Promise<WriteOutcome<{ account: Account; count: number }>>;
  deleteAccount(id: string): Promise<WriteOutcome<{ count: number }>>;
  /** Starts a set; an unfinished set of the same source is dropped (one open scan, one open import). */
  beginRelationSet(source: RelationSource, label: string): Promise<WriteOutcome<{ setId: string }>>;
  /** Adds relations to an open set; `pagesDone` (scan) is kept for resuming. Answers the set's count so far. */
  addRelations(setId: string, relations: readonly Relation[], cursor?: { pagesDone: number }): Promise<WriteOutcome<{ count: number }>>;
  /** The set becomes the current one; other finished sets are dropped (open ones stay). */
  finishRelationSet(setId: string): Promise<WriteOutcome<{ total: number }>>;
  getOpenRelationSet(source: RelationSource): Promise<OpenRelationSet | null>;
  /** The current set classified against the roster; null before any set was finished. */
  getRelationReport(options?: ReportOptions): Promise<RelationReport | null>;
  /** The current set's relations (each buyer once, the last read kept), for planning transfers. */
  currentRelations(): Promise<CurrentRelations | null>;
  getTableMapping(table: MappedTable, headers: readonly string[]): Promise<TableMappingReply>;
  saveTableMapping(table: MappedTable, mapping: ColumnMapping): Promise<WriteOutcome<{ mapping: ColumnMapping }>>;
  /** Drops every relation set and the roster (column mappings stay: they describe tables, not people). */
  deleteRelationData(): Promise<WriteOutcome<{ sets: number; accounts: number }>>;
}

const asSet = (r: StoredRecord | undefined) => (r && r.type === 'relationSet' && !r.deleted ? (r as unknown as RelationSetRecord) : undefined);
const sets = (view: StoreView) => view.list('relationSet') as unknown as RelationSetRecord[];
const rosterOf = (view: StoreView): Account[] => {
  const r = view.get(ROSTER_RECORD_ID);
  return r && !r.deleted ? ((r.accounts as Account[] | undefined) ?? []) : [];
};
/** The latest finished set: the current one. */
const currentSet = (view: StoreView) =>
  sets(view)
    .filter((s) => s.finishedAt !== null)
    .sort((a, b) => b.finishedAt! - a.finishedAt! || (a.setId < b.setId ? 1 : -1))[0];

/**
 * Chunk records are big (thousands of relations each): left out of what a write reports, so the
 * change broadcast to every page stays small. Pages ask for the report instead.
 */
const announced = (written: StoredRecord[]) => written.filter((r) => r.type !== 'relationChunk');

export function createRelationsService({ store, now, newId, lang, resolveColumns }: RelationsServiceDeps): RelationsService {
  const msg = relationMessages(lang);

  async function write<T>(plan: (view: StoreView) => { changes: readonly Change[]; value: T }): Promise<WriteOutcome<T>> {
    const outcome = await store.update(plan);
    return { value: outcome.value, written: announced(outcome.written) };
  }

  /** Tombstones for a set and its chunks, emptied: a dropped set keeps no buyer data. */
  function dropSet(set: RelationSetRecord): Change[] {
    const empty = encodeChunk([]);
    return [
      { put: { ...set, chunkIds: [], count: 0, deleted: true } },
      ...set.chunkIds.map((id) => ({ put: { id, type: 'relationChunk', scope: 'local' as const, setId: set.setId, ...empty, deleted: true } })),
    ];
  }

  function openSet(view: StoreView, setId: string): RelationSetRecord {
    const set = asSet(view.get(setRecordId(setId)));
    if (!set) throw new UserFacingError('not-found', msg.setNotFound(setId));
    if (set.finishedAt !== null) throw new UserFacingError('conflict', msg.setFinished(setId));
    return set;
  }

  function saveAccounts(accounts: readonly Account[]): Change {
    const firstAt = new Map<string, number>();
    const problems: string[] = [];
    accounts.forEach((a, i) => {
      const first = firstAt.get(a.id);
      if (first !== undefined) problems.push(msg.duplicateAccount(a.id, first + 1, i + 1));
      else firstAt.set(a.id, i);
    });
    if (problems.length > 0) throw new UserFacingError('invalid-data', msg.duplicateAccounts(), problems.slice(0, 20));
    if (accounts.length > MAX_ROSTER) throw new UserFacingError('invalid-data', msg.tooManyAccounts(MAX_ROSTER));
    return { put: { id: ROSTER_RECORD_ID, type: 'relationRoster', scope: 'local', accounts: [...accounts] } };
  }

  /** A set's relations in reading order, each buyer once (a later page or part wins: it is fresher). */
  function relationsOf(view: StoreView, set: RelationSetRecord): Relation[] {
    const all: Relation[] = [];
    for (const id of set.chunkIds) {
      const chunk = view.get(id) as unknown as RelationChunkRecord | undefined;
      if (!chunk || chunk.deleted) throw new UserFacingError('invalid-data', msg.brokenSet(set.setId));
      decodeChunk(chunk, all);
    }
    const seen = new Set<string>();
    for (const r of all) seen.add(r.buyerId);
    if (seen.size === all.length) return all;
    seen.clear();
    const kept: Relation[] = [];
    for (let i = all.length - 1; i >= 0; i--) {
      if (seen.has(all[i]!.buyerId)) continue;
      seen.add(all[i]!.buyerId);
      kept.push(all[i]!);
    }
    return kept.reverse();
  }

  /** Reads with the store's view (no write), so a report sees one consistent state. */
  const read = async <T>(plan: (view: StoreView) => T): Promise<T> => (await store.update((view) => ({ changes: [], value: plan(view) }))).value;

  return {
    getRoster: () => read((view) => rosterOf(view)),

    saveRoster(accounts, mode) {
      return write((view) => {
        let next = [...accounts];
        if (mode === 'merge') {
          const incoming = new Map(accounts.map((a) => [a.id, a]));
          const kept = rosterOf(view).map((a) => incoming.get(a.id) ?? a);
          const known = new Set(kept.map((a) => a.id));
          // An account twice in the input: left as given, so that the check below names it.
          next = incoming.size === accounts.length ? [...kept, ...accounts.filter((a) => !known.has(a.id))] : [...accounts];
        }
        return { changes: [saveAccounts(next)], value: { count: next.length } };
      });
    },

    saveAccount(account) {
      return write((view) => {
        const roster = rosterOf(view);
        const at = roster.findIndex((a) => a.id === account.id);
        const next = at >= 0 ? roster.map((a, i) => (i === at ? account : a)) : [...roster, account];
        return { changes: [saveAccounts(next)], value: { account, count: next.length } };
      });
    },

    deleteAccount(id) {
      return write((view) => {
        const roster = rosterOf(view);
        if (!roster.some((a) => a.id === id)) throw new UserFacingError('not-found', msg.accountNotFound(id));
        const next = roster.filter((a) => a.id !== id);
        return { changes: [saveAccounts(next)], value: { count: next.length } };
      });
    },

    beginRelationSet(source, label) {
      return write((view) => {
        const setId = newId('rset');
        const dropped = sets(view).filter((s) => s.source === source && s.finishedAt === null).flatMap(dropSet);
        const set = { id: setRecordId(setId), type: 'relationSet', scope: 'local' as const, setId, source, label, startedAt: now(), finishedAt: null, count: 0, pagesDone: 0, chunkIds: [] };
        return { changes: [...dropped, { put: set }], value: { setId } };
      });
    },

    addRelations(setId, relations, cursor) {
      return write((view) => {
        const set = openSet(view, setId);
        if (set.count + relations.length > MAX_SET_RELATIONS) throw new UserFacingError('invalid-data', msg.tooManyRelations(MAX_SET_RELATIONS));
        const chunkIds = [...set.chunkIds];
        // Fill the last chunk up before starting a new one (a scan sends a page of rows at a time).
        const lastId = chunkIds.at(-1);
        const last = lastId === undefined ? undefined : (view.get(lastId) as unknown as RelationChunkRecord | undefined);
        let pending: Relation[] = [...relations];
        let seq = chunkIds.length;
        const changes: Change[] = [];
        if (last && !last.deleted && last.count < CHUNK_SIZE && pending.length > 0) {
          const room = CHUNK_SIZE - last.count;
          const merged = decodeChunk(last, []).concat(pending.slice(0, room));
          pending = pending.slice(room);
          changes.push({ put: { id: last.id, type: 'relationChunk', scope: 'local', setId, ...encodeChunk(merged) } });
        }
        for (let i = 0; i < pending.length; i += CHUNK_SIZE) {
          const id = chunkRecordId(setId, seq++);
          chunkIds.push(id);
          changes.push({ put: { id, type: 'relationChunk', scope: 'local', setId, ...encodeChunk(pending.slice(i, i + CHUNK_SIZE)) } });
        }
        const count = set.count + relations.length;
        const pagesDone = cursor ? cursor.pagesDone : set.pagesDone;
        changes.push({ put: { ...set, count, pagesDone, chunkIds } });
        return { changes, value: { count } };
      });
    },

    finishRelationSet(setId) {
      return write((view) => {
        const set = openSet(view, setId);
        const total = relationsOf(view, set).length;
        const older = sets(view).filter((s) => s.setId !== setId && s.finishedAt !== null);
        return { changes: [...older.flatMap(dropSet), { put: { ...set, finishedAt: Math.max(now(), set.startedAt) } }], value: { total } };
      });
    },

    getOpenRelationSet: (source) =>
      read((view) => {
        const open = sets(view)
          .filter((s) => s.source === source && s.finishedAt === null)
          .sort((a, b) => b.startedAt - a.startedAt)[0];
        return open ? { setId: open.setId, count: open.count, pagesDone: open.pagesDone } : null;
      }),

    getRelationReport: (options = {}) =>
      read((view) => {
        const set = currentSet(view);
        if (!set) return null;
        const relations = relationsOf(view, set);
        const roster = rosterOf(view);
        const classifier = createClassifier(roster);
        const summary = summarizeRelations(relations, roster, classifier);
        const offset = Math.max(0, options.offset ?? 0);
        const limit = options.limit ?? Number.POSITIVE_INFINITY;
        const rows: RelationReportRow[] = [];
        let matched = 0;
        for (const r of relations) {
          const reasons = classifier.classify(r);
          if (options.abnormalOnly && reasons.length === 0) continue;
          const at = matched++;
          if (at < offset || rows.length >= limit) continue;
          const row: RelationReportRow = { buyerId: r.buyerId, accountId: r.accountId, reasons };
          if (r.buyerName !== undefined) row.buyerName = r.buyerName;
          const account = classifier.account(r.accountId);
          if (account) row.rosterId = account.id;
          if (r.boundAt !== undefined) row.boundAt = r.boundAt;
          rows.push(row);
        }
        return { setId: set.setId, source: set.source, label: set.label, startedAt: set.startedAt, finishedAt: set.finishedAt!, total: relations.length, summary, matched, rows };
      }),

    currentRelations: () =>
      read((view) => {
        const set = currentSet(view);
        return set ? { setId: set.setId, finishedAt: set.finishedAt!, relations: relationsOf(view, set) } : null;
      }),

    getTableMapping: (table, headers) =>
      read((view) => {
        const record = view.get(mappingRecordId(table));
        const saved = record && !record.deleted ? (record.mapping as ColumnMapping) : null;
        const found = resolveColumns(table, headers, saved ?? {});
        return { saved, mapping: found.mapping, missing: found.missing };
      }),

    saveTableMapping(table, mapping) {
      return write(() => ({ changes: [{ put: { id: mappingRecordId(table), type: 'tableMapping', scope: 'local', table, mapping } }], value: { mapping } }));
    },

    deleteRelationData() {
      return write((view) => {
        const all = sets(view);
        const roster = view.get(ROSTER_RECORD_ID);
        const accounts = rosterOf(view).length;
        const changes: Change[] = all.flatMap(dropSet);
        if (roster && !roster.deleted) changes.push({ put: { id: ROSTER_RECORD_ID, type: 'relationRoster', scope: 'local', accounts: [], deleted: true } });
        return { changes, value: { sets: all.length, accounts } };
      });
    },
  };
}
