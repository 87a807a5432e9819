/**
 * The table import of `core/table-import`, in the shapes the panels use: each table's fields with
 * their header names, header matching, page/file rows into relations or accounts (every problem a
 * sentence naming row and field), and a file into text cells (in the parse worker).
 */
import type { Lang } from '../../core/i18n';
import { toAccounts, toRelations, type ConvertOptions, type FieldRow, type TableProblem } from '../../core/table-import/convert';
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
  /** Each data row's row number in the file (1-based, as a spreadsheet shows it); data-row order when absent. */
  rowNumbers?: number[];
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

/** Where rows come from, for their problems, and what to do with bad ones. */
export interface RowSource {
  lang?: Lang;
  /** The number of the first row (rows numbered on from it)… */
  firstRow?: number;
  /** …or each row's own number (a file's rows as the file shows them, blank rows between them counted). */
  rowNumbers?: readonly number[];
  /** The scanned page: problems say "page 2, row 5". */
  page?: number;
  /** The file's header text per field: problems name the column as the file does. */
  labels?: Record<string, string>;
  /** Keep the good rows and skip the bad ones (the scan); otherwise any problem refuses all (a file). */
  keepGoodRows?: boolean;
}

export interface RowsRead<T> {
  read: T[];
  problems: RowProblem[];
  /** Rows left out for a problem (a row may have several problems). */
  skipped: number;
}

function fieldRows(rows: readonly ScannedRow[], source: RowSource): FieldRow[] {
  const first = source.firstRow ?? 1;
  return rows.map((cells, i) => ({ rowNumber: source.rowNumbers?.[i] ?? first + i, cells }));
}

function convertOptions(source: RowSource): ConvertOptions {
  return {
    lang: source.lang ?? 'zh',
    ...(source.labels ? { labels: source.labels } : {}),
    ...(source.keepGoodRows ? { keepGoodRows: true } : {}),
    ...(source.page === undefined ? {} : { page: source.page }),
  };
}

/** How many rows the problems name (each row counted once). */
const rowsNamed = (problems: readonly RowProblem[]) => new Set(problems.map((p) => p.row ?? Number.NaN)).size;

/**
 * Page or file rows → relations. The bound account stays as the table wrote it: the relations area
 * matches it to the roster (ids, names, `店铺:小王`).
 */
export function rowsToRelations(rows: readonly ScannedRow[], source: RowSource = {}): RowsRead<Relation> {
  const converted = toRelations(fieldRows(rows, source), convertOptions(source));
  return { read: converted.rows, problems: converted.errors, skipped: rowsNamed(converted.errors) };
}

/** Staff rows → accounts. */
export function rowsToAccounts(rows: readonly ScannedRow[], source: RowSource = {}): RowsRead<Account> {
  const converted = toAccounts(fieldRows(rows, source), convertOptions(source));
  return { read: converted.rows, problems: converted.errors, skipped: rowsNamed(converted.errors) };
}
