import { z } from 'zod';
import { idSchema, recordMetaSchema, type StoredRecord } from '../store';

/** How many library snapshots are kept; taking one more drops the oldest. */
export const SNAPSHOT_KEEP = 10;
export const SNAPSHOT_ID_PREFIX = 'local:snapshot:';
export const SNAPSHOT_REASONS = ['import', 'bulk-delete', 'manual', 'restore'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];
export const SNAPSHOT_LABEL_MAX = 120;

export const snapshotLabelSchema = z.string().trim().max(SNAPSHOT_LABEL_MAX);

/**
 * The library (every live phrase and group) at one moment, on this machine only.
 * The held records are kept as one JSON string: every service-worker wake loads every snapshot,
 * and one string loads and validates far faster than ten thousand objects. A restore parses it
 * and writes the records through the store, which checks each one fully.
 */
export const librarySnapshotRecordSchema = recordMetaSchema.extend({
  type: z.literal('librarySnapshot'),
  scope: z.literal('local'),
  reason: z.enum(SNAPSHOT_REASONS),
  label: snapshotLabelSchema,
  payload: z.string(),
  phraseCount: z.number().int().nonnegative(),
  groupCount: z.number().int().nonnegative(),
  /** Records of other types a `touched` snapshot holds (settings, usage…); absent = none. */
  otherCount: z.number().int().nonnegative().optional(),
});
export type LibrarySnapshotRecord = z.infer<typeof librarySnapshotRecordSchema>;

const heldRecordSchema = z.looseObject({ id: idSchema, type: z.enum(['phrase', 'phraseGroup']) });
export type HeldRecord = z.infer<typeof heldRecordSchema>;

/** The snapshot's payload from its held records (phrases and groups). */
export function snapshotPayload(records: readonly { type: string }[]): { payload: string; phraseCount: number; groupCount: number } {
  const phraseCount = records.filter((r) => r.type === 'phrase').length;
  return { payload: JSON.stringify(records), phraseCount, groupCount: records.length - phraseCount };
}

/** The held records; anything in the payload that is not a phrase or a group is left out. */
export function readSnapshotPayload(snapshot: Pick<LibrarySnapshotRecord, 'payload'>): HeldRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(snapshot.payload);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((r) => {
    const held = heldRecordSchema.safeParse(r);
    return held.success ? [held.data] : [];
  });
}

/**
 * A snapshot of just the records one change overwrites (a full-backup import touches every record
 * type): each as it was (tombstones too), and the ids that did not exist yet. Restoring it puts
 * those records back exactly and removes the ones the change added; nothing else is touched.
 */
export interface TouchedPayload {
  touched: StoredRecord[];
  absent: string[];
}

const touchedPayloadSchema = z.object({
  touched: z.array(z.looseObject({ id: idSchema, type: z.string().min(1).max(40) })),
  absent: z.array(idSchema),
});

/** The payload of a touched snapshot, with its counts, from the records a change will write. */
export function touchedSnapshotPayload(
  ids: readonly string[],
  get: (id: string) => StoredRecord | undefined,
): { payload: string; phraseCount: number; groupCount: number; otherCount: number } {
  const touched: StoredRecord[] = [];
  const absent: string[] = [];
  for (const id of new Set(ids)) {
    const record = get(id);
    if (record) touched.push(record);
    else absent.push(id);
  }
  const count = (type: string) => touched.filter((r) => r.type === type && !r.deleted).length;
  const phraseCount = count('phrase');
  const groupCount = count('phraseGroup');
  const payload: TouchedPayload = { touched, absent };
  return { payload: JSON.stringify(payload), phraseCount, groupCount, otherCount: touched.filter((r) => !r.deleted).length - phraseCount - groupCount };
}

/** The touched snapshot's contents, or undefined for a whole-library snapshot (an array payload). */
export function readTouchedPayload(snapshot: Pick<LibrarySnapshotRecord, 'payload'>): TouchedPayload | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(snapshot.payload);
  } catch {
    return undefined;
  }
  if (Array.isArray(parsed)) return undefined;
  const read = touchedPayloadSchema.safeParse(parsed);
  return read.success ? { touched: read.data.touched as StoredRecord[], absent: read.data.absent } : undefined;
}

/** One line of the snapshot list. */
export interface SnapshotSummary {
  id: string;
  createdAt: number;
  reason: SnapshotReason;
  label: string;
  phraseCount: number;
  groupCount: number;
  /** Other records a touched snapshot holds (settings, usage…). */
  otherCount?: number;
}
