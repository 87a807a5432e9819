import { say, type Lang } from '../i18n';
import type { Roster } from '../relations';
import type { TransferPlan } from './plan';

export interface PlanTable {
  /** Column titles, in the seller's language. */
  header: string[];
  /** One row per relation: batch no. (from 1), buyer id, buyer name, from id, from name, to id, to name. */
  rows: string[][];
  sheetName: string;
}

/**
 * A plan as a table for CSV/XLSX export, batch by batch as the back office takes them. Plain
 * strings: the file writer neutralises formulas (a buyer id starting with `=` stays text).
 */
export function planTable(plan: Pick<TransferPlan, 'batches' | 'assignments'>, roster: Roster, lang: Lang, buyerNames?: ReadonlyMap<string, string>): PlanTable {
  const names = new Map<string, string>();
  for (const a of roster) if (!names.has(a.id)) names.set(a.id, a.name);
  const from = new Map<string, string | null>();
  for (const a of plan.assignments) from.set(a.buyerId, a.from);
  const rows: string[][] = [];
  plan.batches.forEach((batch, i) => {
    const no = String(i + 1);
    const toName = names.get(batch.to) ?? '';
    for (const buyerId of batch.buyerIds) {
      const source = from.get(buyerId) ?? null;
      rows.push([no, buyerId, buyerNames?.get(buyerId) ?? '', source ?? '', source === null ? '' : (names.get(source) ?? ''), batch.to, toName]);
    }
  });
  return {
    header:
      lang === 'zh'
        ? ['批次', '买家ID', '买家昵称', '原客服ID', '原客服', '目标客服ID', '目标客服']
        : ['Batch', 'Buyer ID', 'Buyer name', 'From account ID', 'From account', 'To account ID', 'To account'],
    rows,
    sheetName: say(lang, '转移计划', 'Transfer plan'),
  };
}

/** `kefu-transfer-plan-2026-12-01` (no extension): the seller's local date. */
export function planFileBase(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `kefu-transfer-plan-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
