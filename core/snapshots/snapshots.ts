import { say, type Lang } from '../i18n';
import { UserFacingError, asInput, parseInput, type Change, type RecordStore, type StoredRecord, type StoreView, type WriteOutcome } from '../store';
import {
  SNAPSHOT_ID_PREFIX,
  SNAPSHOT_KEEP,
  readSnapshotPayload,
  readTouchedPayload,
  snapshotLabelSchema,
  snapshotPayload,
  type LibrarySnapshotRecord,
  type SnapshotReason,
  type SnapshotSummary,
  type TouchedPayload,
  touchedSnapshotPayload,
} from './model';

const LIBRARY_TYPES = ['phrase', 'phraseGroup'] as const;

/** `local:snapshot:<ulid>` from an id maker (`newId('snap')` → `snap_<ulid>`). */
export function newSnapshotId(newId: (prefix: string) => string): string {
  return SNAPSHOT_ID_PREFIX + newId('snap').replace(/^snap_/, '');
}

function liveSnapshots(view: StoreView): LibrarySnapshotRecord[] {
  return (view.list('librarySnapshot') as LibrarySnapshotRecord[]).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * The changes that take a snapshot of the library as `view` sees it, inside the caller's write
 * (so "snapshot, then change" is one transaction), and drop the oldest beyond `SNAPSHOT_KEEP`.
 * `keep` is never dropped (the snapshot a restore reads from).
 */
export function takeSnapshot(view: StoreView, snapshot: { id: string; reason: SnapshotReason; label: string }, keep?: string): Change[] {
  const records = LIBRARY_TYPES.flatMap((type) => view.list(type));
  return withRoom(view, { ...snapshot, ...snapshotPayload(records) }, keep);
}

/**
 * Like `takeSnapshot`, but of exactly the records with these ids (any type, tombstones too) and
 * of which ids do not exist yet: what a change about to write `ids` overwrites (see `TouchedPayload`).
 */
export function takeTouchedSnapshot(
  view: StoreView,
  snapshot: { id: string; reason: SnapshotReason; label: string },
  ids: readonly string[],
  keep?: string,
): Change[] {
  return withRoom(view, { ...snapshot, ...touchedSnapshotPayload(ids, (id) => view.get(id)) }, keep);
}

/** The snapshot's put, then the oldest snapshots dropped beyond `SNAPSHOT_KEEP` (never `keep`). */
function withRoom(view: StoreView, snapshot: { id: string; reason: SnapshotReason; label: string } & Record<string, unknown>, keep?: string): Change[] {
  const put: Change = { put: { ...snapshot, type: 'librarySnapshot', scope: 'local', label: snapshot.label.slice(0, 120) } };
  const older = liveSnapshots(view).filter((s) => s.id !== keep);
  const room = SNAPSHOT_KEEP - 1 - (keep && view.get(keep) ? 1 : 0);
  // A dropped snapshot becomes a tombstone without its records, so it costs no space.
  const drops: Change[] = older.slice(Math.max(0, room)).map((s) => {
    const { otherCount: _held, ...rest } = asInput(s);
    return { put: { ...rest, ...snapshotPayload([]), deleted: true } };
  });
  return [put, ...drops];
}

export function listSnapshots(view: StoreView): SnapshotSummary[] {
  return liveSnapshots(view).map((s) => ({
    id: s.id,
    createdAt: s.createdAt,
    reason: s.reason,
    label: s.label,
    phraseCount: s.phraseCount,
    groupCount: s.groupCount,
    ...(s.otherCount ? { otherCount: s.otherCount } : {}),
  }));
}

/** Same fields apart from the bookkeeping: writing it again would change nothing. */
function sameContent(a: StoredRecord, b: StoredRecord): boolean {
  const canonical = (r: StoredRecord) => {
    const { createdAt: _c, deleted: _d, ...rest } = asInput(r);
    return JSON.stringify(Object.keys(rest).sort().map((k) => [k, rest[k]]));
  };
  return canonical(a) === canonical(b);
}

/** Automatic snapshot labels, in the seller's words. */
export const snapshotLabels = {
  import: (lang: Lang, fileName: string) => say(lang, `导入 ${fileName} 之前`, `Before importing ${fileName}`),
  bulkDelete: (lang: Lang, count: number) => say(lang, `删除 ${count} 条话术之前`, `Before deleting ${count} phrase${count === 1 ? '' : 's'}`),
  restore: (lang: Lang) => say(lang, '恢复快照之前', 'Before restoring a snapshot'),
};

export interface SnapshotServiceDeps {
  store: RecordStore;
  newId: (prefix: string) => string;
  lang: Lang;
}

export interface SnapshotService {
  /** Newest first. */
  listSnapshots(): Promise<{ snapshots: SnapshotSummary[] }>;
  createSnapshot(label: string): Promise<WriteOutcome<{ id: string }>>;
  /**
   * Makes the library exactly what the snapshot held (added records become tombstones, deleted
   * ones come back), in one write, after a `restore` snapshot of the current state.
   */
  /**
   * Makes the library what the snapshot held. With `onlyIds`, only those records are put back as
   * they were (or removed, if the snapshot did not have them): an undo of one action then leaves
   * everything done since untouched.
   */
  restoreSnapshot(id: string, onlyIds?: readonly string[]): Promise<WriteOutcome<{ phrases: number; groups: number; snapshotId: string }>>;
}

export function createSnapshotService({ store, newId, lang }: SnapshotServiceDeps): SnapshotService {
  return {
    async listSnapshots() {
      return (await store.update((view) => ({ changes: [], value: { snapshots: listSnapshots(view) } }))).value;
    },

    async createSnapshot(label) {
      const text = parseInput(snapshotLabelSchema, label, { zh: '快照', en: 'snapshot' }, lang);
      return store.update((view) => {
        const id = newSnapshotId(newId);
        return { changes: takeSnapshot(view, { id, reason: 'manual', label: text }), value: { id } };
      });
    },

    restoreSnapshot(id, onlyIds) {
      return store.update((view) => {
        const snapshot = view.get(id);
        if (!snapshot || snapshot.type !== 'librarySnapshot' || snapshot.deleted) {
          throw new UserFacingError(
            'not-found',
            say(lang, `找不到这个快照（${id}），可能已被清理。请刷新快照列表后重试。`, `This snapshot (${id}) was not found; it may have been cleaned up. Refresh the list and try again.`),
          );
        }
        const inScope = onlyIds ? ((ids: Set<string>) => (r: { id: string }) => ids.has(r.id))(new Set(onlyIds)) : () => true;
        const snapshotId = newSnapshotId(newId);
        const touched = readTouchedPayload(snapshot as LibrarySnapshotRecord);
        if (touched) return { changes: undoTouched(view, touched, inScope, { id: snapshotId, keep: id, lang }), value: touchedCounts(touched, inScope, snapshotId) };
        const held = (readSnapshotPayload(snapshot as LibrarySnapshotRecord) as unknown as StoredRecord[]).filter(inScope);
        const heldIds = new Set(held.map((r) => r.id));
        const changes: Change[] = takeSnapshot(view, { id: snapshotId, reason: 'restore', label: snapshotLabels.restore(lang) }, id);
        for (const type of LIBRARY_TYPES) {
          for (const record of view.list(type)) if (inScope(record) && !heldIds.has(record.id)) changes.push({ delete: record.id });
        }
        for (const record of held) {
          const current = view.get(record.id);
          if (current && !current.deleted && sameContent(current, record)) continue;
          const { deleted: _d, ...input } = asInput(record);
          changes.push({ put: input });
        }
        const phrases = held.filter((r) => r.type === 'phrase').length;
        return { changes, value: { phrases, groups: held.length - phrases, snapshotId } };
      }, STRICT);
    },
  };
}

/** A restore is on disk before the seller is told it is done (issue 12). */
const STRICT = { durability: 'strict' } as const;

/**
 * The changes that undo a touched snapshot: each held record put back exactly as it was, each id
 * it did not have removed again, after a touched snapshot of the same ids (so the undo is undoable).
 */
function undoTouched(
  view: StoreView,
  touched: TouchedPayload,
  inScope: (r: { id: string }) => boolean,
  snapshot: { id: string; keep: string; lang: Lang },
): Change[] {
  const held = touched.touched.filter(inScope);
  const absent = touched.absent.filter((id) => inScope({ id }));
  const label = snapshotLabels.restore(snapshot.lang);
  const changes = takeTouchedSnapshot(view, { id: snapshot.id, reason: 'restore', label }, [...held.map((r) => r.id), ...absent], snapshot.keep);
  for (const record of held) {
    const current = view.get(record.id);
    if (current && JSON.stringify(current) === JSON.stringify(record)) continue;
    changes.push({ restore: record });
  }
  for (const id of absent) {
    const current = view.get(id);
    if (current && !current.deleted) changes.push({ delete: id });
  }
  return changes;
}

function touchedCounts(touched: TouchedPayload, inScope: (r: { id: string }) => boolean, snapshotId: string) {
  const live = touched.touched.filter((r) => inScope(r) && !r.deleted);
  return { phrases: live.filter((r) => r.type === 'phrase').length, groups: live.filter((r) => r.type === 'phraseGroup').length, snapshotId };
}

/** What a broadcast needs to say about a snapshot record: that it changed, not the whole library it holds. */
export function withoutSnapshotContents(records: readonly StoredRecord[]): StoredRecord[] {
  return records.map((r) => (r.type === 'librarySnapshot' ? { ...r, payload: '[]' } : r));
}
