import type { Lang } from '../i18n';
import { runMigrations, tooNewError, type Migration } from './migrations';

/**
 * Which schema version each stored row is at, read from the rows themselves. The meta record is
 * one row that can be lost or damaged; every record also carries the `schemaVersion` it was
 * written at, so the data says its own version. Nothing is ever assumed to be version 1.
 */
export interface VersionedRow {
  row: Record<string, unknown>;
  /** Undefined: neither its stamp, the meta record nor its shape says; the row is left untouched. */
  version: number | undefined;
  /** The version came from the meta record or the shape: the row gets it stamped when written back. */
  inferred: boolean;
}

export interface VersionEvidence {
  /** The meta record's version when that record is readable. */
  metaVersion: number | undefined;
  /** The version this code reads and writes. */
  current: number;
  /** Whether `row`, taken as version `version` and migrated to `current`, is a valid record. */
  fitsAt(row: Record<string, unknown>, version: number): boolean;
}

/** The row's own stamp when it is a plausible version (a whole number from 1). */
export function stampOf(row: Record<string, unknown>): number | undefined {
  const v = row.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined;
}

/**
 * Each row's version: its own stamp; else the meta record's; else the newest version whose
 * shape it fits (a row without a stamp from a store whose meta record is gone).
 */
export function versionRows(rows: ReadonlyArray<Record<string, unknown>>, evidence: VersionEvidence): VersionedRow[] {
  return rows.map((row) => {
    const stamped = stampOf(row);
    if (stamped !== undefined) return { row, version: stamped, inferred: false };
    const stamp = (version: number) => ({ row: { ...row, schemaVersion: version }, version, inferred: true });
    if (evidence.metaVersion !== undefined) return stamp(evidence.metaVersion);
    for (let v = evidence.current; v >= 1; v--) if (evidence.fitsAt(row, v)) return stamp(v);
    return { row, version: undefined, inferred: false };
  });
}

/** The newest version any evidence names: newer than the code means the data must not be touched. */
export function newestVersion(rows: readonly VersionedRow[], metaVersion: number | undefined): number | undefined {
  let newest = metaVersion;
  for (const { version } of rows) if (version !== undefined && (newest === undefined || version > newest)) newest = version;
  return newest;
}

/**
 * Brings every row to `to`, each from its own version: rows of one version go through a step
 * together, then join the rows of the next version. Rows of unknown version come back unchanged.
 * `migrated`: some row changed (a step ran, or a version was stamped) and is worth writing back.
 */
export function migrateRows(
  rows: readonly VersionedRow[],
  to: number,
  migrations: readonly Migration[],
  lang: Lang,
): { rows: Array<Record<string, unknown>>; migrated: boolean } {
  const newest = newestVersion(rows, undefined);
  if (newest !== undefined && newest > to) throw tooNewError(newest, to, lang);
  const unknown = rows.filter((r) => r.version === undefined).map((r) => r.row);
  const known = rows.filter((r): r is VersionedRow & { version: number } => r.version !== undefined);
  const oldest = Math.min(to, ...known.map((r) => r.version));
  let carried: Array<Record<string, unknown>> = [];
  for (let version = oldest; version < to; version++) {
    const batch = [...carried, ...known.filter((r) => r.version === version).map((r) => r.row)];
    carried = batch.length > 0 ? runMigrations(batch, version, version + 1, migrations, lang) : [];
  }
  const atCurrent = known.filter((r) => r.version === to).map((r) => r.row);
  return { rows: [...carried, ...atCurrent, ...unknown], migrated: oldest < to || known.some((r) => r.inferred) };
}
