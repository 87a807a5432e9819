/** The plan's table (core/transfer `planTable`) as a file; the writers load papaparse/XLSX only when used. */
import type { PlanTable } from '../../core/transfer/export-rows';

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

export async function planToCsv(table: PlanTable): Promise<string> {
  const Papa = (await import('papaparse')).default;
  // The BOM makes Excel read the file as UTF-8.
  return '\uFEFF' + Papa.unparse([table.header, ...table.rows.map((r) => r.map(safe))]);
}

export async function planToXlsx(table: PlanTable, sheetName: string): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([table.header, ...table.rows]), sheetName);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
