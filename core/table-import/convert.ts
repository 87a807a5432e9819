import type { Lang } from '../i18n';
import type { Account, Relation } from '../relations';
import { parseDateTime, parseStatus, parseYesNo, splitRights } from './cells';
import { REQUIRED_FIELDS, TABLE_FIELDS, fieldLabel, type RelationField, type StaffField, type TableField } from './fields';
import { tableMessages, type TableMessages } from './messages';

/** One row of cells by field, with the row number the owner sees (a file's row, or the scan's count). */
export interface FieldRow {
  rowNumber: number;
  /** Cell text per field; a field without a column is absent. */
  cells: Readonly<Partial<Record<string, string>>>;
}

/** A problem that stops the import: a sentence naming the row and field when there is one. */
export interface TableProblem {
  row?: number;
  field?: string;
  message: string;
}

export interface Converted<T> {
  /** The rows read; none when there is a problem, unless `keepGoodRows` (then every good row). */
  rows: T[];
  /** Every problem found (a table with any is refused as a whole, unless `keepGoodRows`). */
  errors: TableProblem[];
}

export interface ConvertOptions {
  lang?: Lang;
  /** How to name each field in messages: the file's header text; our field names otherwise. */
  labels?: Partial<Record<TableField, string>>;
  /**
   * Keep the good rows and leave out each row with a problem (each named in `errors`), for the
   * in-page scan: the owner can't fix the back office's cells, and refusing its page would lose the
   * good rows on it. Blank rows and rows without a cell in a column are problems then too. Without
   * it (a file), any problem refuses the table: the owner fixes the file and imports it again.
   */
  keepGoodRows?: boolean;
  /** The scanned page the rows come from: problems then say "page 2, row 5". */
  page?: number;
}

/** Longest text a field takes (as `accountSchema` / `relationSchema` allow). */
const MAX_TEXT = 200;
const MAX_RIGHTS = 200;

/** The in-page scan's rows (`ScannedRow`: cell text by field) numbered from `firstRow` on. */
export function scannedRows(rows: readonly Readonly<Record<string, string>>[], firstRow = 1): FieldRow[] {
  return rows.map((cells, i) => ({ rowNumber: firstRow + i, cells }));
}

/** Cell text as stored: line breaks and tabs inside a cell become spaces, ends trimmed. */
const BREAKS = /[\r\n\t]/;
const text = (value: string | undefined) => (value === undefined ? '' : BREAKS.test(value) ? value.replace(/[\r\n\t]+/g, ' ').trim() : value.trim());
function isBlankRow(row: FieldRow): boolean {
  for (const key in row.cells) if (text(row.cells[key]) !== '') return false;
  return true;
}

function reader(options: ConvertOptions) {
  const lang = options.lang ?? 'zh';
  const msg = tableMessages(lang, options.page === undefined ? {} : { page: options.page });
  const errors: TableProblem[] = [];
  const label = (field: TableField) => options.labels?.[field] || fieldLabel(field, lang);
  const fail = (row: number, field: TableField, message: string) => errors.push({ row, field: label(field), message });
  /** Text of a field, length checked; undefined after an error. */
  const str = (row: FieldRow, field: TableField): string | undefined => {
    const value = text(row.cells[field]);
    if (value.length > MAX_TEXT) {
      fail(row.rowNumber, field, msg.tooLong(row.rowNumber, label(field), MAX_TEXT, value));
      return undefined;
    }
    return value;
  };
  /**
   * With `keepGoodRows`, the problems of a row the converter can't take as it is: blank (said once),
   * or without a cell in a column the table has (each said). True when the row is to be left out.
   */
  const malformed = (row: FieldRow, expected: ReadonlySet<string>): boolean => {
    if (!options.keepGoodRows) return false;
    if (isBlankRow(row) && Object.keys(row.cells).length > 0) {
      errors.push({ row: row.rowNumber, message: msg.blankRow(row.rowNumber) });
      return true;
    }
    const missing = [...expected].filter((field) => row.cells[field] === undefined) as TableField[];
    for (const field of missing) fail(row.rowNumber, field, msg.missingCell(row.rowNumber, label(field)));
    return missing.length > 0;
  };
  return { msg, errors, label, fail, str, malformed };
}

/**
 * The fields every scanned row must have a cell for: the required ones and any other of the table's
 * fields some row has (a scanned row leaves out the cells it does not have; a column we don't read,
 * such as 关系状态, is no concern). Staff: the id may come from the name.
 */
function expectedCells(rows: readonly FieldRow[], required: readonly TableField[], fields: readonly TableField[]): Set<string> {
  const expected = new Set<string>(required);
  for (const row of rows) for (const key of Object.keys(row.cells)) if ((fields as readonly string[]).includes(key)) expected.add(key);
  if (expected.has('name') && !rows.some((row) => row.cells.id !== undefined)) expected.delete('id');
  return expected;
}

/** Required columns no row has at all (the in-page scan found no such column): one problem for the table. */
function missingColumns(rows: readonly FieldRow[], required: readonly TableField[], label: (f: TableField) => string, msg: TableMessages): TableProblem[] {
  const present = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.cells)) present.add(key);
  const missing = required.filter((field) => !present.has(field) && !(field === 'id' && present.has('name')));
  return missing.length > 0 && rows.length > 0 ? [{ message: msg.missingColumns(missing.map(label)) }] : [];
}

/**
 * Rows of a relation table → relations. A blank bound account is a relation with no dedicated CS
 * (DOMAIN §3 rule 4), not an error; blank rows are skipped; a buyer twice is an error.
 */
export function toRelations(rows: readonly FieldRow[], options: ConvertOptions = {}): Converted<Relation> {
  const { msg, errors, label, fail, str, malformed } = reader(options);
  const missing = options.keepGoodRows ? [] : missingColumns(rows, REQUIRED_FIELDS.relations, label, msg);
  if (missing.length > 0) return { rows: [], errors: missing };
  const expected = expectedCells(rows, REQUIRED_FIELDS.relations, TABLE_FIELDS.relations);
  const out: Relation[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    if (malformed(row, expected)) continue;
    if (isBlankRow(row)) continue;
    const n = row.rowNumber;
    const before = errors.length;
    const buyerId = str(row, 'buyerId');
    if (buyerId === '') fail(n, 'buyerId', msg.empty(n, label('buyerId')));
    const buyerName = str(row, 'buyerName');
    const account = str(row, 'account');
    const boundText = text(row.cells.boundAt);
    const boundAt = boundText === '' ? undefined : parseDateTime(boundText);
    if (boundText !== '' && boundAt === undefined) fail(n, 'boundAt', msg.badDate(n, label('boundAt'), boundText));
    if (buyerId) {
      const first = firstRowOf.get(buyerId);
      if (first !== undefined) fail(n, 'buyerId', msg.duplicateBuyer(n, label('buyerId'), first));
      else firstRowOf.set(buyerId, n);
    }
    if (errors.length > before || buyerId === undefined || account === undefined || buyerName === undefined) continue;
    const relation: Relation = { buyerId, accountId: account === '' ? null : account };
    if (buyerName) relation.buyerName = buyerName;
    if (boundAt !== undefined) relation.boundAt = boundAt;
    out.push(relation);
  }
  return { rows: errors.length > 0 && !options.keepGoodRows ? [] : out, errors };
}

/**
 * Rows of a staff table → accounts. The id comes from the id column, else the name column (and the
 * name from the id); status and the dedicated / routing flags must be readable on every row; a
 * blank main-account cell is "no"; rights are absent when the table has no rights column.
 */
export function toAccounts(rows: readonly FieldRow[], options: ConvertOptions = {}): Converted<Account> {
  const { msg, errors, label, fail, str, malformed } = reader(options);
  const missing = options.keepGoodRows ? [] : missingColumns(rows, REQUIRED_FIELDS.staff, label, msg);
  if (missing.length > 0) return { rows: [], errors: missing };
  const expected = expectedCells(rows, REQUIRED_FIELDS.staff, TABLE_FIELDS.staff);
  const out: Account[] = [];
  const firstRowOf = new Map<string, number>();
  const flag = (row: FieldRow, field: StaffField, blank: boolean | undefined): boolean | undefined => {
    const value = text(row.cells[field]);
    if (value === '') {
      if (blank === undefined) fail(row.rowNumber, field, msg.empty(row.rowNumber, label(field)));
      return blank;
    }
    const parsed = parseYesNo(value);
    if (parsed === undefined) fail(row.rowNumber, field, msg.badYesNo(row.rowNumber, label(field), value));
    return parsed;
  };
  for (const row of rows) {
    if (malformed(row, expected)) continue;
    if (isBlankRow(row)) continue;
    const n = row.rowNumber;
    const before = errors.length;
    const idText = str(row, 'id');
    const nameText = str(row, 'name');
    const idField: StaffField = row.cells.id === undefined ? 'name' : 'id';
    const id = idText || nameText;
    if (idText !== undefined && nameText !== undefined && !id) fail(n, idField, msg.empty(n, label(idField)));
    const statusText = text(row.cells.status);
    const status = parseStatus(statusText);
    if (statusText === '') fail(n, 'status', msg.empty(n, label('status')));
    else if (!status) fail(n, 'status', msg.badStatus(n, label('status'), statusText));
    const dedicated = flag(row, 'dedicated', undefined);
    const inRouting = flag(row, 'inRouting', undefined);
    const main = flag(row, 'main', false);
    let rights: string[] | undefined;
    if (row.cells.rights !== undefined) {
      rights = splitRights(row.cells.rights);
      if (rights.length > MAX_RIGHTS) fail(n, 'rights', msg.tooMany(n, label('rights'), MAX_RIGHTS));
      const long = rights.find((r) => r.length > MAX_TEXT);
      if (long !== undefined) fail(n, 'rights', msg.tooLong(n, label('rights'), MAX_TEXT, long));
    }
    if (id) {
      const first = firstRowOf.get(id);
      if (first !== undefined) fail(n, idField, msg.duplicateAccount(n, label(idField), first));
      else firstRowOf.set(id, n);
    }
    if (errors.length > before || !id || !status || dedicated === undefined || inRouting === undefined || main === undefined) continue;
    const account: Account = { id, name: nameText || id, status, dedicated, inRouting, main };
    if (rights !== undefined) account.rights = rights;
    out.push(account);
  }
  return { rows: errors.length > 0 && !options.keepGoodRows ? [] : out, errors };
}

export type { RelationField, StaffField };
