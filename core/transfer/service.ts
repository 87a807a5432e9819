import { say, type Lang } from '../i18n';
import type { Account, Relation, Roster } from '../relations';
import { UserFacingError, asInput, parseInput, type RecordInput, type RecordStore, type StoreView, type WriteOutcome } from '../store';
import {
  CHUNK_MAX,
  TASK_MAX_ASSIGNMENTS,
  TRANSFER_TASK_ID_PREFIX,
  decodeAssignments,
  encodeAssignments,
  taskNameSchema,
  type TransferTaskRecord,
} from './model';
import { planTransfer, type Assignment, type PlanOptions, type TransferPlan } from './plan';
import { reconcile, type Reconciliation } from './reconcile';
import { AUDIT_ADVICE, PRE_TRANSFER_CHECKLIST, auditPermissions, type AccountAudit, type ChecklistItem, type Words } from './rights';
import { attentionAt, nextCheckAt, taskStatus, type TaskStatus, type TaskTimes } from './status';

/**
 * Where the transfer area reads the roster and the current relation set. The relations area
 * provides it (wired in the background); the transfer area stores neither.
 */
export interface RelationSource {
  /** The roster as stored (`[]` when none was entered yet). */
  roster(): Promise<Account[]>;
  /** The current relation set (the last finished scan or import) with the roster, or null when there is none. */
  current(): Promise<{ relations: readonly Relation[]; roster: Roster } | null>;
}

/** A source with no data: until the relations area is wired, every plan says "scan first". */
export const NO_RELATIONS: RelationSource = { roster: async () => [], current: async () => null };

export interface TaskSummary {
  id: string;
  name: string;
  startedAt: number;
  completedAt?: number;
  recheckedAt?: number;
  /** Relations in the task. */
  count: number;
  /** Per target account, how many relations go there (plan order). */
  targets: { accountId: string; count: number }[];
  status: TaskStatus;
  /** When `status` next changes by itself (null: it will not). */
  nextCheckAt: number | null;
}

export interface StartTaskInput {
  name: string;
  startedAt?: number;
  /** The relations of the task (at most `CHUNK_MAX` here; more through `addAssignments`). */
  assignments?: Assignment[];
  /** Or: plan again in the background with these options (same data, same plan) and take its batches. */
  plan?: PlanOptions;
  /** With `plan`: only these batches (numbered from 1), the ones submitted now. */
  batches?: number[];
}

export interface TaskTimesUpdate {
  id: string;
  name?: string;
  /** `null` clears it (marked completed by mistake). */
  completedAt?: number | null;
  recheckedAt?: number | null;
}

export interface PermissionsAudit {
  accounts: AccountAudit[];
  advice: Readonly<Record<string, Words>>;
  checklist: readonly ChecklistItem[];
}

export interface TransferService {
  plan(options: PlanOptions): Promise<{ value: TransferPlan }>;
  startTask(input: StartTaskInput): Promise<WriteOutcome<TaskSummary>>;
  addAssignments(id: string, assignments: readonly Assignment[]): Promise<WriteOutcome<TaskSummary>>;
  listTasks(): Promise<{ value: { tasks: TaskSummary[]; attention: number } }>;
  getTask(id: string): Promise<{ value: TaskSummary & { assignments: Assignment[] } }>;
  updateTask(update: TaskTimesUpdate): Promise<WriteOutcome<TaskSummary>>;
  deleteTask(id: string): Promise<WriteOutcome<{ id: string }>>;
  reconcileTask(id: string): Promise<{ value: Reconciliation }>;
  audit(): Promise<{ value: PermissionsAudit }>;
  /** Every live task's times (for reminders). */
  taskTimes(): Promise<TaskTimes[]>;
}

export interface TransferServiceDeps {
  store: RecordStore;
  source: RelationSource;
  newId: (prefix: string) => string;
  now: () => number;
  lang: Lang;
}

export function newTaskId(newId: (prefix: string) => string): string {
  return TRANSFER_TASK_ID_PREFIX + newId('xfer').replace(/^xfer_/, '');
}

function summarize(task: TransferTaskRecord, now: number, assignments = decodeAssignments(task.assignments)): TaskSummary {
  const perTarget = new Map<string, number>();
  for (const a of assignments) perTarget.set(a.to, (perTarget.get(a.to) ?? 0) + 1);
  const times = timesOf(task);
  return {
    id: task.id,
    name: task.name,
    ...times,
    count: task.count,
    targets: [...perTarget].map(([accountId, count]) => ({ accountId, count })),
    status: taskStatus(times, now),
    nextCheckAt: nextCheckAt(times, now),
  };
}

function timesOf(task: TransferTaskRecord): TaskTimes {
  return {
    startedAt: task.startedAt,
    ...(task.completedAt !== undefined ? { completedAt: task.completedAt } : {}),
    ...(task.recheckedAt !== undefined ? { recheckedAt: task.recheckedAt } : {}),
  };
}

export function createTransferService({ store, source, newId, now, lang }: TransferServiceDeps): TransferService {
  const noData = () =>
    new UserFacingError(
      'not-found',
      say(lang, '还没有关系数据：请先读取关系表或导入后台导出的关系文件。', 'There is no relation data yet: read the relation table or import the back office’s export first.'),
    );
  const notFound = (id: string) =>
    new UserFacingError('not-found', say(lang, `找不到这个转移任务（${id}），可能已被删除。`, `This transfer task (${id}) was not found; it may have been deleted.`));
  const invalid = (zh: string, en: string, details?: string[]) => new UserFacingError('invalid-request', say(lang, zh, en), details);

  function taskIn(view: StoreView, id: string): TransferTaskRecord {
    const task = view.get(id);
    if (!task || task.type !== 'transferTask' || task.deleted) throw notFound(id);
    return task as TransferTaskRecord;
  }

  async function currentPlan(options: PlanOptions): Promise<TransferPlan> {
    const data = await source.current();
    if (!data) throw noData();
    return planTransfer(data.relations, data.roster, options);
  }

  function pickBatches(plan: TransferPlan, numbers: readonly number[] | undefined): Assignment[] {
    if (!numbers) return plan.assignments;
    const bad = numbers.filter((n) => !Number.isInteger(n) || n < 1 || n > plan.batches.length);
    if (bad.length > 0) {
      throw invalid(
        '所选批次不在计划中，没有创建任务。',
        'Some chosen batches are not in the plan; no task was created.',
        bad.map((n) => say(lang, `批次 ${n}（计划共 ${plan.batches.length} 批）`, `batch ${n} (the plan has ${plan.batches.length})`)),
      );
    }
    const from = new Map(plan.assignments.map((a) => [a.buyerId, a.from]));
    return [...new Set(numbers)]
      .sort((a, b) => a - b)
      .flatMap((n) => plan.batches[n - 1]!.buyerIds.map((buyerId) => ({ buyerId, from: from.get(buyerId) ?? null, to: plan.batches[n - 1]!.to })));
  }

  function checkSize(total: number): void {
    if (total > TASK_MAX_ASSIGNMENTS) {
      throw invalid(`一个任务最多 ${TASK_MAX_ASSIGNMENTS} 个关系，没有保存。`, `A task holds at most ${TASK_MAX_ASSIGNMENTS} relations; nothing was saved.`);
    }
  }

  return {
    async plan(options) {
      return { value: await currentPlan(options) };
    },

    async startTask(input) {
      if ((input.assignments === undefined) === (input.plan === undefined)) {
        throw invalid('请给出要转移的关系，或给出计划选项（二选一）。', 'Give either the relations to transfer or the plan options, not both or neither.');
      }
      const assignments = input.plan ? pickBatches(await currentPlan(input.plan), input.batches) : input.assignments!;
      if (!input.plan && assignments.length > CHUNK_MAX) throw invalid(`一次最多发送 ${CHUNK_MAX} 个关系，其余请分批追加。`, `Send at most ${CHUNK_MAX} relations per message and add the rest after.`);
      checkSize(assignments.length);
      const name = parseInput(taskNameSchema, input.name, { zh: '转移任务', en: 'transfer task' }, lang);
      const startedAt = input.startedAt ?? now();
      return store.update(() => {
        const id = newTaskId(newId);
        const put = { id, type: 'transferTask', scope: 'local' as const, name, startedAt, count: assignments.length, assignments: encodeAssignments(assignments) };
        return { changes: [{ put }], value: summarize(put as unknown as TransferTaskRecord, now(), [...assignments]) };
      });
    },

    addAssignments(id, more) {
      return store.update((view) => {
        const task = taskIn(view, id);
        const all = [...decodeAssignments(task.assignments), ...more];
        checkSize(all.length);
        const put = { ...asInput(task), count: all.length, assignments: encodeAssignments(all) };
        return { changes: [{ put }], value: summarize(put as unknown as TransferTaskRecord, now(), all) };
      });
    },

    async listTasks() {
      const t = now();
      const tasks = (await store.list('transferTask')) as TransferTaskRecord[];
      const sorted = tasks.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1)).map((task) => summarize(task, t));
      return { value: { tasks: sorted, attention: attentionAt(sorted, t).attention } };
    },

    async getTask(id) {
      const task = (await store.get(id)) as TransferTaskRecord | undefined;
      if (!task || task.type !== 'transferTask' || task.deleted) throw notFound(id);
      const assignments = decodeAssignments(task.assignments);
      return { value: { ...summarize(task, now(), assignments), assignments } };
    },

    updateTask(update) {
      return store.update((view) => {
        const task = taskIn(view, update.id);
        const next: RecordInput = { ...asInput(task) };
        if (update.name !== undefined) next.name = parseInput(taskNameSchema, update.name, { zh: '转移任务', en: 'transfer task' }, lang);
        for (const field of ['completedAt', 'recheckedAt'] as const) {
          if (update[field] === null) delete next[field];
          else if (update[field] !== undefined) next[field] = update[field];
        }
        const times = next as unknown as TaskTimes;
        if (times.completedAt !== undefined && times.completedAt < times.startedAt) {
          throw invalid('完成时间早于开始时间，没有保存。', 'The completion time is before the start; nothing was saved.');
        }
        if (times.recheckedAt !== undefined && times.completedAt === undefined) {
          throw invalid('请先标记任务已完成，再记录复查。', 'Mark the task completed before recording its recheck.');
        }
        return { changes: [{ put: next }], value: summarize(next as unknown as TransferTaskRecord, now()) };
      });
    },

    deleteTask(id) {
      return store.update((view) => {
        const task = taskIn(view, id);
        // A tombstone without its relations, so a deleted task costs no space.
        return { changes: [{ put: { ...asInput(task), count: 0, assignments: encodeAssignments([]), deleted: true } }], value: { id } };
      });
    },

    async reconcileTask(id) {
      const task = (await store.get(id)) as TransferTaskRecord | undefined;
      if (!task || task.type !== 'transferTask' || task.deleted) throw notFound(id);
      const data = await source.current();
      if (!data) throw noData();
      return { value: reconcile(decodeAssignments(task.assignments), data.relations, data.roster) };
    },

    async audit() {
      return { value: { accounts: auditPermissions(await source.roster()), advice: AUDIT_ADVICE, checklist: PRE_TRANSFER_CHECKLIST } };
    },

    async taskTimes() {
      return ((await store.list('transferTask')) as TransferTaskRecord[]).map(timesOf);
    },
  };
}
