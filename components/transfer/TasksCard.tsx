import { useSignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import type { Reporter } from '../relations/ScanCard';
import { reasonsText } from './PlannerCard';
import { statusHint, statusName, tm } from './messages';
import { countOf, type Reconciliation, type TransferApi, type TransferTask } from './transfer-api';

interface Props {
  lang: Lang;
  api: TransferApi;
  tasks: readonly TransferTask[];
  accountName(id: string | null): string;
  reporter: Reporter;
  reload(): Promise<void>;
  /** Now, for the completion and recheck times (tests give a fixed clock). */
  now?: () => number;
}

const when = (lang: Lang, at: number) => new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
const SHOWN_STILL = 20;

/** Transfer tasks with their status, the buttons that move them on, and reconciliation against the latest data. */
export function TasksCard({ lang, api, tasks, accountName, reporter, reload, now = Date.now }: Props) {
  const result = useSignal<{ task: TransferTask; rec: Reconciliation } | null>(null);

  async function act(task: TransferTask, run: () => Promise<{ ok: boolean; error?: { message: string } }>, said: 'taskUpdated' | 'taskDeleted') {
    const reply = await run();
    if (!reply.ok) return reporter.alert(reply.error!.message);
    reporter.say(tm(lang, said, { name: task.name }));
    await reload();
  }

  async function reconcile(task: TransferTask) {
    const reply = await api.reconcileTransferTask(task.id);
    if (!reply.ok) return reporter.alert(reply.error.message);
    result.value = { task, rec: reply.value };
  }

  const rec = result.value;
  return (
    <section class="tr-tasks" aria-labelledby="tr-tasks-heading">
      <h3 id="tr-tasks-heading">{tm(lang, 'tasksHeading')}</h3>
      <p class="tr-note">{tm(lang, 'outboundNote')}</p>
      {tasks.length === 0 ? (
        <p class="hint">{tm(lang, 'noTasks')}</p>
      ) : (
        <ul class="tr-task-list" aria-label={tm(lang, 'tasksLabel')}>
          {tasks.map((task) => (
            <li key={task.id} class={`tr-task status-${task.status}`} aria-label={task.name}>
              <div class="tr-task-head">
                <strong>{task.name}</strong>
                <span class={`badge task-status status-${task.status}`}>{statusName(lang, task.status)}</span>
              </div>
              <p class="hint">
                {tm(lang, 'taskLine', { count: task.count, started: when(lang, task.startedAt) })}
                {task.completedAt ? ` · ${tm(lang, 'completedAt', { when: when(lang, task.completedAt) })}` : ''}
              </p>
              <p class="tr-status-hint">{statusHint(lang, task.status)}</p>
              <div class="actions">
                {!task.completedAt && (
                  <button type="button" class="small" onClick={() => act(task, () => api.updateTransferTask(task.id, { completedAt: now() }), 'taskUpdated')}>
                    {tm(lang, 'markCompleted')}
                  </button>
                )}
                {task.completedAt && !task.recheckedAt && (
                  <button type="button" class="small" onClick={() => act(task, () => api.updateTransferTask(task.id, { recheckedAt: now() }), 'taskUpdated')}>
                    {tm(lang, 'markRechecked')}
                  </button>
                )}
                <button type="button" class="small" onClick={() => reconcile(task)}>
                  {tm(lang, 'reconcile')}
                </button>
                <button type="button" class="small danger" aria-label={`${tm(lang, 'deleteTask')} ${task.name}`} onClick={() => act(task, () => api.deleteTransferTask(task.id), 'taskDeleted')}>
                  {tm(lang, 'deleteTask')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {rec && (
        <section class="tr-reconcile" aria-label={tm(lang, 'reconcileHeading', { name: rec.task.name })}>
          <h4>{tm(lang, 'reconcileHeading', { name: rec.task.name })}</h4>
          <p>{tm(lang, 'reconcileSummary', { moved: countOf(rec.rec.moved), still: rec.rec.stillAbnormal.length, notMoved: countOf(rec.rec.notMoved) })}</p>
          {rec.rec.stillAbnormal.length > 0 && (
            <ul class="problems">
              {rec.rec.stillAbnormal.slice(0, SHOWN_STILL).map((s) => (
                <li key={s.buyerId}>{tm(lang, 'stillLine', { buyer: s.buyerId, to: accountName(s.to), reasons: reasonsText(lang, s.reasons) })}</li>
              ))}
            </ul>
          )}
          <p class="hint">{tm(lang, 'reconcileHint')}</p>
        </section>
      )}
    </section>
  );
}
