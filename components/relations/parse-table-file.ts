import type { Lang } from '../../core/i18n';
import { readTableCells } from '../../core/table-import';
import type { ParsedTable } from './table-import';

/** Reads a CSV (UTF-8, GBK, UTF-16) or XLSX/XLS file into text cells: in the parse worker (or the page, in tests). */
export async function parseTableFile(bytes: Uint8Array, fileName: string, lang: Lang = 'zh'): Promise<ParsedTable> {
  const { headers, rows, rowNumbers } = await readTableCells(bytes, fileName, lang);
  return { headers, rows, rowNumbers };
}
