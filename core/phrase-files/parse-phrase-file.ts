import type { Lang } from '../i18n';
import { readCsv } from './csv';
import { decodeText } from './decode-text';
import { SpreadsheetTooLarge, fileExtension, isSpreadsheetBytes, isSpreadsheetName, readSpreadsheet } from './file-kind';
import { jsonDepthOver } from './json-depth';
import { readJson } from './json-pack';
import { fileMessages, type FileMessages } from './messages';
import type { Sheet } from './spreadsheet';
import { PHRASE_FILE_MAX_BYTES, PHRASE_FILE_MAX_ROWS, headerScore, readTable, type TableResult } from './table';
import type { ParsedPhraseFile } from './types';

export interface ParsePhraseFileOptions {
  /** Language of the problem messages; Chinese by default. */
  lang?: Lang;
}

/** A chosen file as the page or a worker holds it (a `File`): its size is known before reading. */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Our phrase files nest three levels; anything far deeper is no phrase file. */
export const PHRASE_JSON_MAX_DEPTH = 32;

/**
 * `parsePhraseFile` for a chosen file, refusing one over the size limit before reading a byte of
 * it (a 200 MB file never reaches memory).
 */
export async function parsePhraseBlob(file: FileLike, options: ParsePhraseFileOptions = {}): Promise<ParsedPhraseFile> {
  if (file.size > PHRASE_FILE_MAX_BYTES) {
    const msg = fileMessages(options.lang ?? 'zh');
    const extension = fileExtension(file.name);
    return fileProblem(isSpreadsheetName(file.name) ? 'xlsx' : extension === 'json' ? 'json' : 'csv', msg.tooLarge(file.size, PHRASE_FILE_MAX_BYTES));
  }
  return parsePhraseFile(new Uint8Array(await file.arrayBuffer()), file.name, options);
}

/**
 * Reads a quick-phrase file a seller brings: CSV/TSV (UTF-8 with or without BOM, GBK, UTF-16),
 * XLSX/XLS, or JSON (our library pack or a plain list). The format is found from the content
 * (zip/OLE signatures, a leading `{`) and the extension. Whatever is wrong with the file comes
 * back in `problems` — without `row` when the whole file cannot be imported; it rejects only when
 * the spreadsheet reader itself cannot be loaded. Async because that reader loads on demand.
 */
export async function parsePhraseFile(bytes: Uint8Array, fileName: string, options: ParsePhraseFileOptions = {}): Promise<ParsedPhraseFile> {
  const msg = fileMessages(options.lang ?? 'zh');
  const extension = fileExtension(fileName);
  const spreadsheetName = isSpreadsheetName(fileName);

  if (bytes.length === 0) return fileProblem(spreadsheetName ? 'xlsx' : extension === 'json' ? 'json' : 'csv', msg.empty());
  if (bytes.length > PHRASE_FILE_MAX_BYTES) {
    return fileProblem(spreadsheetName ? 'xlsx' : extension === 'json' ? 'json' : 'csv', msg.tooLarge(bytes.length, PHRASE_FILE_MAX_BYTES));
  }
  if (isSpreadsheetBytes(bytes)) return parseSpreadsheet(bytes, msg);

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    // A binary file named .xls that is no spreadsheet, or any other binary: say what we read.
    return fileProblem('csv', decoded.reason === 'binary' ? msg.notText() : msg.unknownEncoding());
  }
  const text = decoded.text;
  const start = text.trimStart().charAt(0);
  if ((start === '{' || start === '[') && jsonDepthOver(text, PHRASE_JSON_MAX_DEPTH)) return fileProblem('json', msg.tooDeep(PHRASE_JSON_MAX_DEPTH));
  if (start === '{' || (start === '[' && (extension === 'json' || looksLikeJson(text)))) {
    const result = readJson(text, msg);
    return limitRows({ format: 'json', numbering: 'item', ...result }, msg);
  }
  // Chinese desktop tools often save an HTML table under the name .xls.
  if (start === '<' && spreadsheetName) return parseSpreadsheet(text, msg);

  const csv = readCsv(text, headerScore);
  const base = { format: 'csv' as const, encoding: decoded.encoding, numbering: 'row' as const };
  if (csv.unclosedQuoteRow !== undefined) return { ...base, rows: [], problems: [{ message: msg.unclosedQuote(csv.unclosedQuoteRow) }] };
  return { ...base, ...tableFields(readTable(csv.rows, msg)) };
}

async function parseSpreadsheet(data: Uint8Array | string, msg: FileMessages): Promise<ParsedPhraseFile> {
  let sheets: Sheet[];
  try {
    sheets = await readSpreadsheet(data);
  } catch (error) {
    if (error instanceof SpreadsheetTooLarge) return fileProblem('xlsx', msg.unpacksTooLarge(error.maxBytes));
    const detail = error instanceof Error ? error.message : String(error);
    return fileProblem('xlsx', /password|encrypt/i.test(detail) ? msg.spreadsheetEncrypted() : msg.spreadsheetUnreadable(detail.slice(0, 120)));
  }
  if (sheets.length === 0) return fileProblem('xlsx', msg.noSheets());
  // The first sheet whose header names the text column; else the first with a header; else sheet 1.
  const named = sheets.length > 1;
  const attempts = sheets.map((sheet) => ({ sheet: sheet.name, truncatedAt: sheet.truncatedAt, result: readTable(sheet.rows, msg, named ? sheet.name : undefined, 'sheet') }));
  const chosen =
    attempts.find((a) => a.result.header === 'found') ?? attempts.find((a) => a.result.header === 'no-text') ?? attempts[0]!;
  const { sheet, result, truncatedAt } = chosen;
  const base = { format: 'xlsx' as const, numbering: 'row' as const, sheet };
  if (truncatedAt !== undefined) return { ...base, rows: [], problems: [{ message: msg.tooManyRows(truncatedAt, PHRASE_FILE_MAX_ROWS) }] };
  return { ...base, ...tableFields(result) };
}

function tableFields(result: TableResult): Pick<ParsedPhraseFile, 'rows' | 'problems' | 'headerRow' | 'ignoredColumns'> {
  return {
    rows: result.rows,
    problems: result.problems,
    ...(result.headerRow !== undefined ? { headerRow: result.headerRow } : {}),
    ...(result.ignoredColumns ? { ignoredColumns: result.ignoredColumns } : {}),
  };
}

function limitRows(file: ParsedPhraseFile, msg: FileMessages): ParsedPhraseFile {
  if (file.rows.length <= PHRASE_FILE_MAX_ROWS) return file;
  return { ...file, rows: [], problems: [{ message: msg.tooManyRows(file.rows.length, PHRASE_FILE_MAX_ROWS) }] };
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function fileProblem(format: ParsedPhraseFile['format'], message: string): ParsedPhraseFile {
  return { format, rows: [], problems: [{ message }] };
}
