import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { DayFigures, WaitDaySummary } from '../../core/metrics';
import type { Reporter } from '../relations/ScanCard';
import { Chart } from '../routing/Chart';
import { trendChart } from './chart';
import { DayForm, draftOf, emptyDraft } from './DayForm';
import { localToday } from './format';
import { mm } from './messages';
import { MetricsTable } from './MetricsTable';
import { metricsRows, trendRows, type MetricsRow } from './rows';
import './metrics.css';

/** Days the trend chart draws. */
export const TREND_DAYS = 30;

interface Props {
  lang: Lang;
  client: ProtocolClient;
  reporter: Reporter;
  /** Now, for today's date and pending waits (tests give a fixed clock). */
  now?: () => number;
}

/**
 * 指标: the owner enters a day's figures; the page shows each day's conversion rate, charm index
 * and reply rates (from the waits the sidebar recorded) in a table, and the shop's trend in a chart.
 */
export function MetricsPage({ lang, client, reporter, now = Date.now }: Props) {
  const today = localToday(now());
  const days = useSignal<DayFigures[]>([]);
  const waits = useSignal<WaitDaySummary[]>([]);
  const loaded = useSignal(false);
  const draft = useSignal(emptyDraft(today));

  async function load() {
    const [figures, replies] = await Promise.all([client.request({ kind: 'getMetricsDays' }), client.request({ kind: 'getReplyWaitDays' })]);
    if (!figures.ok) return reporter.alert(mm(lang, 'loadFailed', { message: figures.error.message }));
    if (!replies.ok) return reporter.alert(mm(lang, 'loadFailed', { message: replies.error.message }));
    days.value = figures.value;
    waits.value = replies.value;
    loaded.value = true;
  }
  useEffect(() => void load(), []);

  async function remove(row: MetricsRow) {
    const reply = await client.request({ kind: 'deleteMetricsDay', date: row.date, product: row.product });
    if (!reply.ok) return reporter.alert(reply.error.message);
    reporter.say(mm(lang, 'deleted', { date: row.date, product: row.product || mm(lang, 'wholeShop') }));
    await load();
  }

  function edit(row: MetricsRow) {
    if (!row.figures) return;
    draft.value = draftOf(row.figures);
    reporter.say(mm(lang, 'editing', { date: row.date, product: row.product || mm(lang, 'wholeShop') }));
  }

  const rows = useMemo(() => metricsRows(days.value, waits.value), [days.value, waits.value]);
  const trend = trendRows(rows, TREND_DAYS);
  const spec = useMemo(
    () => trendChart(trend, { conversion: mm(lang, 'colConversion'), charm: mm(lang, 'colCharm'), within3: mm(lang, 'colWithin3'), within5: mm(lang, 'colWithin5') }),
    [rows, lang],
  );
  const todayReplies = rows.find((r) => r.date === today && r.replies)?.replies;

  return (
    <div class="mt">
      <section class="mt-card" aria-labelledby="mt-heading">
        <h3 id="mt-heading">{mm(lang, 'heading')}</h3>
        <p class="hint">{mm(lang, 'intro')}</p>
        <DayForm lang={lang} client={client} reporter={reporter} draft={draft} today={today} onSaved={() => void load()} />
      </section>
      <section class="mt-card" aria-labelledby="mt-table-heading">
        <h3 id="mt-table-heading">{mm(lang, 'tableHeading')}</h3>
        {todayReplies && (
          <p class="hint">
            {mm(lang, 'repliesNote', { counted: todayReplies.counts.counted, unanswered: todayReplies.counts.counted - todayReplies.counts.answered })}
            {todayReplies.counts.undecided3 > 0 && mm(lang, 'repliesPending', { pending: todayReplies.counts.undecided3 })}
          </p>
        )}
        {loaded.value && rows.length === 0 ? (
          <p class="hint">{mm(lang, 'noRows')}</p>
        ) : (
          <MetricsTable lang={lang} rows={rows} onEdit={edit} onDelete={(r) => void remove(r)} />
        )}
      </section>
      <section class="mt-card" aria-labelledby="mt-chart-heading">
        <h3 id="mt-chart-heading">{mm(lang, 'chartHeading', { days: TREND_DAYS })}</h3>
        {trend.length < 2 ? (
          <p class="hint">{mm(lang, 'chartTooFew')}</p>
        ) : (
          <>
            <Chart label={mm(lang, 'chartLabel')} spec={spec} height={220} />
            <p class="hint">{mm(lang, 'chartGaps')}</p>
          </>
        )}
      </section>
    </div>
  );
}
