import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import { LOCAL_CLOCK } from '../../core/routing/measured/clock';
import type { MyDay, RoutingAgent } from '../../core/routing/measured';
import type { Reporter } from '../relations/ScanCard';
import { download } from '../ui/download';
import { duration, intervalList, totalMinutes } from './format';
import { HourBars } from './HourBars';
import { rm } from './messages';
import { flushRoutingRecorder } from './recorder';

export interface MyDayCardProps {
  lang: Lang;
  client: ProtocolClient;
  /** The sidebar's status line (or the options page's notice). */
  reporter: Reporter;
  /** The agent account to offer when none is saved (e.g. the `{客服}` variable). */
  defaultAgent?: string;
  /** Now, for "today" (tests give a fixed clock). */
  now?: () => number;
}

const REFRESH_MS = 60_000;
const dayKey = (d: Pick<MyDay, 'site' | 'date'>) => `${d.site}/${d.date}`;

/**
 * 我的分流: what the sidebar recorded of the agent's day on this machine — online and busy time,
 * buyers per hour — and the day file to send to the owner.
 */
export function MyDayCard({ lang, client, reporter, defaultAgent = '', now = Date.now }: MyDayCardProps) {
  const days = useSignal<MyDay[] | null>(null);
  const agent = useSignal<RoutingAgent | null>(null);
  const agentText = useSignal('');
  const chosen = useSignal<string | null>(null);

  async function load() {
    await flushRoutingRecorder();
    const reply = await client.request({ kind: 'getMyRoutingDays' });
    if (!reply.ok) return reporter.alert(rm(lang, 'loadFailed', { message: reply.error.message }));
    days.value = reply.value.days;
    if (agent.value?.id !== reply.value.agent?.id || agentText.value === '') agentText.value = reply.value.agent?.id ?? defaultAgent;
    agent.value = reply.value.agent;
  }
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  async function saveAgent(e: Event) {
    e.preventDefault();
    const id = agentText.value.trim();
    if (!id) return;
    const reply = await client.request({ kind: 'setRoutingAgent', id });
    if (!reply.ok) return reporter.alert(reply.error.message);
    agent.value = reply.value;
    reporter.say(rm(lang, 'agentSaved', { name: reply.value.name }));
  }

  async function exportDay(day: MyDay) {
    const reply = await client.request({ kind: 'exportRoutingDay', site: day.site, date: day.date });
    if (!reply.ok) return reporter.alert(reply.error.message);
    download(reply.value.fileName, reply.value.content, 'application/json');
    reporter.say(rm(lang, 'exported', { file: reply.value.fileName }));
  }

  const today = LOCAL_CLOCK.dateOf(now());
  const list = days.value ?? [];
  const day = list.find((d) => dayKey(d) === chosen.value) ?? list[0];
  const label = (d: MyDay) => `${d.date}${d.date === today ? rm(lang, 'todayMark') : ''} · ${d.site}`;

  return (
    <section class="rd-card rd-my-day" aria-labelledby="rd-my-heading">
      <h3 id="rd-my-heading">{rm(lang, 'myHeading')}</h3>
      <p class="hint">{rm(lang, 'myIntro')}</p>
      <form class="rd-agent" onSubmit={saveAgent}>
        <label>
          {rm(lang, 'agentLabel')}
          <input type="text" value={agentText.value} maxLength={100} onInput={(e) => (agentText.value = e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!agentText.value.trim() || agentText.value.trim() === agent.value?.id}>
          {rm(lang, 'agentSave')}
        </button>
      </form>
      {!agent.value && <p class="hint">{rm(lang, 'agentHint')}</p>}
      {days.value !== null && list.length === 0 && <p class="hint">{rm(lang, 'noDays')}</p>}
      {day && (
        <>
          <div class="actions">
            <label class="inline">
              {rm(lang, 'dayLabel')}
              <select value={dayKey(day)} onChange={(e) => (chosen.value = e.currentTarget.value)}>
                {list.map((d) => (
                  <option key={dayKey(d)} value={dayKey(d)}>
                    {label(d)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void load()}>
              {rm(lang, 'refresh')}
            </button>
          </div>
          <dl class="rd-figures">
            <div>
              <dt>{rm(lang, 'onlineTime')}</dt>
              <dd>{duration(lang, totalMinutes(day.online) ?? 0)}</dd>
            </div>
            <div>
              <dt>{rm(lang, 'busyTime')}</dt>
              <dd>{duration(lang, totalMinutes(day.busy) ?? 0)}</dd>
            </div>
            <div>
              <dt>{rm(lang, 'received')}</dt>
              <dd>{day.total}</dd>
            </div>
          </dl>
          <p class="hint">{rm(lang, 'intervals', { list: intervalList(lang, day.online) })}</p>
          <p class="hint">{rm(lang, 'busyIntervals', { list: intervalList(lang, day.busy) })}</p>
          <HourBars lang={lang} perHour={day.received} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => void exportDay(day)}>
              {rm(lang, 'exportDay')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
