import { z } from 'zod';
import { idSchema, recordMetaSchema } from '../store/record';

/** How many library snapshots are kept; taking one more drops the oldest. */
export const SNAPSHOT_KEEP = 10;
export const SNAPSHOT_ID_PREFIX = 'local:snapshot:';
export const SNAPSHOT_REASONS = ['import', 'bulk-delete', 'manual', 'restore'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];
export const SNAPSHOT_LABEL_MAX = 120;

export const snapshotLabelSchema = z.string().trim().max(SNAPSHOT_LABEL_MAX);

/**
 * The library (every live phrase and group) at one moment, on this machine only.
 * The held records are checked loosely here (id and type) because they are loaded on every
 * service-worker wake; a restore writes them through the store, which checks each one fully.
 */
export const librarySnapshotRecordSchema = recordMetaSchema.extend({
  type: z.literal('librarySnapshot'),
  scope: z.literal('local'),
  reason: z.enum(SNAPSHOT_REASONS),
  label: snapshotLabelSchema,
  records: z.array(z.looseObject({ id: idSchema, type: z.enum(['phrase', 'phraseGroup']) })),
});
export type LibrarySnapshotRecord = z.infer<typeof librarySnapshotRecordSchema>;

/** One line of the snapshot list. */
export interface SnapshotSummary {
  id: string;
  createdAt: number;
  reason: SnapshotReason;
  label: string;
  phraseCount: number;
  groupCount: number;
}
