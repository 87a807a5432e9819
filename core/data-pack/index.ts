export { BACKUP_FORMAT, backupFileName, createDataPack, readBackup, type BackupFile, type DataPack, type DataPackDeps } from './data-pack';
