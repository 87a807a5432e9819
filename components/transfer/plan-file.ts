/**
 * The plan as a file for the back office's batch transfer: one row per relation with its batch.
 *
 * MERGE: `planRows` stands in for core/transfer's export rows (same columns expected); replace its
 * body with a call to it. The writers stay here: they load papaparse/XLSX only when used.
 */
import type { Lang } from '../../core/i18n';
import type { TransferPlan } from './transfer-api';

export interface PlanTable {
  header: string[];
  rows: string[][];
}

export function planRows(plan: TransferPlan, accountName: (id: string | null) => string, lang: Lang): PlanTable {
  const header = lang === 'zh' ? ['批次', '买家ID', '原客服', '目标客服'] : ['Batch', 'Buyer id', 'From', 'To'];
  const from = new Map(plan.assignments.map((a) => [a.buyerId, a.from]));
  const rows = plan.batches.flatMap((b, i) => b.buyerIds.map((id) => [String(i + 1), id, accountName(from.get(id) ?? null), accountName(b.to)]));
  return { header, rows };
}

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
