import { say, type Lang } from '../i18n';
import type { ImportRow } from '../phrase-files';
import { newSnapshotId, snapshotLabels, takeSnapshot } from '../snapshots';
import { UserFacingError, capDetails, type RecordStore, type WriteOutcome } from '../store';
import { IMPORT_ROWS_MAX, planImport, previewRows, type ImportPreview } from './import-plan';

/** An import is on disk before the seller is told it is done (issue 12). */
const STRICT = { durability: 'strict' } as const;

/** What an import wrote: `ids` lets an undo put back exactly those records and nothing else. */
export interface ImportApplied {
  written: number;
  groupsCreated: number;
  snapshotId: string | null;
  ids: string[];
}

export interface PhraseImportDeps {
  store: RecordStore;
  newId: (prefix: string) => string;
  lang: Lang;
}

export interface PhraseImport {
  /** What importing these rows would do, row by row. Writes nothing. */
  previewImport(rows: readonly ImportRow[], fileName: string): Promise<ImportPreview>;
  /**
   * Checks every row again against the library as it is now; refuses the whole file when any row
   * is invalid (nothing written); otherwise takes a snapshot and writes everything in one write.
   * `snapshotId` is `null` when there was nothing to write (every row a duplicate).
   */
  applyImport(rows: readonly ImportRow[], fileName: string): Promise<WriteOutcome<ImportApplied>>;
}

/** Importing phrase files (CSV, XLSX, JSON rows): preview, then validate all and write all. */
export function createPhraseImport({ store, newId, lang }: PhraseImportDeps): PhraseImport {
  function checkSize(rows: readonly ImportRow[]): void {
    if (rows.length > IMPORT_ROWS_MAX) {
      throw new UserFacingError(
        'invalid-data',
        say(
          lang,
          `导入失败：文件有 ${rows.length} 行，一次最多导入 ${IMPORT_ROWS_MAX} 行，没有导入任何内容。请把文件分成几份再导入。`,
          `Import failed: the file has ${rows.length} rows and at most ${IMPORT_ROWS_MAX} can be imported at once; nothing was imported. Split the file and import the parts.`,
        ),
      );
    }
  }

  return {
    async previewImport(rows) {
      checkSize(rows);
      // Inside the write queue, so the preview sees the library after any write still running.
      return (await store.update((view) => ({ changes: [], value: previewRows(rows, view, lang) }))).value;
    },

    async applyImport(rows, fileName) {
      checkSize(rows);
      return store.update<ImportApplied>((view) => {
        const plan = planImport(rows, view, lang, newId);
        if (plan.problems.length > 0) {
          const bad = plan.preview.counts.invalid;
          throw new UserFacingError(
            'invalid-data',
            say(
              lang,
              `导入失败：文件里有 ${bad} 行有问题，没有导入任何内容。请改正后再导入。`,
              `Import failed: ${bad} row${bad === 1 ? ' has' : 's have'} problems; nothing was imported. Fix them and import again.`,
            ),
            capDetails(
              plan.problems.map((p) => p.message),
              lang,
            ),
          );
        }
        if (plan.changes.length === 0) return { changes: [], value: { written: 0, groupsCreated: 0, snapshotId: null, ids: [] } };
        const snapshotId = newSnapshotId(newId);
        const snapshot = takeSnapshot(view, { id: snapshotId, reason: 'import', label: snapshotLabels.import(lang, fileName) });
        const ids = plan.changes.flatMap((c) => ('put' in c ? [c.put.id] : 'delete' in c ? [c.delete] : [c.restore.id]));
        return { changes: [...snapshot, ...plan.changes], value: { written: plan.phrases, groupsCreated: plan.groups, snapshotId, ids } };
      }, STRICT);
    },
  };
}
