export {
  SNAPSHOT_KEEP,
  SNAPSHOT_REASONS,
  librarySnapshotRecordSchema,
  type LibrarySnapshotRecord,
  type SnapshotReason,
  type SnapshotSummary,
  type TouchedPayload,
} from './model';
export {
  createSnapshotService,
  listSnapshots,
  newSnapshotId,
  snapshotLabels,
  takeSnapshot,
  takeTouchedSnapshot,
  withoutSnapshotContents,
  type SnapshotService,
  type SnapshotServiceDeps,
} from './snapshots';
export { snapshotsArea } from './area';
