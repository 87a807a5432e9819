export {
  BACKUP_FORMAT,
  LIBRARY_FORMAT,
  backupFileName,
  createDataPack,
  readBackup,
  type BackupFile,
  type DataPack,
  type DataPackDeps,
  type ImportChoices,
  type LibraryPackFile,
} from './data-pack';
export { dataPackArea } from './area';
export { BACKUP_FILE_MAX_BYTES, BACKUP_JSON_MAX_DEPTH, readBackupBlob } from './backup-file';
export { planBackupImport, recordOutcome, type BackupPreview, type NewerHere, type RecordOutcome, type TypeCounts } from './backup-plan';
