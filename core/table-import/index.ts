/**
 * Back-office tables (relations, staff) into relations and accounts: columns found by header text
 * (zh/en) or by the owner's saved mapping, cells read (yes/no, statuses, dates), every problem by
 * row and field. Pure, DOM-free: files are read in a Web Worker; the in-page scan's rows go through
 * the same converters.
 */
export { TABLE_FIELDS, TABLE_KINDS, REQUIRED_FIELDS, HEADER_SYNONYMS, fieldLabel, type FieldOf, type RelationField, type StaffField, type TableField, type TableKind } from './fields';
export { resolveColumns, type ColumnMapping, type ResolvedColumns } from './mapping';
export { parseDateTime, parseStatus, parseYesNo, splitRights } from './cells';
export { scannedRows, toAccounts, toRelations, type ConvertOptions, type Converted, type FieldRow, type TableProblem } from './convert';
export { TABLE_FILE_MAX_BYTES, TABLE_FILE_MAX_ROWS, TABLE_FILE_MAX_UNPACKED_BYTES, readTableCells, readTableCellsFromFile, readTableFile, readTableRows, type ReadTableOptions, type TableCells, type RowsOf, type TableFileResult } from './read-table-file';
