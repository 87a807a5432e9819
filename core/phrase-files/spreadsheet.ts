import * as XLSX from '@e965/xlsx';
import { PHRASE_FILE_MAX_ROWS, type TableRow } from './table';

export interface Sheet {
  name: string;
  rows: TableRow[];
  /** Set when the sheet holds more rows than were read (see `MAX_SHEET_ROWS`): its last row number. */
  truncatedAt?: number;
}

/**
 * Rows read per sheet: the row limit with room for blank rows and a title block. Reading stops
 * there so that a small, highly compressed file cannot make us build millions of rows.
 */
const MAX_SHEET_ROWS = PHRASE_FILE_MAX_ROWS * 2;

/**
 * Reads every sheet of an XLSX, a legacy XLS (BIFF) or an HTML table saved as .xls. Throws when
 * unreadable. `maxRows`: rows read per sheet (the phrase files' limit unless a caller needs more).
 */
export function readWorkbook(data: Uint8Array | string, options: { maxRows?: number } = {}): Sheet[] {
  const maxRows = options.maxRows ?? MAX_SHEET_ROWS;
  const book = XLSX.read(data, {
    type: typeof data === 'string' ? 'string' : 'array',
    dense: true,
    sheetRows: maxRows,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    cellDates: false,
  });
  return book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    if (!sheet?.['!ref']) return { name, rows: [] };
    const first = XLSX.utils.decode_range(sheet['!ref']).s.r;
    // raw values: a number typed into a cell (a code like 12) becomes "12", not its display format.
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', blankrows: true });
    const rows = grid.map((cells, i) => ({ rowNumber: first + i + 1, cells }));
    // SheetJS sets `!fullref` only when it stopped reading at `sheetRows`.
    const last = sheet['!fullref'] ? XLSX.utils.decode_range(sheet['!fullref']).e.r + 1 : 0;
    return last > maxRows ? { name, rows, truncatedAt: last } : { name, rows };
  });
}

/** The sheet `话术库` with the given rows (first row = header), as XLSX bytes. */
export function writeWorkbook(sheetName: string, rows: readonly (readonly string[])[], widths: readonly number[]): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]));
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  // Shared strings: SheetJS reads an inline string cell's entities twice (`AT&amp;T` came back `AT&T`), a shared one once.
  const out: ArrayBuffer = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true });
  return new Uint8Array(out);
}
