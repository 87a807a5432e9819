import Papa from 'papaparse';
import type { TableRow } from './table';

export interface CsvTable {
  rows: TableRow[];
  delimiter: string;
  /** 1-based row of a quoted cell that is never closed (everything after it ran into that cell). */
  unclosedQuoteRow?: number;
}

const DELIMITERS = [',', '\t', ';'] as const;
/** Enough rows to reach a header below a title block. */
const PREVIEW_ROWS = 20;

/**
 * Splits CSV/TSV text into rows; quoted cells may hold delimiters and line breaks.
 *
 * The delimiter (comma, tab or semicolon) is the one under which `scoreHeader` likes the first
 * rows best — the header decides, not the phrases: Qianniu-style files are full of `&#13;`, whose
 * semicolons would win a plain count. With no header under any delimiter, papaparse guesses.
 *
 * Row numbers follow what Excel or WPS shows when the seller opens the file: record n (1-based,
 * header included) is row n, a quoted cell spanning several lines is one row, blank lines count
 * as rows. A text editor's line numbers differ only after a multi-line cell.
 */
export function readCsv(text: string, scoreHeader: (rows: readonly TableRow[]) => number): CsvTable {
  let best: { delimiter: string; score: number } = { delimiter: '', score: 0 };
  for (const delimiter of DELIMITERS) {
    const preview = Papa.parse<string[]>(text, { delimiter, preview: PREVIEW_ROWS, skipEmptyLines: false });
    const score = scoreHeader(toRows(preview.data));
    if (score > best.score) best = { delimiter, score };
  }
  const result = Papa.parse<string[]>(text, {
    delimiter: best.delimiter,
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: false,
  });
  const rows = toRows(result.data);
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  const table = { rows, delimiter: result.meta.delimiter };
  return unclosed?.row === undefined ? table : { ...table, unclosedQuoteRow: unclosed.row + 1 };
}

function toRows(data: readonly string[][]): TableRow[] {
  return data.map((cells, i) => ({ rowNumber: i + 1, cells }));
}
