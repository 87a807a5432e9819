/**
 * The table import of `core/table-import`, in the shapes the panels use: each table's fields with
 * their header names, header matching, page/file rows into relations or accounts (every problem a
 * sentence naming row and field), and a file into text cells (in the parse worker).
 */
import type { Lang } from '../../core/i18n';
import { scannedRows, toAccounts, toRelations, type TableProblem } from '../../core/table-import/convert';
import { HEADER_SYNONYMS, REQUIRED_FIELDS, TABLE_FIELDS as CORE_FIELDS } from '../../core/table-import/fields';
import { resolveColumns } from '../../core/table-import/mapping';
import type { Account, Relation } from './relations-api';
import type { BackOfficeTable, ScannedRow } from '../sidebar/host';

export interface TableField {
  field: string;
  required: boolean;
  /** Header texts this field is known by (first is the name shown in the mapping). */
  headers: readonly string[];
}

/** A row that could not be read: a sentence that names its row and field. */
export type RowProblem = TableProblem;

/** A file read into text cells: the header row and the data rows. */
export interface ParsedTable {
  headers: string[];
  rows: string[][];
}

const fieldsOf = (table: BackOfficeTable): TableField[] =>
  CORE_FIELDS[table].map((field) => ({
    field,
    required: (REQUIRED_FIELDS[table] as readonly string[]).includes(field),
    headers: (HEADER_SYNONYMS[table] as Record<string, { primary: readonly string[] }>)[field]!.primary,
  }));

export const TABLE_FIELDS: Record<BackOfficeTable, readonly TableField[]> = { relations: fieldsOf('relations'), staff: fieldsOf('staff') };

/** Which header each field is read from; `missing` lists required fields no header matched. */
export function matchHeaders(table: BackOfficeTable, headers: readonly string[]): { mapping: Record<string, string>; missing: string[] } {
  const found = resolveColumns(table, headers);
  return { mapping: found.mapping as Record<string, string>, missing: [...found.missing] };
}

/** File rows (cells in header order) → rows keyed by field, through the mapping. */
export function rowsByField(table: ParsedTable, mapping: Record<string, string>): ScannedRow[] {
  const at = Object.entries(mapping).map(([field, header]) => [field, table.headers.indexOf(header)] as const);
  return table.rows.map((cells) => Object.fromEntries(at.filter(([, i]) => i >= 0).map(([field, i]) => [field, cells[i] ?? ''])));
}

/**
 * Page or file rows → relations; `firstRow` numbers the problems. The bound account stays as the
 * table wrote it: the relations area matches it to the roster (ids, names, `店铺:小王`).
 */
export function rowsToRelations(rows: readonly ScannedRow[], _roster: readonly Account[], firstRow = 1, lang: Lang = 'zh'): { relations: Relation[]; problems: RowProblem[] } {
  const read = toRelations(scannedRows(rows, firstRow), { lang });
  return { relations: read.rows, problems: read.errors };
}

/** Staff rows → accounts. */
export function rowsToAccounts(rows: readonly ScannedRow[], firstRow = 1, lang: Lang = 'zh'): { accounts: Account[]; problems: RowProblem[] } {
  const read = toAccounts(scannedRows(rows, firstRow), { lang });
  return { accounts: read.rows, problems: read.errors };
}

