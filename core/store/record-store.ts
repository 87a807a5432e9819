import { say, type Lang } from '../i18n';
import type { CommitOptions, StorageBackend } from './backend';
import { describeStorageFailure } from './storage-errors';
import { UserFacingError } from '../errors';
import { capDetails, describeIssue } from './issues';
import { runMigrations, tooNewError, type Migration } from './migrations';
import { migrateRows, newestVersion, versionRows } from './record-versions';
import { SCHEMA_VERSION, type RecordMeta } from './record';
import { META_ID, metaRecordSchema, schemaOf, type MetaRecord, type RecordSchemas, type StoredRecord } from './record-types';
import { createReceiptBook } from './write-receipts';

/** What a caller writes: the record's own fields; the store adds the bookkeeping. */
export interface RecordInput {
  id: string;
  type: string;
  scope: RecordMeta['scope'];
  /** Kept when given for a new record (an import keeps the original creation time). */
  createdAt?: number;
  /** `true` writes a tombstone (as an import of a deleted record does). */
  deleted?: boolean;
  [field: string]: unknown;
}

/** A stored record as a write input again: its fields without the bookkeeping the store stamps. */
export function asInput(record: StoredRecord): RecordInput {
  const { schemaVersion: _v, updatedAt: _u, updatedBy: _b, ...input } = record;
  return input;
}

/**
 * One change in a write: store a record (create or replace its fields), soft-delete one, or put
 * back a record as a snapshot held it (`restore`: every field kept, `createdAt` and tombstone
 * included; only `updatedAt`/`updatedBy` are stamped now, as `asOf: 'record'` (an import) keeps
 * the record's own when they are not older than the stored one: time never moves backwards).
 */
export type Change = { put: RecordInput } | { delete: string } | { restore: StoredRecord; asOf?: 'now' | 'record' };

/** Read access to the current records, as seen inside a write. */
export interface StoreView {
  /** The record with this id, tombstones included. */
  get(id: string): StoredRecord | undefined;
  /** Records of one type; tombstones only when asked for. */
  list(type: string, options?: { includeDeleted?: boolean }): StoredRecord[];
  /** Every data record (never the meta record); tombstones only when asked for. */
  all(options?: { includeDeleted?: boolean }): StoredRecord[];
}

export interface WriteOutcome<T> {
  value: T;
  /** The records this write stored, tombstones included: what to broadcast. */
  written: StoredRecord[];
}

export interface RecordStore {
  /** Loads (and if needed migrates) stored data; every other method waits for it. Safe to call again. */
  open(): Promise<void>;
  get(id: string): Promise<StoredRecord | undefined>;
  list(type: string, options?: { includeDeleted?: boolean }): Promise<StoredRecord[]>;
  all(options?: { includeDeleted?: boolean }): Promise<StoredRecord[]>;
  /** Validates, stamps and stores all changes in one transaction; returns the stored records. */
  write(changes: readonly Change[]): Promise<StoredRecord[]>;
  /**
   * Read-then-write without another write slipping in between: `plan` sees the current records
   * and returns the changes (and a value for the caller). Writes run one after another.
   */
  update<T>(plan: (view: StoreView) => { changes: readonly Change[]; value: T }, options?: UpdateOptions): Promise<WriteOutcome<T>>;
  /**
   * Runs `start` with an idempotency key: the updates it begins before returning (synchronously,
   * as a request handler calls its service) are keyed `key`, `key#1`, …  A keyed update that was
   * already applied writes nothing and gives its first value again, with the records it wrote as
   * they are now; a new one stores its receipt in the same transaction as its records.
   */
  keyed<T>(key: string, start: () => T): T;
  /** Stored rows that did not pass validation on load: kept in storage untouched, left out of memory. */
  skipped(): unknown[];
  /**
   * Loads again from storage, after writes the store did not make (team sync pulled changes into
   * the backend), in turn with the writes; answers the records that differ from what was in memory.
   */
  reload(): Promise<StoredRecord[]>;
}

export interface RecordStoreDeps {
  backend: StorageBackend;
  now: () => number;
  /** Who writes (`updatedBy`): this device or agent. */
  actor: string;
  lang?: Lang;
  /** The record types the areas declare (`RECORD_SCHEMAS` of `core/areas.ts`). */
  schemas: RecordSchemas;
  /** The areas' steps, joined (`MIGRATIONS` of `core/areas.ts`). */
  migrations: readonly Migration[];
  /** For tests of the migration mechanism; `SCHEMA_VERSION` by default. */
  schemaVersion?: number;
}

/** How a write is committed: imports and restores ask for `durability: 'strict'` (see `CommitOptions`). */
export type UpdateOptions = Pick<CommitOptions, 'durability'>;

/** The one module through which all stored data goes (DESIGN: single writer, all or nothing). */
export function createRecordStore(deps: RecordStoreDeps): RecordStore {
  const { backend, now, actor } = deps;
  const lang = deps.lang ?? 'zh';
  const schemaVersion = deps.schemaVersion ?? SCHEMA_VERSION;
  const { migrations, schemas } = deps;

  let records = new Map<string, StoredRecord>();
  let skippedRows: unknown[] = [];
  let opening: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const receipts = createReceiptBook();
  /** The key of the request whose updates are being started now, and how many it started. */
  let current: { key: string; count: number } | undefined;

  const view = (map: ReadonlyMap<string, StoredRecord>): StoreView => ({
    get: (id) => map.get(id),
    list: (type, options) => [...map.values()].filter((r) => r.type === type && (options?.includeDeleted || !r.deleted)),
    all: (options) => [...map.values()].filter((r) => options?.includeDeleted || !r.deleted),
  });

  function storageFailed(error: unknown, action: 'write' | 'read' = 'write'): UserFacingError {
    return describeStorageFailure(error, lang, action);
  }

  function metaRecord(createdAt: number): MetaRecord {
    const t = now();
    return { id: META_ID, type: 'meta', scope: 'local', schemaVersion, createdAt, updatedAt: t, updatedBy: actor };
  }

  async function load(): Promise<void> {
    let rows: unknown[];
    let receiptRows: unknown[];
    try {
      rows = await backend.loadAll();
      receiptRows = (await backend.loadReceipts?.()) ?? [];
    } catch (error) {
      throw storageFailed(error, 'read');
    }
    const meta = metaRecordSchema.safeParse(rows.find((r) => (r as { id?: unknown } | null)?.id === META_ID));
    const metaVersion = meta.success ? meta.data.schemaVersion : undefined;
    const data = rows.filter((r) => (r as { id?: unknown } | null)?.id !== META_ID);
    // Each row says its own version (its stamp, else the meta record, else its shape): a lost or
    // damaged meta record never makes current data look like version 1 (issue 12).
    const versioned = versionRows(data.filter(isObject), { metaVersion, current: schemaVersion, fitsAt });
    const newest = newestVersion(versioned, metaVersion);
    if (newest !== undefined && newest > schemaVersion) throw tooNewError(newest, schemaVersion, lang);
    const { rows: current, migrated } = migrateRows(versioned, schemaVersion, migrations, lang);

    const next = new Map<string, StoredRecord>();
    const skipped: unknown[] = data.filter((r) => !isObject(r));
    for (const row of current) {
      const parsed = parseRecord(row);
      if (parsed) next.set(parsed.id, parsed);
      else skipped.push(row);
    }
    if (migrated || metaVersion !== schemaVersion) {
      // The migrated data and the new version mark land together, or not at all.
      const puts = migrated ? [...next.values()] : [];
      try {
        await backend.commit([...puts, metaRecord(meta.success ? meta.data.createdAt : now())]);
      } catch (error) {
        throw storageFailed(error);
      }
    }
    records = next;
    skippedRows = skipped;
    receipts.load(receiptRows);
  }

  /** Whether a row without a version stamp, read as `version`, becomes valid records today. */
  function fitsAt(row: Record<string, unknown>, version: number): boolean {
    try {
      const migrated = runMigrations([{ ...row, schemaVersion: version }], version, schemaVersion, migrations, lang);
      return migrated.length > 0 && migrated.every((r) => parseRecord(r) !== undefined);
    } catch {
      return false;
    }
  }

  function parseRecord(row: unknown): StoredRecord | undefined {
    const type = (row as { type?: unknown } | null)?.type;
    const schema = schemaOf(schemas, type);
    const parsed = schema?.safeParse(row);
    return parsed?.success ? parsed.data : undefined;
  }

  function open(): Promise<void> {
    opening ??= load().catch((error: unknown) => {
      opening = undefined; // let the next call try again (storage may come back)
      throw error;
    });
    return opening;
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function label(input: { type?: unknown; title?: unknown; name?: unknown; id?: unknown }): string {
    const name = typeof input.title === 'string' ? input.title : typeof input.name === 'string' ? input.name : String(input.id);
    return `${String(input.type)} “${name}”`;
  }

  /** Turns changes into complete, validated records against `current`; throws with every problem. */
  function prepare(current: ReadonlyMap<string, StoredRecord>, changes: readonly Change[]): StoredRecord[] {
    const overlay = new Map<string, StoredRecord>();
    const problems: string[] = [];
    const t = now(); // one time for the whole write
    // Always move updatedAt forwards, even within one millisecond or with a clock set back: a save
    // based on the version before (`baseUpdatedAt`) must see that the record changed since, and a
    // late broadcast of the older version must not look as new as this one.
    const stamp = (existing: StoredRecord | undefined) => (existing ? Math.max(t, existing.updatedAt + 1) : t);
    for (const change of changes) {
      const id = 'put' in change ? change.put.id : 'restore' in change ? change.restore.id : change.delete;
      const existing = overlay.get(id) ?? current.get(id);
      if (id === META_ID) {
        problems.push(say(lang, `${id} 由存储自己管理，不能写入`, `${id} is managed by the store and cannot be written`));
        continue;
      }
      if ('restore' in change) {
        const held = change.restore;
        const schema = schemaOf(schemas, held.type);
        // Every field as held, but time moves forward: open views and sync take a change only
        // when it is newer than what they hold, so a restore is stamped now like any write.
        // An import (`asOf: 'record'`) keeps the record's own time and author unless that is older.
        const ownTime = change.asOf === 'record' && held.updatedAt >= (existing?.updatedAt ?? 0);
        const time = ownTime ? { updatedAt: held.updatedAt, updatedBy: held.updatedBy } : { updatedAt: Math.max(held.updatedAt, stamp(existing)), updatedBy: actor };
        const parsed = schema?.safeParse({ ...held, schemaVersion, ...time });
        if (!schema || !parsed?.success || (existing && existing.type !== held.type)) {
          problems.push(say(lang, `${label(held)}：快照里的记录无法放回`, `${label(held)}: the snapshot's record cannot be put back`));
          continue;
        }
        overlay.set(id, parsed.data);
        continue;
      }
      if ('delete' in change) {
        if (!existing) {
          throw new UserFacingError('not-found', say(lang, `要删除的记录不存在（${id}）。`, `The record to delete does not exist (${id}).`));
        }
        if (existing.deleted) continue; // deleting twice changes nothing
        overlay.set(id, { ...existing, deleted: true, schemaVersion, updatedAt: stamp(existing), updatedBy: actor });
        continue;
      }
      const input = change.put;
      if (existing && existing.type !== input.type) {
        problems.push(
          say(lang, `${label(input)}：编号 ${id} 已被 ${existing.type} 使用`, `${label(input)}: id ${id} is already used by a ${existing.type}`),
        );
        continue;
      }
      const schema = schemaOf(schemas, input.type);
      if (!schema) {
        problems.push(say(lang, `${label(input)}：未知的记录类型 ${input.type}`, `${label(input)}: unknown record type ${input.type}`));
        continue;
      }
      const { deleted, createdAt, ...fields } = input;
      const candidate: Record<string, unknown> = {
        ...fields,
        schemaVersion,
        createdAt: existing?.createdAt ?? createdAt ?? t,
        updatedAt: stamp(existing),
        updatedBy: actor,
      };
      if (deleted) candidate.deleted = true;
      const parsed = schema.safeParse(candidate);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${label(input)}：${describeIssue(issue, lang)}`);
        continue;
      }
      overlay.set(id, parsed.data);
    }
    if (problems.length > 0) {
      throw new UserFacingError(
        'invalid-data',
        say(lang, '数据不对，没有保存任何内容。', 'The data is not valid; nothing was saved.'),
        capDetails(problems, lang),
      );
    }
    return [...overlay.values()];
  }

  async function update<T>(plan: (view: StoreView) => { changes: readonly Change[]; value: T }, options?: UpdateOptions): Promise<WriteOutcome<T>> {
    const key = current && (current.count++ === 0 ? current.key : `${current.key}#${current.count - 1}`);
    return enqueue(async () => {
      await open();
      const done = key === undefined ? undefined : receipts.get(key);
      if (done) {
        // Applied before (the reply was lost): the same answer, nothing written again.
        const written = done.ids.flatMap((id) => (records.has(id) ? [structuredClone(records.get(id)!)] : []));
        return { value: structuredClone(done.value) as T, written };
      }
      const { changes, value } = plan(view(records));
      const puts = prepare(records, changes);
      if (puts.length > 0) {
        const receipt = key === undefined ? undefined : receipts.prepare({ key, at: now(), value, ids: puts.map((r) => r.id) });
        try {
          const commitOptions = receipt ? { ...options, receipt } : options;
          await (commitOptions ? backend.commit(puts, commitOptions) : backend.commit(puts));
        } catch (error) {
          throw storageFailed(error);
        }
        if (receipt) receipts.committed(receipt);
        // Memory changes only after storage said yes, and as a new map so a reader never sees half.
        const next = new Map(records);
        for (const record of puts) next.set(record.id, record);
        records = next;
      }
      return { value, written: puts.map((r) => structuredClone(r)) };
    });
  }

  return {
    open,
    async get(id) {
      await open();
      const record = records.get(id);
      return record && structuredClone(record);
    },
    async list(type, options) {
      await open();
      return view(records).list(type, options).map((r) => structuredClone(r));
    },
    async all(options) {
      await open();
      return view(records).all(options).map((r) => structuredClone(r));
    },
    async write(changes) {
      return (await update(() => ({ changes, value: undefined }))).written;
    },
    update,
    keyed(key, start) {
      const outer = current;
      current = { key, count: 0 };
      try {
        return start();
      } finally {
        current = outer;
      }
    },
    skipped: () => skippedRows.map((r) => structuredClone(r)),
    reload() {
      return enqueue(async () => {
        await open();
        const before = records;
        await load();
        return [...records.values()].filter((r) => !sameJson(before.get(r.id), r)).map((r) => structuredClone(r));
      });
    },
  };
}

/** Deep equality of JSON values, key order aside (a record read back from another store may order its fields differently). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) && !Array.isArray(a)) return false;
  if (!isObject(b) && !Array.isArray(b)) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => sameJson(a[k], b[k]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
