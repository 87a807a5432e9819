/**
 * The transfer area's requests as the 转移 panel calls them, through the typed ProtocolClient: the
 * shapes below are the panel's view of the area's replies, and the compiler checks they agree.
 */
import type { ProtocolClient, Reply } from '../../core/client';
import type { Lang } from '../../core/i18n';

// The planner's and the tracker's own names (types only: nothing of core/transfer is bundled here).
export type { Assignment, PlanMode as TransferMode, TaskStatus } from '../../core/transfer';
import type { Assignment, PlanMode as TransferMode, TaskStatus } from '../../core/transfer';

/** `planTransfer` of core/transfer: who goes where, in back-office batches, and the refused targets. */
export interface TransferPlan {
  assignments: Assignment[];
  batches: { to: string; buyerIds: string[] }[];
  rejected: { accountId: string; reasons: string[] }[];
}

export interface PlanRequest {
  mode: TransferMode;
  targets?: string[];
  capacity?: Record<string, number>;
  batchSize?: number;
  includeNormal?: boolean;
}

export interface TransferTask {
  id: string;
  name: string;
  startedAt: number;
  completedAt?: number;
  recheckedAt?: number;
  /** How many relations the task moves. */
  count: number;
  status: TaskStatus;
}

/** A count, or the list it counts (the contract leaves it open; both are shown as a count). */
type CountOrList = number | readonly unknown[];

export interface Reconciliation {
  moved: CountOrList;
  stillAbnormal: { buyerId: string; to: string; reasons: string[] }[];
  notMoved: CountOrList;
}

/** Per dedicated account: rights beyond the role and the setup missing before a transfer, with what to change. */
export interface AccountAudit {
  accountId: string;
  name?: string;
  extraRights: string[];
  missingSetup: string[];
  advice?: string | string[];
}

export interface TransferApi {
  planTransfer(request: PlanRequest): Promise<Reply<TransferPlan>>;
  startTransferTask(name: string, assignments: Assignment[]): Promise<Reply<TransferTask>>;
  /** The tasks, and how many need attention now (slow, timed out, recheck due). */
  getTransferTasks(): Promise<Reply<{ tasks: TransferTask[]; attention: number }>>;
  updateTransferTask(id: string, patch: { completedAt?: number; recheckedAt?: number }): Promise<Reply<unknown>>;
  deleteTransferTask(id: string): Promise<Reply<unknown>>;
  reconcileTransferTask(id: string): Promise<Reply<Reconciliation>>;
  getPermissionsAudit(lang: Lang): Promise<Reply<AccountAudit[]>>;
}

export function transferApi(client: ProtocolClient): TransferApi {
  return {
    planTransfer: (request) => client.request({ kind: 'planTransfer', ...request }),
    startTransferTask: (name, assignments) => client.request({ kind: 'startTransferTask', name, assignments }),
    getTransferTasks: () => client.request({ kind: 'getTransferTasks' }),
    updateTransferTask: (id, patch) => client.request({ kind: 'updateTransferTask', id, ...patch }),
    deleteTransferTask: (id) => client.request({ kind: 'deleteTransferTask', id }),
    reconcileTransferTask: (id) => client.request({ kind: 'reconcileTransferTask', id }),
    async getPermissionsAudit(lang) {
      const reply = await client.request({ kind: 'getPermissionsAudit' });
      if (!reply.ok) return reply;
      const { accounts, advice } = reply.value;
      return {
        ok: true,
        value: accounts.map((a) => ({
          accountId: a.accountId,
          name: a.name,
          extraRights: a.extra.map((f) => f.right),
          missingSetup: a.missing.map((term) => term.name[lang]),
          advice: a.advice.map((code) => advice[code]?.[lang] ?? code),
        })),
      };
    },
  };
}

export const countOf = (x: CountOrList): number => (typeof x === 'number' ? x : x.length);
