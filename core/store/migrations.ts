import { say, type Lang } from '../i18n';
import { UserFacingError } from '../errors';

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

/**
 * Joins the steps each area declares into one step per version: an area reshapes only its own
 * records, so the parts of one version run one after another, in the order the areas are listed.
 * To change the shape of stored data: bump SCHEMA_VERSION in `record.ts`, add `{ from: N, to: N + 1,
 * migrate }` to the area's declaration and a test that migrates data of version N (DESIGN rule 7).
 */
export function joinMigrations(steps: readonly Migration[]): Migration[] {
  const byVersion = new Map<number, Migration[]>();
  for (const step of steps) byVersion.set(step.from, [...(byVersion.get(step.from) ?? []), step]);
  return [...byVersion.entries()]
    .sort(([a], [b]) => a - b)
    .map(([from, parts]) => ({
      from,
      to: parts.some((p) => p.to !== from + 1) ? -1 : from + 1, // a step that skips a version is refused when run
      migrate: (records) => parts.reduce((current, part) => part.migrate(current), records),
    }));
}

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
