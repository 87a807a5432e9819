import { cleanCell, ownCell, normalizeStage, splitExamples, splitGroupPath, splitTags, yesNo } from './cells';
import { EXPORT_HEADER_NAMES, mapColumns, type ColumnMap } from './columns';
import type { FileMessages } from './messages';
import type { FileProblem, ImportRow } from './types';

/** Hard limits of one import (file-level problem beyond them). */
export const PHRASE_FILE_MAX_ROWS = 20_000;
export const PHRASE_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** The header may sit below a title line or two: look for it in this many first non-empty rows. */
const HEADER_SEARCH_ROWS = 10;

/** One row of a CSV or a sheet, with the number the seller sees next to it. */
export interface TableRow {
  rowNumber: number;
  cells: readonly unknown[];
}

export type HeaderSearch =
  | { kind: 'found'; at: number; columns: ColumnMap }
  /** A row names some of our columns but not the text one. */
  | { kind: 'no-text'; at: number; columns: ColumnMap; found: string[] }
  | { kind: 'none'; firstRow?: TableRow };

const isOwnHeader = (row: TableRow) =>
  row.cells.length >= EXPORT_HEADER_NAMES.length && EXPORT_HEADER_NAMES.every((name, i) => row.cells[i] === name) && row.cells.slice(EXPORT_HEADER_NAMES.length).every((c) => cleanCell(c) === '');
const isBlank = (row: TableRow) => row.cells.every((cell) => cleanCell(cell) === '');
const headersOf = (row: TableRow) => row.cells.map((cell) => cleanCell(cell)).filter((h) => h !== '');

/**
 * The header: of the first ten non-empty rows, the one naming the text column and the most other
 * columns (the first such on a tie) — so a title line that happens to read `快捷短语` above the
 * real header does not win.
 */
export function findHeader(table: readonly TableRow[]): HeaderSearch {
  let best: { at: number; columns: ColumnMap; count: number } | undefined;
  let noText: HeaderSearch | undefined;
  let firstRow: TableRow | undefined;
  let seen = 0;
  for (let at = 0; at < table.length && seen < HEADER_SEARCH_ROWS; at++) {
    const row = table[at]!;
    if (isBlank(row)) continue;
    seen++;
    firstRow ??= row;
    const columns = mapColumns(row.cells.map((cell) => cleanCell(cell)));
    const count = Object.keys(columns.index).length;
    if (columns.index.text !== undefined) {
      if (best === undefined || count > best.count) best = { at, columns, count };
    } else if (noText === undefined && count > 0) {
      noText = { kind: 'no-text', at, columns, found: headersOf(row) };
    }
  }
  if (best) return { kind: 'found', at: best.at, columns: best.columns };
  return noText ?? { kind: 'none', firstRow };
}

/** How well a header row fits: a text column outweighs any number of other recognised columns. */
export function headerScore(table: readonly TableRow[]): number {
  const header = findHeader(table);
  if (header.kind === 'none') return 0;
  const recognised = Object.keys(header.columns.index).length;
  return header.kind === 'found' ? 100 + recognised : recognised;
}

export interface TableResult {
  /** Whether a header naming the text column was found (`no-text`: a header without it). */
  header: HeaderSearch['kind'];
  rows: ImportRow[];
  problems: FileProblem[];
  headerRow?: number;
  ignoredColumns?: string[];
}

/**
 * Reads phrase rows below the header of a CSV or a sheet. Rows with nothing in any recognised
 * column are skipped; every other row is kept, even without text, so the background can report it
 * with its row number.
 */
export function readTable(table: readonly TableRow[], msg: FileMessages, sheet?: string, source: 'csv' | 'sheet' = 'csv'): TableResult {
  const header = findHeader(table);
  if (header.kind === 'none') {
    const first = header.firstRow;
    return { header: 'none', rows: [], problems: [{ message: first ? msg.noHeader(first.rowNumber, headersOf(first), sheet) : msg.empty() }] };
  }
  const headerRow = table[header.at]!.rowNumber;
  if (header.kind === 'no-text') return { header: 'no-text', rows: [], problems: [{ message: msg.noTextColumn(headerRow, header.found, sheet) }], headerRow };

  const { index, label } = header.columns;
  const problems: FileProblem[] = [];
  // Our own export (its header, column for column) is read as written; other tools' tables are cleaned.
  const own = isOwnHeader(table[header.at]!);
  const read = (value: unknown) => (own ? ownCell(value, source) : cleanCell(value));
  const cell = (row: TableRow, column: number | undefined) => (column === undefined ? '' : read(row.cells[column]));
  const rows: ImportRow[] = [];
  let count = 0;
  for (const row of table.slice(header.at + 1)) {
    const code = cell(row, index.code);
    const text = cell(row, index.text);
    const group = cell(row, index.group);
    const title = cell(row, index.title);
    const stage = cell(row, index.stage);
    const tags = cell(row, index.tags);
    const examples = cell(row, index.examples);
    const publicReply = cell(row, index.publicReply);
    if (!code && !text && !group && !title && !stage && !tags && !examples && !publicReply) continue;
    if (++count > PHRASE_FILE_MAX_ROWS) continue; // counted only, for the message
    const out: ImportRow = { rowNumber: row.rowNumber };
    if (title) out.title = title;
    if (text) out.text = text;
    if (code) out.code = code;
    if (index.group !== undefined) out.groupPath = splitGroupPath(group);
    if (stage) out.stage = normalizeStage(stage);
    if (tags) out.tags = splitTags(tags);
    // A column of ours that is there but empty says "none" (our export writes it so), so it can clear.
    if (index.examples !== undefined) out.examples = splitExamples(examples);
    if (index.publicReply !== undefined) {
      const flag = yesNo(publicReply);
      if (flag === undefined) problems.push({ row: row.rowNumber, field: label.publicReply, message: msg.notYesNoCell(row.rowNumber, label.publicReply!, publicReply, sheet) });
      else out.publicReply = flag;
    }
    rows.push(out);
  }
  const ignoredColumns = header.columns.ignored.length > 0 ? header.columns.ignored : undefined;
  const found = { header: 'found' as const, headerRow, ignoredColumns };
  if (count > PHRASE_FILE_MAX_ROWS) return { ...found, rows: [], problems: [{ message: msg.tooManyRows(count, PHRASE_FILE_MAX_ROWS) }] };
  if (count === 0) return { ...found, rows: [], problems: [{ message: msg.noRows() }] };
  return { ...found, rows, problems };
}
