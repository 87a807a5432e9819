import type { Sheet } from './spreadsheet';
import { checkZip } from './zip-guard';

/** What an XLSX may unpack to unless a caller allows more (a real 20,000-row phrase sheet: ~10 MB). */
export const SPREADSHEET_MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

/** Thrown for an XLSX that unpacks to more than allowed (a zip bomb, or a sheet far too big). */
export class SpreadsheetTooLarge extends Error {
  constructor(readonly unpackedBytes: number, readonly maxBytes: number) {
    super(`the spreadsheet unpacks to more than ${maxBytes} bytes`);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** `Report.XLSX` → `xlsx`; '' without an extension. */
export function fileExtension(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** Named like a spreadsheet (WPS writes `.et`). */
export function isSpreadsheetName(fileName: string): boolean {
  const extension = fileExtension(fileName);
  return extension === 'xlsx' || extension === 'xls' || extension === 'xlsm' || extension === 'et';
}

/** A zip (XLSX) or OLE (legacy XLS) container, whatever the file is called. */
export function isSpreadsheetBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC);
}

/**
 * Reads every sheet of a spreadsheet (see `readWorkbook`); throws when unreadable, and
 * `SpreadsheetTooLarge` for an XLSX unpacking to more than `maxUnpackedBytes`. The reader
 * (≈ 500 KB) loads only when a spreadsheet comes in; CSV and JSON never need it.
 */
export async function readSpreadsheet(data: Uint8Array | string, options?: { maxRows?: number; maxUnpackedBytes?: number }): Promise<Sheet[]> {
  if (typeof data !== 'string' && startsWith(data, ZIP_MAGIC)) {
    // Before the reader inflates anything: it would unpack a zip bomb whole.
    const max = options?.maxUnpackedBytes ?? SPREADSHEET_MAX_UNPACKED_BYTES;
    const verdict = await checkZip(data, max);
    if (!verdict.ok && verdict.reason === 'too-large') throw new SpreadsheetTooLarge(verdict.unpackedBytes, max);
    if (!verdict.ok) throw new Error(verdict.detail);
  }
  const { readWorkbook } = await import('./spreadsheet');
  return readWorkbook(data, { maxRows: options?.maxRows });
}
