import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { RoutingEstimate, Scenario } from '../../core/routing';
import {
  COUNT_FILE_MAX_BYTES,
  DAY_FILE_MAX_BYTES,
  checkEntry,
  compareWithReality,
  fileTooLarge,
  describeAssumption,
  describeComparison,
  describeReality,
  measuredScenario,
  measuredShares,
  type CountField,
  type MeasuredAssumption,
  type MeasuredScenarioOptions,
  type TeamDay,
} from '../../core/routing/measured';
import type { Reporter } from '../relations/ScanCard';
import { duration, intervalList, totalMinutes } from './format';
import { rm, type RoutingDataMessageKey } from './messages';
import { runOffThread, type RunJob } from './worker-jobs';

export interface TeamDataCardProps {
  lang: Lang;
  client: ProtocolClient;
  /** The page's notice line. */
  reporter: Reporter;
  /** Gets the scenario built from the data, with the agents' names and what was assumed. */
  onUseScenario?(scenario: Scenario, built: { names: Record<string, string>; assumptions: MeasuredAssumption[] }): void;
  /** The simulation of the scenario in use: when given, reality is compared with it. */
  estimate?: RoutingEstimate | null;
  /** What the owner knows and the data does not (weights, groups, reply time, returning share). */
  scenarioOptions?: MeasuredScenarioOptions;
  /** Reads count tables off the main thread (tests give their own). */
  run?: RunJob;
}

interface FileOutcome {
  file: string;
  lines: string[];
  refused: boolean;
}

const FIELD_NAMES: Record<CountField, RoutingDataMessageKey> = { agent: 'handAgent', date: 'handDate', hour: 'hour', count: 'handCount' };
const CHUNK = 5_000;
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * 分流数据: the owner imports the team's day files and count tables (each file all or nothing,
 * problems listed by file, row and field), types counts by hand, keeps or deletes agent-days, builds
 * the scenario from them and, given the simulation, sees where reality departs from it.
 */
export function TeamDataCard({ lang, client, reporter, onUseScenario, estimate, scenarioOptions, run = runOffThread }: TeamDataCardProps) {
  const days = useSignal<TeamDay[]>([]);
  const outcomes = useSignal<FileOutcome[]>([]);
  const busy = useSignal<string | null>(null);
  const hand = useSignal({ agent: '', date: '', count: '' });
  const handProblems = useSignal<string[]>([]);
  const built = useSignal<ReturnType<typeof measuredScenario> | null>(null);

  async function reload() {
    const reply = await client.request({ kind: 'getRoutingTeamDays' });
    if (!reply.ok) return reporter.alert(reply.error.message);
    days.value = reply.value;
  }
  useEffect(() => void reload(), []);

  async function importFiles(chosen: File[]) {
    if (chosen.length === 0) return;
    // Sizes checked before any file is read: a 200 MB file is refused without reaching memory.
    const limit = (f: File) => (/\.json$/i.test(f.name) ? DAY_FILE_MAX_BYTES : COUNT_FILE_MAX_BYTES);
    const tooLarge = chosen.filter((f) => f.size > limit(f));
    const files = chosen.filter((f) => f.size <= limit(f));
    busy.value = rm(lang, 'importing', { count: files.length });
    const results: FileOutcome[] = tooLarge.map((f) => ({ file: f.name, lines: [fileTooLarge(f.name, f.size, limit(f), lang)], refused: true }));
    try {
      const json = files.filter((f) => /\.json$/i.test(f.name));
      if (json.length > 0) {
        const texts = await Promise.all(json.map(async (f) => ({ name: f.name, text: await f.text() })));
        const reply = await client.request({ kind: 'importRoutingDayFiles', files: texts });
        if (!reply.ok) results.push(...json.map((f) => ({ file: f.name, lines: [reply.error.message, ...(reply.error.details ?? [])], refused: true })));
        else {
          for (const done of reply.value.imported) {
            results.push({ file: done.file, lines: [rm(lang, done.replaced ? 'importedReplaced' : 'importedFile', { file: done.file, name: done.agentName, date: done.date })], refused: false });
          }
          for (const bad of reply.value.refused) results.push({ file: bad.file, lines: bad.errors, refused: true });
        }
      }
      for (const file of files.filter((f) => !/\.json$/i.test(f.name))) results.push(await importTable(file));
    } finally {
      busy.value = null;
    }
    outcomes.value = results;
    const bad = results.filter((r) => r.refused).length;
    const summary = rm(lang, 'importSummary', { ok: results.length - bad, bad });
    if (bad > 0) reporter.alert(summary);
    else reporter.say(summary);
    await reload();
  }

  async function importTable(file: File): Promise<FileOutcome> {
    let counts;
    try {
      counts = await run({ kind: 'counts', bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, lang });
    } catch (error) {
      return { file: file.name, lines: [error instanceof Error ? error.message : String(error)], refused: true };
    }
    if (!counts.ok) return { file: file.name, lines: counts.errors, refused: true };
    // One request per chunk; the table's rows are checked already, so the chunks land or fail together in practice.
    for (let i = 0; i < counts.days.length; i += CHUNK) {
      const reply = await client.request({ kind: 'addRoutingCounts', source: 'table', days: counts.days.slice(i, i + CHUNK) });
      if (!reply.ok) return { file: file.name, lines: [reply.error.message, ...(reply.error.details ?? [])], refused: true };
    }
    return { file: file.name, lines: [rm(lang, 'importedTable', { file: file.name, count: counts.days.length })], refused: false };
  }

  async function addByHand(e: Event) {
    e.preventDefault();
    const checked = checkEntry(hand.value, lang);
    if ('problems' in checked) {
      handProblems.value = checked.problems.map(([field, problem]) => rm(lang, 'handProblem', { field: rm(lang, FIELD_NAMES[field]), problem }));
      return;
    }
    handProblems.value = [];
    const { agent, date, count } = checked.entry;
    const reply = await client.request({
      kind: 'addRoutingCounts',
      source: 'hand',
      days: [{ agentId: agent, agentName: agent, site: '', date: date ?? null, online: null, busy: null, received: null, total: count }],
    });
    if (!reply.ok) return reporter.alert(reply.error.message);
    reporter.say(rm(lang, 'handAdded', { name: agent, count }));
    hand.value = { agent: '', date: '', count: '' };
    await reload();
  }

  async function remove(ids: string[]) {
    const reply = await client.request({ kind: 'deleteRoutingTeamDays', ids });
    if (!reply.ok) return reporter.alert(reply.error.message);
    reporter.say(rm(lang, 'deleted', { count: reply.value.deleted }));
    await reload();
  }

  function build() {
    const result = measuredScenario(days.value, scenarioOptions);
    built.value = result;
    const dates = new Set(days.value.map((d) => d.date ?? '')).size;
    reporter.say(rm(lang, 'built', { agents: result.scenario.agents.length, days: dates }));
    onUseScenario?.(result.scenario, { names: result.names, assumptions: result.assumptions });
  }

  const list = days.value;
  const scenario = built.value;
  const comparison = estimate && list.length > 0 ? compareWithReality(measuredShares(list), estimate) : null;
  const when = (d: TeamDay) => d.date ?? rm(lang, 'noDate');

  return (
    <section class="rd-card rd-team" aria-labelledby="rd-team-heading">
      <h3 id="rd-team-heading">{rm(lang, 'teamHeading')}</h3>
      <p class="hint">{rm(lang, 'teamIntro')}</p>
      <div class="actions">
        <label class="file-button">
          {rm(lang, 'importFiles')}
          <input
            type="file"
            multiple
            accept=".json,.csv,.txt,.xlsx,.xls"
            disabled={busy.value !== null}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = [...(input.files ?? [])];
              input.value = '';
              void importFiles(files);
            }}
          />
        </label>
        {busy.value && <span class="hint">{busy.value}</span>}
      </div>
      {outcomes.value.length > 0 && (
        <ul class="rd-outcomes" aria-label={rm(lang, 'importFiles')}>
          {outcomes.value.map((o, i) => (
            <li key={i} class={o.refused ? 'refused' : 'done'} role={o.refused ? 'alert' : undefined}>
              {o.refused ? (
                <>
                  <strong>{rm(lang, 'refusedFile', { file: o.file })}</strong>
                  <ul class="problems">
                    {o.lines.map((line, j) => (
                      <li key={j}>{line}</li>
                    ))}
                  </ul>
                </>
              ) : (
                o.lines.join(' ')
              )}
            </li>
          ))}
        </ul>
      )}

      <form class="rd-hand" onSubmit={addByHand} aria-label={rm(lang, 'handHeading')}>
        <h4>{rm(lang, 'handHeading')}</h4>
        <label>
          {rm(lang, 'handAgent')}
          <input type="text" value={hand.value.agent} onInput={(e) => (hand.value = { ...hand.value, agent: e.currentTarget.value })} />
        </label>
        <label>
          {rm(lang, 'handDate')}
          <input type="date" value={hand.value.date} onInput={(e) => (hand.value = { ...hand.value, date: e.currentTarget.value })} />
        </label>
        <label>
          {rm(lang, 'handCount')}
          <input type="number" min={0} step={1} value={hand.value.count} onInput={(e) => (hand.value = { ...hand.value, count: e.currentTarget.value })} />
        </label>
        <button type="submit">{rm(lang, 'handAdd')}</button>
        {handProblems.value.length > 0 && (
          <ul class="problems" role="alert">
            {handProblems.value.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </form>

      <h4>{rm(lang, 'listHeading', { count: list.length })}</h4>
      {list.length === 0 ? (
        <p class="hint">{rm(lang, 'noTeamDays')}</p>
      ) : (
        <>
          <div class="rd-table-wrap">
            <table class="rd-days" aria-label={rm(lang, 'listLabel')}>
              <thead>
                <tr>
                  {(['colAgent', 'colDate', 'colSite', 'colSource', 'colOnline', 'colBusy', 'colReceived'] as const).map((k) => (
                    <th key={k} scope="col">
                      {rm(lang, k)}
                    </th>
                  ))}
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {list.map((d) => {
                  const online = totalMinutes(d.online);
                  const busyMin = totalMinutes(d.busy);
                  return (
                    <tr key={d.id}>
                      <th scope="row">{d.agentName}</th>
                      <td>{when(d)}</td>
                      <td>{d.site || rm(lang, 'unknown')}</td>
                      <td>{rm(lang, `source_${d.source}`)}</td>
                      <td title={d.online ? intervalList(lang, d.online) : undefined}>{online === null ? rm(lang, 'unknown') : duration(lang, online)}</td>
                      <td>{busyMin === null ? rm(lang, 'unknown') : duration(lang, busyMin)}</td>
                      <td>{d.total}</td>
                      <td>
                        <button type="button" class="small danger" aria-label={rm(lang, 'deleteDayLabel', { name: d.agentName, date: when(d) })} onClick={() => void remove([d.id])}>
                          {rm(lang, 'deleteDay')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div class="actions">
            <button type="button" class="primary" onClick={build}>
              {rm(lang, 'buildScenario')}
            </button>
            <button type="button" class="danger" onClick={() => void remove(list.map((d) => d.id))}>
              {rm(lang, 'deleteAll')}
            </button>
          </div>
        </>
      )}

      {scenario && (
        <div class="rd-built" role="region" aria-label={rm(lang, 'scenarioHeading')}>
          <h4>{rm(lang, 'scenarioHeading')}</h4>
          <ul>
            {scenario.scenario.agents.map((a) => (
              <li key={a.id}>
                {rm(lang, 'scenarioAgent', {
                  name: scenario.names[a.id] ?? a.id,
                  online: a.online.map(([s, e]) => `${hoursText(s)}–${hoursText(e)}`).join(lang === 'zh' ? '，' : ', '),
                  weight: a.weight,
                })}
              </li>
            ))}
            <li>{rm(lang, 'scenarioTraffic', { count: Math.round(scenario.scenario.traffic.perHour.reduce((x, y) => x + y, 0)) })}</li>
          </ul>
          <h4>{rm(lang, 'assumptionsHeading')}</h4>
          <ul class="rd-assumptions">
            {scenario.assumptions.map((a, i) => (
              <li key={i}>{describeAssumption(a, lang, scenario.names)}</li>
            ))}
          </ul>
        </div>
      )}

      {comparison && (
        <div class="rd-compare" role="region" aria-label={rm(lang, 'compareHeading')}>
          <h4>{rm(lang, 'compareHeading')}</h4>
          <p class={comparison.departures.length > 0 ? 'rd-departs' : 'rd-matches'}>{describeComparison(comparison, lang)}</p>
          <table class="rd-days" aria-label={rm(lang, 'compareLabel')}>
            <thead>
              <tr>
                <th scope="col">{rm(lang, 'colAgent')}</th>
                <th scope="col">{rm(lang, 'colActual')}</th>
                <th scope="col">{rm(lang, 'colSimulated')}</th>
                <th scope="col">{rm(lang, 'colGap')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((r) => (
                <tr key={r.id} class={r.departs ? 'rd-departs' : ''}>
                  <th scope="row">{r.name}</th>
                  <td>{pct(r.actual)}</td>
                  <td>
                    {pct(r.simulated)} ({pct(r.low)}–{pct(r.high)})
                  </td>
                  <td>{r.gapPoints > 0 ? `+${r.gapPoints}` : r.gapPoints}</td>
                  <td>{rm(lang, r.departs ? 'departs' : 'matches')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul class="rd-departures">
            {comparison.departures.map((r) => (
              <li key={r.id}>{describeReality(r, lang)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** 9.5 → `09:30`. */
const hoursText = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${String(Math.round((h % 1) * 60)).padStart(2, '0')}`;
