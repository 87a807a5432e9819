import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import { relationsApi, type Account, type RelationsApi } from '../relations/relations-api';
import type { Reporter } from '../relations/ScanCard';
import { AuditCard } from './AuditCard';
import { tm } from './messages';
import { MAX_BATCH, PlannerCard } from './PlannerCard';
import { PlanResult } from './PlanResult';
import { StartTask } from './StartTask';
import { TasksCard } from './TasksCard';
import { transferApi, type PlanRequest, type TransferApi, type TransferPlan, type TransferTask } from './transfer-api';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  reporter: Reporter;
  /** The options page's two-column layout instead of the sidebar's column. */
  wide?: boolean;
  /** Tests give their own; by default the areas' requests over `client`. */
  api?: TransferApi;
  relations?: RelationsApi;
  now?: () => number;
}

const REFRESH_MS = 60_000;

/** 转移: plan a transfer to valid dedicated CS, export its batches, then follow the task until rechecked. */
export function TransferPanel({ lang, client, reporter, wide = false, api: given, relations: givenRelations, now = Date.now }: Props) {
  const [api] = useState(() => given ?? transferApi(client));
  const [relations] = useState(() => givenRelations ?? relationsApi(client));
  const roster = useSignal<Account[]>([]);
  const tasks = useSignal<TransferTask[]>([]);
  const attention = useSignal(0);
  const plan = useSignal<{ plan: TransferPlan; batchSize: number } | null>(null);
  const busy = useSignal(false);
  const accountName = useMemo(() => {
    const names = new Map(roster.value.map((a) => [a.id, a.name || a.id]));
    return (id: string | null) => (id === null ? '' : (names.get(id) ?? id));
  }, [roster.value]);

  async function reloadTasks() {
    const reply = await api.getTransferTasks();
    if (!reply.ok) return reporter.alert(reply.error.message);
    tasks.value = [...reply.value.tasks].sort((a, b) => b.startedAt - a.startedAt);
    attention.value = reply.value.attention;
  }

  useEffect(() => {
    void relations.getRoster().then((r) => (r.ok ? (roster.value = r.value) : reporter.alert(r.error.message)));
    void reloadTasks();
    // A task turns slow or due for a recheck with time: the open panel follows, as the badge does.
    const timer = setInterval(() => void reloadTasks(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  async function makePlan(request: PlanRequest) {
    busy.value = true;
    const reply = await api.planTransfer(request);
    busy.value = false;
    if (!reply.ok) return reporter.alert(reply.error.message);
    plan.value = { plan: reply.value, batchSize: request.batchSize ?? MAX_BATCH };
  }

  async function start(name: string) {
    const current = plan.value;
    if (!current) return;
    busy.value = true;
    const reply = await api.startTransferTask(name, current.plan.assignments);
    busy.value = false;
    if (!reply.ok) return reporter.alert(reply.error.message);
    reporter.say(tm(lang, 'taskStarted', { name, count: current.plan.assignments.length }));
    plan.value = null;
    await reloadTasks();
  }

  const current = plan.value;
  return (
    <div class={`transfer ${wide ? 'wide' : 'compact'}`}>
      {wide && (
        <header class="rel-head">
          <h2>{tm(lang, 'heading')}</h2>
          <p class="intro">{tm(lang, 'intro')}</p>
        </header>
      )}
      {attention.value > 0 && (
        <p class="tr-attention" role="status">
          <span>{tm(lang, 'attentionLine', { count: attention.value })}</span>
          <button type="button" class="small" onClick={() => document.getElementById('tr-tasks-heading')?.scrollIntoView({ block: 'start' })}>
            {tm(lang, 'attentionShow')}
          </button>
        </p>
      )}
      <div class="tr-columns">
        <div class="rel-card">
          <section aria-labelledby="tr-plan-heading">
            <h3 id="tr-plan-heading">{tm(lang, 'plannerHeading')}</h3>
            <PlannerCard lang={lang} roster={roster.value} busy={busy.value} onPlan={makePlan} />
          </section>
          {current && <PlanResult lang={lang} plan={current.plan} roster={roster.value} batchSize={current.batchSize} accountName={accountName} reporter={reporter} />}
          {current && current.plan.assignments.length > 0 && <StartTask lang={lang} busy={busy.value} onStart={start} />}
        </div>
        <div class="tr-side">
          <div class="rel-card">
            <TasksCard lang={lang} api={api} tasks={tasks.value} accountName={accountName} reporter={reporter} reload={reloadTasks} now={now} />
          </div>
          <div class="rel-card">
            <AuditCard lang={lang} api={api} accountName={accountName} />
          </div>
        </div>
      </div>
    </div>
  );
}
