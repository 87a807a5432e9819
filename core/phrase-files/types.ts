/**
 * One phrase as read from a file a seller brings (CSV, XLSX, our JSON pack), before validation.
 * Fields are raw strings from the file; the background validates every row before anything is written.
 */
export interface ImportRow {
  /** 1-based row number as the seller sees it in the file (header = row 1 for CSV/XLSX). */
  rowNumber: number;
  title?: string;
  text?: string;
  code?: string;
  /** Group path from the file: `售前/活动` → ['售前', '活动']; empty or `未分组` → []. */
  groupPath?: string[];
  stage?: string;
  tags?: string[];
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
  format: 'csv' | 'xlsx' | 'json';
  /** Detected text encoding for CSV (`utf-8`, `utf-8-bom`, `gbk`). */
  encoding?: string;
  rows: ImportRow[];
  problems: FileProblem[];
}
