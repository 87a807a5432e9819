/**
 * The relations area's requests as the panels call them, sent through the typed ProtocolClient: the
 * shapes below are the panels' view of the area's replies, and the compiler checks they agree.
 */
import type { ProtocolClient, Reply } from '../../core/client';
import type { Account, OpenRelationSet, ReasonCode, Relation, RelationReportRow } from '../../core/relations';
import type { BackOfficeTable } from '../sidebar/host';

export type { Account, OpenRelationSet, ReasonCode, Relation };

export interface AccountSummary {
  /** The roster id, the bound-account text when the roster does not know it, or null (no CS bound). */
  accountId: string | null;
  name: string;
  total: number;
  abnormal: number;
  byReason: Partial<Record<ReasonCode, number>>;
}

/** Accounts with an id: the summary's "no dedicated CS bound" line (null) has its own reason instead. */
export const hasAccount = (a: AccountSummary): a is AccountSummary & { accountId: string } => a.accountId !== null;

/** One relation of the current set, with every reason it is abnormal (`[]` = normal). */
export type ReportRow = RelationReportRow;

export interface RelationReport {
  setId: string;
  source: 'scan' | 'import';
  label: string;
  finishedAt: number;
  total: number;
  summary: { byReason: Partial<Record<ReasonCode, number>>; byAccount: AccountSummary[]; abnormal: number };
  rows: ReportRow[];
}

/** Field → the header text it was read from, as the owner mapped it. */
export type TableMapping = Record<string, string>;

/** The largest number of relations sent in one message (the contract's chunk limit). */
export const RELATIONS_PER_MESSAGE = 5000;

/** Report rows asked for per message: the page parses each reply in one task, kept short. */
export const REPORT_ROWS_PER_MESSAGE = 20_000;

export interface RelationsApi {
  getRoster(): Promise<Reply<Account[]>>;
  saveRoster(accounts: Account[], mode: 'replace' | 'merge'): Promise<Reply<{ count: number }>>;
  beginRelationSet(source: 'scan' | 'import', label: string): Promise<Reply<{ setId: string }>>;
  /** Sends `relations` in chunks of at most {@link RELATIONS_PER_MESSAGE}; the cursor goes with the last. */
  addRelations(setId: string, relations: Relation[], cursor?: { pagesDone: number }): Promise<Reply<{ count: number }>>;
  finishRelationSet(setId: string): Promise<Reply<{ total: number }>>;
  getOpenRelationSet(source: 'scan' | 'import'): Promise<Reply<OpenRelationSet | null>>;
  getRelationReport(): Promise<Reply<RelationReport | null>>;
  getTableMapping(table: BackOfficeTable, headers: string[]): Promise<Reply<TableMapping | null>>;
  saveTableMapping(table: BackOfficeTable, mapping: TableMapping): Promise<Reply<unknown>>;
}

export function relationsApi(client: ProtocolClient): RelationsApi {
  return {
    getRoster: () => client.request({ kind: 'getRoster' }),
    saveRoster: (accounts, mode) => client.request({ kind: 'saveRoster', accounts, mode }),
    beginRelationSet: (source, label) => client.request({ kind: 'beginRelationSet', source, label }),
    async addRelations(setId, relations, cursor) {
      let count = 0;
      for (let at = 0; at === 0 || at < relations.length; at += RELATIONS_PER_MESSAGE) {
        const chunk = relations.slice(at, at + RELATIONS_PER_MESSAGE);
        const last = at + RELATIONS_PER_MESSAGE >= relations.length;
        const reply = await client.request({ kind: 'addRelations', setId, relations: chunk, ...(cursor && last ? { cursor } : {}) });
        if (!reply.ok) return reply;
        count = reply.value.count;
      }
      return { ok: true, value: { count } };
    },
    finishRelationSet: (setId) => client.request({ kind: 'finishRelationSet', setId }),
    getOpenRelationSet: (source) => client.request({ kind: 'getOpenRelationSet', source }),
    async getRelationReport() {
      // In pages: 100,000 rows in one reply would block the page for a long task while it is parsed.
      // If another set becomes current between pages, start again with that one.
      for (let attempt = 0; ; attempt++) {
        const page = (offset: number) => client.request({ kind: 'getRelationReport', offset, limit: REPORT_ROWS_PER_MESSAGE });
        const first = await page(0);
        if (!first.ok || !first.value) return first;
        const report = first.value;
        const matched = report.matched ?? report.rows.length;
        while (report.rows.length < matched) {
          const next = await page(report.rows.length);
          if (!next.ok) return next;
          if (next.value?.setId !== report.setId || next.value.rows.length === 0) break;
          for (const row of next.value.rows) report.rows.push(row);
        }
        if (report.rows.length >= matched || attempt >= 2) return { ok: true, value: report };
      }
    },
    async getTableMapping(table, headers) {
      // The area answers the saved mapping and the one it would resolve; the preview wants the saved one.
      const reply = await client.request({ kind: 'getTableMapping', table, headers });
      return reply.ok ? { ok: true, value: reply.value.saved } : reply;
    },
    saveTableMapping: (table, mapping) => client.request({ kind: 'saveTableMapping', table, mapping }),
  };
}
