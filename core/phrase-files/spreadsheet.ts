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
 * Columns read per sheet. Our tables use about ten; a sheet may claim 16,384 (`A1:XFD…`), and
 * `sheet_to_json` pads every row to the claimed width — a 19 KB file claiming `A1:XFD2000` cost
 * 385 MB. Cells beyond this column are left out.
 */
export const MAX_SHEET_COLUMNS = 64;

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
    const used = usedRange(sheet);
    if (!used) return { name, rows: [] };
    // The range the cells really fill, not the one the file claims: the padding costs nothing then.
    sheet['!ref'] = XLSX.utils.encode_range(used);
    const first = used.s.r;
    // raw values: a number typed into a cell (a code like 12) becomes "12", not its display format.
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', blankrows: true });
    const rows = grid.map((cells, i) => ({ rowNumber: first + i + 1, cells }));
    // SheetJS sets `!fullref` only when it stopped reading at `sheetRows`.
    // The rows past the limit are not read, so the sheet's claim is all we know of them: a sheet
    // claiming a million rows is refused as one (cheaply), whatever its first rows hold.
    const last = sheet['!fullref'] ? XLSX.utils.decode_range(sheet['!fullref']).e.r + 1 : 0;
    return last > maxRows ? { name, rows, truncatedAt: last } : { name, rows };
  });
}

/**
 * The rows and columns that hold cells, within the claimed range and at most `MAX_SHEET_COLUMNS`
 * wide; undefined for a sheet without cells. Reads the dense sheet's own rows: O(cells).
 */
function usedRange(sheet: XLSX.WorkSheet): XLSX.Range | undefined {
  const claimed = XLSX.utils.decode_range(sheet['!ref']!);
  const data = (sheet as { '!data'?: unknown[][] })['!data'] ?? [];
  const lastColumn = Math.min(claimed.e.c, claimed.s.c + MAX_SHEET_COLUMNS - 1);
  let lastRow = -1;
  let widest = -1;
  for (let r = claimed.s.r; r <= Math.min(claimed.e.r, data.length - 1); r++) {
    const row = data[r];
    if (!row) continue;
    // A dense row is a sparse array: its length is one past its last cell.
    for (let c = Math.min(row.length - 1, lastColumn); c >= claimed.s.c; c--) {
      if (row[c] !== undefined) {
        lastRow = r;
        if (c > widest) widest = c;
        break;
      }
    }
  }
  if (lastRow < 0) return undefined;
  return { s: claimed.s, e: { r: lastRow, c: widest } };
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
