/**
 * One phrase as read from a file a seller brings (CSV, XLSX, our JSON pack), before validation.
 * Fields are raw strings from the file; the background validates every row before anything is written.
 */
export interface ImportRow {
  /**
   * 1-based row number as the seller sees it in the file (header = row 1 for CSV/XLSX).
   * CSV: the record number as a spreadsheet shows it (a quoted cell spanning several lines is one
   * row; blank lines count). XLSX/XLS: the sheet's row number. JSON: the item's place in its list.
   */
  rowNumber: number;
  title?: string;
  text?: string;
  code?: string;
  /**
   * Group path from the file: `售前/活动` → ['售前', '活动']; empty or `未分组` → [].
   * Absent when the file has no group column.
   */
  groupPath?: string[];
  /** A known stage is normalised to its id (`售前` → `presale`); anything else is kept as written. */
  stage?: string;
  tags?: string[];
  /** Buyer questions the phrase answers (our JSON pack only). */
  examples?: string[];
  /** A public reply to a review, never suggested in chat (our JSON pack only). */
  publicReply?: boolean;
}

/** A problem that stops a file or a row from being imported, with its place. */
export interface FileProblem {
  /** 1-based row, absent for a problem of the whole file (no text column, unreadable encoding). */
  row?: number;
  /** The column as the file names it, e.g. `快捷短语`. */
  field?: string;
  message: string;
}

export interface ParsedPhraseFile {
  /** `xlsx` covers every spreadsheet SheetJS reads (XLSX, legacy XLS, an HTML table saved as .xls). */
  format: 'csv' | 'xlsx' | 'json';
  /** Detected text encoding for CSV (`utf-8`, `utf-8-bom`, `gbk`, `utf-16le`). */
  encoding?: string;
  rows: ImportRow[];
  problems: FileProblem[];
  /** How `rowNumber` counts: rows of a table (CSV/XLSX) or items of a JSON list. */
  numbering?: 'row' | 'item';
  /** Spreadsheets: the sheet the rows come from. */
  sheet?: string;
  /** CSV/XLSX: the row holding the column names. */
  headerRow?: number;
  /** Columns of the header row that were not recognised and so not imported (not an error). */
  ignoredColumns?: string[];
}
