/**
 * The table-import functions the panels need from `core/table-import` (relcore, built in parallel):
 * the fields of each table, header matching, turning page/file rows into relations or accounts with
 * row+field problems, and reading a CSV/XLSX file into rows (in the parse worker).
 *
 * MERGE: every function below is a stand-in with the signature the panels use. When
 * `core/table-import` lands, re-export its functions here (or import them where these are used) and
 * delete the stand-in bodies; the panels do not change.
 */
import type { Account, Relation } from './relations-api';
import type { BackOfficeTable, ScannedRow } from '../sidebar/host';

export interface TableField {
  field: string;
  required: boolean;
  /** Header texts this field is known by (first is the name shown in the mapping). */
  headers: readonly string[];
}

/** A row the converter could not read: its row number in the table or file (1 = first data row) and field. */
export interface RowProblem {
  row: number;
  field: string;
  message: string;
}

/** A file read into text cells: the header row and the data rows. */
export interface ParsedTable {
  headers: string[];
  rows: string[][];
}

export const TABLE_FIELDS: Record<BackOfficeTable, readonly TableField[]> = {
  relations: [
    { field: 'buyerId', required: true, headers: ['买家ID', '买家账号', '买家id', 'buyerId', 'Buyer ID'] },
    { field: 'buyerName', required: false, headers: ['买家昵称', '买家名称', 'buyerName', 'Buyer name'] },
    { field: 'account', required: true, headers: ['专属客服', '绑定客服', '客服账号', 'account', 'Account'] },
    { field: 'boundAt', required: false, headers: ['绑定时间', 'boundAt', 'Bound at'] },
  ],
  staff: [
    { field: 'id', required: true, headers: ['账号', '子账号', 'id', 'Account'] },
    { field: 'name', required: false, headers: ['姓名', '名称', 'name', 'Name'] },
    { field: 'status', required: true, headers: ['状态', 'status', 'Status'] },
    { field: 'dedicated', required: true, headers: ['专属客服', 'dedicated', 'Dedicated'] },
    { field: 'inRouting', required: true, headers: ['进分流', '分流', 'inRouting', 'In routing'] },
    { field: 'main', required: false, headers: ['主账号', 'main', 'Main'] },
    { field: 'rights', required: false, headers: ['权限', 'rights', 'Rights'] },
  ],
};

/** Which header each field is read from; `missing` lists required fields no header matched. */
export function matchHeaders(table: BackOfficeTable, headers: readonly string[]): { mapping: Record<string, string>; missing: string[] } {
  const mapping: Record<string, string> = {};
  const missing: string[] = [];
  for (const f of TABLE_FIELDS[table]) {
    const found = headers.find((h) => f.headers.some((known) => known.toLowerCase() === h.trim().toLowerCase()));
    if (found !== undefined) mapping[f.field] = found;
    else if (f.required) missing.push(f.field);
  }
  return { mapping, missing };
}

/** File rows (cells in header order) → rows keyed by field, through the mapping. */
export function rowsByField(table: ParsedTable, mapping: Record<string, string>): ScannedRow[] {
  const at = Object.entries(mapping).map(([field, header]) => [field, table.headers.indexOf(header)] as const);
  return table.rows.map((cells) => Object.fromEntries(at.filter(([, i]) => i >= 0).map(([field, i]) => [field, cells[i] ?? ''])));
}

/** Page or file rows → relations; `firstRow` numbers the problems (1-based). Stand-in for core/table-import. */
export function rowsToRelations(rows: readonly ScannedRow[], roster: readonly Account[], firstRow = 1): { relations: Relation[]; problems: RowProblem[] } {
  const relations: Relation[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((row, i) => {
    const buyerId = (row.buyerId ?? '').trim();
    if (!buyerId) return problems.push({ row: firstRow + i, field: 'buyerId', message: 'empty' });
    const account = (row.account ?? '').trim();
    const known = roster.find((a) => a.id === account || a.name === account);
    const boundAt = row.boundAt ? Date.parse(row.boundAt.replace(' ', 'T')) : NaN;
    if (row.boundAt?.trim() && Number.isNaN(boundAt)) return problems.push({ row: firstRow + i, field: 'boundAt', message: row.boundAt });
    relations.push({
      buyerId,
      ...(row.buyerName?.trim() ? { buyerName: row.buyerName.trim() } : {}),
      accountId: account ? (known?.id ?? account) : null,
      ...(Number.isNaN(boundAt) ? {} : { boundAt }),
    });
  });
  return { relations, problems };
}

const STATUS_WORDS: Record<string, Account['status']> = { 在职: 'active', 离职: 'resigned', 停用: 'disabled', 冻结: 'frozen' };
const yes = (text: string | undefined) => /^(是|yes|y|true|1|✓)$/i.test((text ?? '').trim());

/** Staff rows → accounts. Stand-in for core/table-import. */
export function rowsToAccounts(rows: readonly ScannedRow[], firstRow = 1): { accounts: Account[]; problems: RowProblem[] } {
  const accounts: Account[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((row, i) => {
    const id = (row.id ?? '').trim();
    if (!id) return problems.push({ row: firstRow + i, field: 'id', message: 'empty' });
    const status = STATUS_WORDS[(row.status ?? '').trim()] ?? (['active', 'resigned', 'disabled', 'frozen'].includes(row.status ?? '') ? (row.status as Account['status']) : undefined);
    if (!status) return problems.push({ row: firstRow + i, field: 'status', message: row.status ?? '' });
    const rights = (row.rights ?? '').split(/[,，、;；]/).map((r) => r.trim()).filter(Boolean);
    accounts.push({ id, name: (row.name ?? id).trim(), status, dedicated: yes(row.dedicated), inRouting: yes(row.inRouting), main: yes(row.main), ...(rights.length ? { rights } : {}) });
  });
  return { accounts, problems };
}

/** Reads a CSV (UTF-8 or GBK) or XLSX/XLS file into text cells. Runs in the parse worker. Stand-in for core/table-import. */
export async function parseTableFile(bytes: Uint8Array, fileName: string): Promise<ParsedTable> {
  let grid: string[][];
  if (/\.(xlsx|xls)$/i.test(fileName)) {
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.read(bytes, { type: 'array' });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    grid = (XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false, defval: '' }) as unknown[][]).map((r) => r.map((c) => String(c ?? '')));
  } else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    const Papa = (await import('papaparse')).default;
    grid = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  }
  const [headers = [], ...rows] = grid.filter((r) => r.some((c) => c.trim() !== ''));
  return { headers: headers.map((h) => h.trim()), rows };
}
