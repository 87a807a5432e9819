import type { Lang } from '../i18n';
// Straight to the readers, not the phrase-files index: that brings the phrase model (zod, pinyin) into the parse worker and pages.
import { cleanCell } from '../phrase-files/cells';
import { readCsv } from '../phrase-files/csv';
import { decodeText } from '../phrase-files/decode-text';
import { SpreadsheetTooLarge, isSpreadsheetBytes, isSpreadsheetName, readSpreadsheet } from '../phrase-files/file-kind';
import type { FileLike } from '../phrase-files';
import type { Sheet } from '../phrase-files/spreadsheet';
import type { TableRow } from '../phrase-files/table';
import type { Account, Relation } from '../relations';
import { toAccounts, toRelations, type FieldRow, type TableProblem } from './convert';
import { REQUIRED_FIELDS, fieldLabel, type FieldOf, type TableField, type TableKind } from './fields';
import { resolveColumns, type ColumnMapping, type ResolvedColumns } from './mapping';
import { tableMessages, type TableMessages } from './messages';

/** Rows one file may hold (the back office exports tens of thousands of relations). */
export const TABLE_FILE_MAX_ROWS = 200_000;
export const TABLE_FILE_MAX_BYTES = 64 * 1024 * 1024;
/** What such an XLSX may unpack to: a 200,000-row export is ~100 MB of XML; a zip bomb is far more. */
export const TABLE_FILE_MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** The header may sit below a title line or two. */
const HEADER_SEARCH_ROWS = 10;

export type RowsOf<K extends TableKind> = K extends 'relations' ? Relation : Account;

export interface TableFileResult<K extends TableKind = TableKind> {
  table: K;
  format?: 'csv' | 'xlsx';
  /** CSV: the text encoding found (`utf-8`, `utf-8-bom`, `gbk`, …). */
  encoding?: string;
  /** Spreadsheet: the sheet read. */
  sheet?: string;
  /** The row holding the column names (as the owner sees it numbered). */
  headerRow?: number;
  /** The header row's texts (or the first row's, when no header was recognised): what a mapping picks from. */
  headers: string[];
  /** Header text per field found: show it in the preview; save it (`saveTableMapping`) once the owner confirms. */
  mapping: Partial<Record<FieldOf<K>, string>>;
  /** Required fields without a column: the preview asks the owner to choose them. */
  missing: FieldOf<K>[];
  /** Headers no field took (not an error). */
  ignored: string[];
  /** Rows read below the header (blank rows not counted). */
  rowCount: number;
  /** The data, or [] when there is any error: a malformed file is refused as a whole. */
  rows: RowsOf<K>[];
  errors: TableProblem[];
}

export interface ReadTableOptions<K extends TableKind> {
  table: K;
  /** The owner's column choice kept from last time (or just made in the preview). */
  mapping?: ColumnMapping;
  lang?: Lang;
}

interface Grid {
  format: 'csv' | 'xlsx';
  encoding?: string;
  sheet?: string;
  rows: readonly TableRow[];
}

/**
 * Reads a relation or staff table from a file (CSV in UTF-8/GBK/UTF-16, XLSX, XLS) and turns it
 * into relations or accounts, with every problem by row and field. Pure and DOM-free: meant to run
 * in a Web Worker (bytes in, plain data out). The spreadsheet reader loads only for spreadsheets.
 */
export async function readTableFile<K extends TableKind>(data: ArrayBuffer | Uint8Array, fileName: string, options: ReadTableOptions<K>): Promise<TableFileResult<K>> {
  const msg = tableMessages(options.lang ?? 'zh');
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const grid = await readGrid(bytes, fileName, options, msg);
  if ('error' in grid) return failed(options.table, grid.error);
  return readTable(grid, options, msg);
}

/** Turns rows of cells (header somewhere in the first rows) into relations or accounts. */
export function readTableRows<K extends TableKind>(rows: readonly TableRow[], options: ReadTableOptions<K>): TableFileResult<K> {
  return readTable({ format: 'csv', rows }, options, tableMessages(options.lang ?? 'zh'));
}

function failed<K extends TableKind>(table: K, message: string, extra: Partial<TableFileResult<K>> = {}): TableFileResult<K> {
  return { table, headers: [], mapping: {}, missing: [], ignored: [], rowCount: 0, rows: [], ...extra, errors: [{ message }] };
}

async function readGrid(bytes: Uint8Array, fileName: string, options: ReadTableOptions<TableKind>, msg: TableMessages): Promise<Grid | { error: string }> {
  if (bytes.length === 0) return { error: msg.emptyFile() };
  if (bytes.length > TABLE_FILE_MAX_BYTES) return { error: msg.tooLarge(bytes.length, TABLE_FILE_MAX_BYTES) };
  const decoded = isSpreadsheetBytes(bytes) ? undefined : decodeText(bytes);
  const htmlXls = decoded?.ok && isSpreadsheetName(fileName) && decoded.text.trimStart().startsWith('<');
  if (decoded && !htmlXls) {
    if (!decoded.ok) return { error: decoded.reason === 'binary' ? msg.notText() : msg.unknownEncoding() };
    const csv = readCsv(decoded.text, (rows) => headerScore(rows, options));
    if (csv.unclosedQuoteRow !== undefined) return { error: msg.unclosedQuote(csv.unclosedQuoteRow) };
    return { format: 'csv', encoding: decoded.encoding, rows: csv.rows };
  }
  let sheets: Sheet[];
  try {
    // A row more than the limit, so that a longer sheet is seen as too long rather than cut.
    sheets = await readSpreadsheet(htmlXls && decoded?.ok ? decoded.text : bytes, {
      maxRows: TABLE_FILE_MAX_ROWS + HEADER_SEARCH_ROWS + 1,
      maxUnpackedBytes: TABLE_FILE_MAX_UNPACKED_BYTES,
    });
  } catch (error) {
    if (error instanceof SpreadsheetTooLarge) return { error: msg.unpacksTooLarge(error.maxBytes) };
    return { error: msg.spreadsheetUnreadable((error instanceof Error ? error.message : String(error)).slice(0, 120)) };
  }
  if (sheets.length === 0) return { error: msg.noSheets() };
  const truncated = sheets.find((s) => s.truncatedAt !== undefined);
  // The sheet whose header fits best (all required columns, then most columns); the first on a tie.
  let best = sheets[0]!;
  let bestScore = -1;
  for (const sheet of sheets) {
    const score = headerScore(sheet.rows, options);
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  if (best === truncated) return { error: msg.tooManyRows(truncated.truncatedAt!, TABLE_FILE_MAX_ROWS) };
  return { format: 'xlsx', sheet: best.name, rows: best.rows };
}

const cellsOf = (row: TableRow) => row.cells.map((cell) => cleanCell(cell));
const isBlank = (row: TableRow) => row.cells.every((cell) => cleanCell(cell) === '');

interface Header<K extends TableKind> {
  at: number;
  headers: string[];
  columns: ResolvedColumns<K>;
}

/** Of the first ten non-empty rows, the one naming the most fields (all required ones first). */
function findHeader<K extends TableKind>(rows: readonly TableRow[], options: ReadTableOptions<K>): Header<K> | { firstRow?: number; headers: string[] } {
  let best: (Header<K> & { score: number }) | undefined;
  let first: TableRow | undefined;
  let seen = 0;
  for (let at = 0; at < rows.length && seen < HEADER_SEARCH_ROWS; at++) {
    const row = rows[at]!;
    if (isBlank(row)) continue;
    seen++;
    first ??= row;
    const headers = cellsOf(row);
    const columns = resolveColumns(options.table, headers, options.mapping);
    const found = Object.keys(columns.index).length;
    const score = found === 0 ? 0 : (columns.missing.length === 0 ? 100 : 0) + found;
    if (score > 0 && (!best || score > best.score)) best = { at, headers, columns, score };
  }
  return best ?? { firstRow: first?.rowNumber, headers: first ? cellsOf(first) : [] };
}

function headerScore(rows: readonly TableRow[], options: ReadTableOptions<TableKind>): number {
  const header = findHeader(rows, options);
  return 'columns' in header ? (header.columns.missing.length === 0 ? 100 : 0) + Object.keys(header.columns.index).length : 0;
}

function readTable<K extends TableKind>(grid: Grid, options: ReadTableOptions<K>, msg: TableMessages): TableFileResult<K> {
  const where = { format: grid.format, ...(grid.encoding ? { encoding: grid.encoding } : {}), ...(grid.sheet ? { sheet: grid.sheet } : {}) };
  const header = findHeader(grid.rows, options);
  if (!('columns' in header)) {
    // The first row stands in for the header: the owner maps its columns in the preview.
    const missing = [...REQUIRED_FIELDS[options.table]] as FieldOf<K>[];
    const base = { ...where, headers: header.headers, missing, ...(header.firstRow !== undefined ? { headerRow: header.firstRow } : {}) };
    return failed(options.table, grid.rows.some((r) => !isBlank(r)) ? msg.noHeader() : msg.emptyFile(), base);
  }
  const { columns } = header;
  const headerRow = grid.rows[header.at]!.rowNumber;
  const base = { ...where, headerRow, headers: header.headers, mapping: columns.mapping, missing: columns.missing, ignored: columns.ignored };
  const labels: Partial<Record<string, string>> = { ...columns.mapping };
  if (columns.missing.length > 0) {
    return failed(options.table, msg.missingColumns(columns.missing.map((f) => fieldLabel(f as TableField, options.lang ?? 'zh')), headerRow), base);
  }

  const fieldRows: FieldRow[] = [];
  const entries = Object.entries(columns.index) as Array<[string, number]>;
  for (let i = header.at + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i]!;
    const cells: Record<string, string> = {};
    let blank = true;
    for (const [field, column] of entries) {
      const value = cleanCell(row.cells[column]);
      cells[field] = value;
      if (value !== '') blank = false;
    }
    if (!blank) fieldRows.push({ rowNumber: row.rowNumber, cells });
  }
  if (fieldRows.length > TABLE_FILE_MAX_ROWS) return failed(options.table, msg.tooManyRows(fieldRows.length, TABLE_FILE_MAX_ROWS), base);
  if (fieldRows.length === 0) return failed(options.table, msg.noRows(), base);

  const convert = { lang: options.lang, labels };
  const converted = options.table === 'relations' ? toRelations(fieldRows, convert) : toAccounts(fieldRows, convert);
  return { table: options.table, ...base, rowCount: fieldRows.length, rows: converted.rows as RowsOf<K>[], errors: converted.errors };
}

/**
 * `readTableCells` for a chosen file, refusing one over the size limit before reading a byte of it.
 * Throws with a sentence, as `readTableCells` does.
 */
export async function readTableCellsFromFile(file: FileLike, lang: Lang = 'zh'): Promise<TableCells> {
  if (file.size > TABLE_FILE_MAX_BYTES) throw new Error(tableMessages(lang).tooLarge(file.size, TABLE_FILE_MAX_BYTES));
  return readTableCells(await file.arrayBuffer(), file.name, lang);
}

/** A file's table as text cells: its header row and the data rows below it (blank rows left out). */
export interface TableCells {
  headers: string[];
  /** The header's row number as the owner sees it (1-based), so problems can name file rows. */
  headerRow: number;
  rows: string[][];
  /** Each of `rows`' row number as the owner sees it (blank rows left out of `rows` still count). */
  rowNumbers: number[];
}

/**
 * Reads a file into text cells only, for a preview where the owner may still map columns: the
 * header is the row naming most fields of either table (the first non-empty row when none does).
 * Throws with a sentence when the file can't be read.
 */
export async function readTableCells(data: ArrayBuffer | Uint8Array, fileName: string, lang: Lang = 'zh'): Promise<TableCells> {
  const msg = tableMessages(lang);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const grid = await readGrid(bytes, fileName, { table: 'relations', lang }, msg);
  if ('error' in grid) throw new Error(grid.error);
  const found = [findHeader(grid.rows, { table: 'relations' }), findHeader(grid.rows, { table: 'staff' })];
  const header = found.find((h): h is Header<TableKind> => 'columns' in h && h.columns.missing.length === 0) ?? found.find((h): h is Header<TableKind> => 'columns' in h);
  const at = header ? header.at : grid.rows.findIndex((r) => !isBlank(r));
  if (at < 0) throw new Error(msg.emptyFile());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = at + 1; i < grid.rows.length; i++) {
    if (isBlank(grid.rows[i]!)) continue;
    rows.push(cellsOf(grid.rows[i]!));
    rowNumbers.push(grid.rows[i]!.rowNumber);
  }
  if (rows.length > TABLE_FILE_MAX_ROWS) throw new Error(msg.tooManyRows(rows.length, TABLE_FILE_MAX_ROWS));
  return { headers: cellsOf(grid.rows[at]!), headerRow: grid.rows[at]!.rowNumber, rows, rowNumbers };
}
