import { say, type Lang } from '../i18n';
import { STARTER_PHRASES } from '../phrases/starter-library';
import { UserFacingError } from './errors';
import { snapshotPayload } from '../snapshots/model';

/**
 * One step of reshaping stored data, from schema version `from` to `to` (= from + 1).
 * `migrate` gets every data record of version `from` (plain objects, never the meta record) and
 * returns them reshaped; `schemaVersion` on each is set to `to` afterwards, so a step only changes
 * what its version changed. It may drop records or add new ones; it must not throw on good data.
 */
export interface Migration {
  from: number;
  to: number;
  migrate(records: Array<Record<string, unknown>>): Array<Record<string, unknown>>;
}

const STARTER_BY_ID = new Map(STARTER_PHRASES.map((p) => [`phr_starter_${p.key}`, p]));

/**
 * The real list, oldest first. To change the shape of stored data: bump SCHEMA_VERSION in
 * `record.ts`, append `{ from: N, to: N + 1, migrate }` here and add a test that migrates data of
 * version N (DESIGN rule 7). A step that reshapes phrases or groups must reshape the copies held in
 * library snapshots too (their JSON `payload`), or those snapshots can no longer be restored.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    // v2: phrases gain `stage` and `tags` (starter phrases get the ones the starter library gives
    // them: nobody could set these in v1, so no edit is lost); groups gain `parentId` (nesting).
    from: 1,
    to: 2,
    migrate: (records) =>
      records.map((r) => {
        if (r.type === 'phrase') {
          const starter = typeof r.id === 'string' ? STARTER_BY_ID.get(r.id) : undefined;
          return { ...r, stage: r.stage ?? starter?.stage ?? null, tags: r.tags ?? (starter?.tags ? [...starter.tags] : []) };
        }
        if (r.type === 'phraseGroup') return { ...r, parentId: r.parentId ?? null };
        return r;
      }),
  },
  {
    // Library snapshots hold their records as one JSON string (loaded on every wake), with counts.
    from: 2,
    to: 3,
    migrate: (records) =>
      records.map((r) => {
        if (r.type !== 'librarySnapshot') return r;
        const { records: held, ...rest } = r;
        return { ...rest, ...snapshotPayload(Array.isArray(held) ? (held as { type: string }[]) : []) };
      }),
  },
];

/** Reshapes records from version `from` to version `to` by running each step in order. */
export function runMigrations(
  records: ReadonlyArray<Record<string, unknown>>,
  from: number,
  to: number,
  migrations: readonly Migration[],
  lang: Lang,
): Array<Record<string, unknown>> {
  let current = records.map((r) => ({ ...r }));
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step || step.to !== version + 1) {
      throw new UserFacingError(
        'internal',
        say(lang, `无法把数据从第 ${version} 版升级：缺少升级步骤。`, `Cannot upgrade data from version ${version}: a migration step is missing.`),
      );
    }
    current = step.migrate(current).map((r) => ({ ...r, schemaVersion: step.to }));
  }
  return current;
}

export function tooNewError(dataVersion: number, codeVersion: number, lang: Lang): UserFacingError {
  return new UserFacingError(
    'invalid-data',
    say(
      lang,
      `数据来自更新版本的客服侧边栏（数据第 ${dataVersion} 版，本扩展只认识到第 ${codeVersion} 版）。请先更新扩展；数据没有被改动。`,
      `This data comes from a newer Kefu Sidebar (data version ${dataVersion}, this extension knows up to ${codeVersion}). Update the extension first; nothing was changed.`,
    ),
  );
}
