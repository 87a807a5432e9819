/**
 * Phrase files sellers bring and take away: CSV (Qianniu's and other tools' layouts, UTF-8/GBK),
 * XLSX/XLS and our JSON library pack. Pure: bytes in, rows and problems out; strings/bytes out.
 * Reading a file and writing a workbook are async: the XLSX library loads only for a spreadsheet.
 */
export type { FileProblem, ImportRow, ParsedPhraseFile } from './types';
export { PHRASE_JSON_MAX_DEPTH, parsePhraseBlob, parsePhraseFile, type FileLike, type ParsePhraseFileOptions } from './parse-phrase-file';
export { PHRASE_FILE_MAX_BYTES, PHRASE_FILE_MAX_ROWS } from './table';
export { HEADER_NAMES, type ColumnField } from './columns';
export { LIBRARY_FORMAT, type LibraryPack, type LibraryPackGroup, type LibraryPackPhrase } from './json-pack';
export {
  EXPORT_HEADER,
  EXPORT_SHEET_NAME,
  phrasesToCsv,
  phrasesToLibraryJson,
  phrasesToQianniuCsv,
  phrasesToXlsx,
  type GroupForFile,
  type PhraseForFile,
} from './export';
/** Shared with other table readers (core/table-import): decoding, CSV splitting, spreadsheets, headers. */
export { decodeText, type DecodedText, type TextEncodingName } from './decode-text';
export { readCsv, type CsvTable } from './csv';
export { SPREADSHEET_MAX_UNPACKED_BYTES, SpreadsheetTooLarge, fileExtension, isSpreadsheetBytes, isSpreadsheetName, readSpreadsheet } from './file-kind';
export { jsonDepthOver } from './json-depth';
export { normalizeHeader } from './columns';
export { cleanCell } from './cells';
export type { Sheet } from './spreadsheet';
export type { TableRow } from './table';
