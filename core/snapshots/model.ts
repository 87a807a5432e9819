import { z } from 'zod';
import { idSchema, recordMetaSchema } from '../store';

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

/** One line of the snapshot list. */
export interface SnapshotSummary {
  id: string;
  createdAt: number;
  reason: SnapshotReason;
  label: string;
  phraseCount: number;
  groupCount: number;
}
