import { say, type Lang } from '../i18n';
import { newSnapshotId, snapshotLabels, takeTouchedSnapshot } from '../snapshots';
import { planBackupImport, type BackupPreview } from './backup-plan';
import {
  SCHEMA_VERSION,
  UserFacingError,
  capDetails,
  describeProblem,
  fieldName,
  runMigrations,
  schemaOf,
  tooNewError,
  type Migration,
  type RecordSchemas,
  type RecordStore,
  type StoredRecord,
  type StoreView,
  type WriteOutcome,
} from '../store';

/** The `format` of every file we write; a file without it is not ours. */
export const BACKUP_FORMAT = 'kefu-sidebar-backup';

/** One JSON file holding all of a seller's data (tombstones and the meta record left out). */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  records: StoredRecord[];
}

/** The `format` of a library pack: a shop's phrases and groups for other agents' machines. */
export const LIBRARY_FORMAT = 'kefu-sidebar-library';

/**
 * The library only (phrases and groups, ids kept so importing it again updates in place); never
 * records of this machine (`local:` ids: usage, snapshots, selector overrides).
 */
export interface LibraryPackFile {
  format: typeof LIBRARY_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  groups: StoredRecord[];
  phrases: StoredRecord[];
}

/** Record types a library pack may hold. */
const LIBRARY_TYPES = new Set(['phrase', 'phraseGroup']);
/** History, not data: left out of backups (each holds a whole copy of the library). */
const NOT_BACKED_UP = new Set(['librarySnapshot']);

export interface DataPackDeps {
  store: RecordStore;
  now: () => number;
  /** For the snapshot taken before each import. */
  newId: (prefix: string) => string;
  lang: Lang;
  /** What a file's records are checked against and migrated with: the areas' (`core/areas.ts`). */
  schemas: RecordSchemas;
  migrations: readonly Migration[];
  /** For tests of the migration path; `SCHEMA_VERSION` by default. */
  schemaVersion?: number;
}

export interface DataPack {
  /** Full backup of this machine's data (library snapshots left out). */
  exportAll(): Promise<{ json: string; fileName: string }>;
  /** Library pack: live phrases and groups; personal (`agent`) phrases only when asked for. */
  exportLibrary(options?: { includePersonal?: boolean }): Promise<{ json: string; fileName: string }>;
  /**
   * What importing this file would do, per record type (added / changed / removed / unchanged),
   * and which local records are newer than the file's. Writes nothing; refuses a bad file as
   * `importAll` does.
   */
  previewImport(json: string): Promise<BackupPreview>;
  /**
   * Takes a backup or a library pack (older versions migrated), validates every record, then
   * writes them in one durable transaction after a snapshot of every record it overwrites, or
   * nothing. A local record newer than the file's is kept unless its id is in `takeTheirs`.
   * `snapshotId` is null when nothing needed writing.
   */
  importAll(json: string, fileName?: string, options?: ImportChoices): Promise<WriteOutcome<{ written: number; kept: number; snapshotId: string | null }>>;
}

/** The seller's choices in the preview: local records newer than the file's to replace anyway. */
export interface ImportChoices {
  takeTheirs?: readonly string[];
}

/** `kefu-sidebar-2026-11-25.json`, dated in the seller's local time. */
export function backupFileName(time: number, kind = 'kefu-sidebar'): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${kind}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** Export and import of all data as one versioned JSON file (DESIGN rule 8: validate all, then write). */
export function createDataPack(deps: DataPackDeps): DataPack {
  const { store, now, newId, lang } = deps;
  const schemaVersion = deps.schemaVersion ?? SCHEMA_VERSION;
  const { migrations, schemas } = deps;

  return {
    async exportAll() {
      const time = now();
      const file: BackupFile = {
        format: BACKUP_FORMAT,
        schemaVersion,
        exportedAt: new Date(time).toISOString(),
        records: (await store.all()).filter((r) => !NOT_BACKED_UP.has(r.type)),
      };
      return { json: JSON.stringify(file, null, 2), fileName: backupFileName(time) };
    },

    async exportLibrary(options) {
      const time = now();
      const wanted = (r: StoredRecord) => options?.includePersonal || r.scope === 'shop';
      const file: LibraryPackFile = {
        format: LIBRARY_FORMAT,
        schemaVersion,
        exportedAt: new Date(time).toISOString(),
        groups: (await store.list('phraseGroup')).filter(wanted),
        phrases: (await store.list('phrase')).filter(wanted),
      };
      return { json: JSON.stringify(file, null, 2), fileName: backupFileName(time, 'kefu-sidebar-library') };
    },

    async previewImport(json) {
      const records = readBackup(json, { lang, schemaVersion, migrations, schemas });
      return (
        await store.update((view) => {
          const problems = checkReferences(records, view, lang);
          if (problems.length > 0) throw importFailed(problems, lang);
          return { changes: [], value: planBackupImport(records, view).preview };
        })
      ).value;
    },

    async importAll(json, fileName, options) {
      const records = readBackup(json, { lang, schemaVersion, migrations, schemas });
      const takeTheirs = new Set(options?.takeTheirs ?? []);
      return store.update<{ written: number; kept: number; snapshotId: string | null }>(
        (view) => {
          const problems = checkReferences(records, view, lang);
          if (problems.length > 0) throw importFailed(problems, lang);
          const { preview, changes } = planBackupImport(records, view, takeTheirs);
          const kept = preview.newerHere.filter((r) => !takeTheirs.has(r.id)).length;
          if (changes.length === 0) return { changes: [], value: { written: 0, kept, snapshotId: null } };
          // A snapshot of exactly what this import overwrites, whatever the type (settings,
          // usage, selector overrides…): restoring it undoes the import exactly.
          const snapshotId = newSnapshotId(newId);
          const label = snapshotLabels.import(lang, fileName ?? say(lang, '备份文件', 'a backup file'));
          const ids = changes.map((c) => ('put' in c ? c.put.id : 'restore' in c ? c.restore.id : c.delete));
          const snapshot = takeTouchedSnapshot(view, { id: snapshotId, reason: 'import', label }, ids);
          return { changes: [...snapshot, ...changes], value: { written: changes.length, kept, snapshotId } };
        },
        { durability: 'strict' },
      );
    },
  };
}

function importFailed(problems: readonly string[], lang: Lang): UserFacingError {
  return new UserFacingError(
    'invalid-data',
    say(
      lang,
      `导入失败：文件里有 ${problems.length} 处问题，没有导入任何内容。请改正后再导入。`,
      `Import failed: the file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported. Fix them and import again.`,
    ),
    capDetails(problems, lang),
  );
}

function fileError(lang: Lang, zh: string, en: string, details?: string[]): UserFacingError {
  return new UserFacingError('invalid-data', say(lang, zh, en), details);
}

/** `第 3 条记录（phrase “发货时间”）` / `Record 3 (phrase "…")`. */
function recordLabel(index: number, row: unknown, lang: Lang): string {
  const r = (typeof row === 'object' && row !== null ? row : {}) as { type?: unknown; title?: unknown; name?: unknown };
  const type = typeof r.type === 'string' ? r.type : '?';
  const nameValue = typeof r.title === 'string' ? r.title : typeof r.name === 'string' ? r.name : undefined;
  const name = nameValue === undefined ? '' : nameValue.trim().slice(0, 30);
  const n = index + 1;
  if (lang === 'zh') return name ? `第 ${n} 条记录（${type} “${name}”）` : `第 ${n} 条记录（${type}）`;
  return name ? `Record ${n} (${type} "${name}")` : `Record ${n} (${type})`;
}

function recordProblem(label: string, field: string, problem: string, lang: Lang): string {
  if (!field) return say(lang, `${label}：${problem}`, `${label}: ${problem}`);
  return say(lang, `${label}的字段 ${field}：${problem}`, `${label}, field ${field}: ${problem}`);
}

/**
 * Parses a backup file and returns its records migrated to `schemaVersion` and validated by type.
 * Throws one `UserFacingError` naming every problem (record number, type, name, field).
 */
export function readBackup(
  json: string,
  options: { lang: Lang; schemaVersion?: number; migrations: readonly Migration[]; schemas: RecordSchemas },
): StoredRecord[] {
  const { lang } = options;
  const schemaVersion = options.schemaVersion ?? SCHEMA_VERSION;
  const { schemas } = options;

  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch (error) {
    throw fileError(
      lang,
      '导入失败：这不是有效的 JSON 文件，没有导入任何内容。请选择客服侧边栏导出的 .json 文件。',
      'Import failed: this is not a valid JSON file; nothing was imported. Choose a .json file exported by Kefu Sidebar.',
      [error instanceof Error ? error.message.slice(0, 200) : String(error)],
    );
  }
  const header = (typeof file === 'object' && file !== null ? file : {}) as Partial<Record<keyof BackupFile | keyof LibraryPackFile, unknown>>;
  const isLibrary = header.format === LIBRARY_FORMAT;
  if (isLibrary && Array.isArray(header.groups) && Array.isArray(header.phrases)) {
    // A library pack is a backup whose records are its groups, then its phrases.
    header.records = [...(header.groups as unknown[]), ...(header.phrases as unknown[])];
  }
  if (header.format !== BACKUP_FORMAT && !isLibrary) {
    throw fileError(
      lang,
      '导入失败：这不是客服侧边栏的备份文件或话术库文件，没有导入任何内容。请选择由“导出全部数据”或“导出话术库”生成的文件。',
      'Import failed: this is not a Kefu Sidebar backup or library file; nothing was imported. Choose a file made by "Export all data" or "Export library".',
    );
  }
  const version = header.schemaVersion;
  if (isLibrary && version === undefined) {
    // A phrase list in our pack format but without stored records (e.g. written by hand or by the
    // file exporter): that is a phrase file, which the phrase import (preview, then apply) reads.
    throw fileError(
      lang,
      '导入失败：这个话术库文件没有版本信息，不能作为备份恢复，没有导入任何内容。请用“导入话术文件”导入它。',
      'Import failed: this library file has no version information and cannot be restored as a backup; nothing was imported. Import it with "Import phrase file".',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !Array.isArray(header.records)) {
    throw fileError(
      lang,
      '导入失败：备份文件不完整（缺少 schemaVersion 或 records），没有导入任何内容。',
      'Import failed: the backup file is incomplete (schemaVersion or records is missing); nothing was imported.',
    );
  }
  if (version > schemaVersion) throw tooNewError(version, schemaVersion, lang);

  const rows: unknown[] = header.records;
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      problems.push(recordProblem(recordLabel(i, row, lang), '', say(lang, '不是一条记录（应为对象）', 'is not a record (expected an object)'), lang));
    }
  });
  if (problems.length > 0) throw importFailed(problems, lang);

  const current =
    version < schemaVersion
      ? runMigrations(rows as Array<Record<string, unknown>>, version, schemaVersion, options.migrations, lang)
      : (rows as Array<Record<string, unknown>>);

  const valid: StoredRecord[] = [];
  const seen = new Map<string, number>();
  current.forEach((row, i) => {
    const label = recordLabel(i, row, lang);
    const type = row.type;
    const schema = schemaOf(schemas, type);
    if (!schema) {
      problems.push(recordProblem(label, 'type', say(lang, `未知的记录类型 ${String(type)}`, `unknown record type ${String(type)}`), lang));
      return;
    }
    if (isLibrary && (!LIBRARY_TYPES.has(String(type)) || row.scope === 'local')) {
      problems.push(recordProblem(label, 'type', say(lang, '话术库文件只能包含话术和分组', 'a library file holds phrases and groups only'), lang));
      return;
    }
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(recordProblem(label, fieldName(issue.path), describeProblem(issue, lang), lang));
      return;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push(recordProblem(label, 'id', say(lang, `与第 ${earlier + 1} 条记录重复`, `same as record ${earlier + 1}`), lang));
      return;
    }
    seen.set(parsed.data.id, i);
    valid.push(parsed.data);
  });
  if (problems.length > 0) throw importFailed(problems, lang);
  return valid;
}

/** A phrase (and a subgroup) must point at a group that will exist after the import (in the file or already stored). */
function checkReferences(records: readonly StoredRecord[], view: StoreView, lang: Lang): string[] {
  const problems: string[] = [];
  const fileGroups = new Map(records.filter((r) => r.type === 'phraseGroup').map((r) => [r.id, r]));
  records.forEach((record, i) => {
    if (record.deleted) return;
    const field = record.type === 'phrase' ? 'groupId' : record.type === 'phraseGroup' ? 'parentId' : undefined;
    const groupId = field && record[field];
    if (!field || typeof groupId !== 'string') return;
    const inFile = fileGroups.get(groupId);
    const stored = view.get(groupId);
    const exists = inFile ? !inFile.deleted : stored?.type === 'phraseGroup' && !stored.deleted;
    if (!exists) {
      problems.push(recordProblem(recordLabel(i, record, lang), field, say(lang, `分组 ${groupId} 不存在`, `group ${groupId} does not exist`), lang));
    }
  });
  return problems;
}
