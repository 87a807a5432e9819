import { useSignal } from '@preact/signals';
import type { Lang } from '../../core/i18n';
import { describeSyncFailure } from '../../core/sync';
import type { AgentCopyState, OutcomeSummary, ScanRow, TeamViews, UsageTable } from '../../core/team-owner';
import { average, hoursMinutes, percent, when } from './format';
import { tm, type TeamOwnerMessageKey } from './messages';

interface Props {
  lang: Lang;
  views: TeamViews;
  busy: string | null;
  onPull(): void;
}

const TEAM = '';
/** Rows a usage table shows: the most used; the rest are counted in the totals. */
const USAGE_ROWS = 50;

/**
 * The team's data per agent and merged: how fresh each agent's copy is, phrase use (which phrases
 * work), routing measurements and relation scans. The owner picks whole team or one agent.
 */
export function TeamViewsCard({ lang, views, busy, onPull }: Props) {
  const who = useSignal(TEAM);
  const agent = who.value;
  const whoName = agent === TEAM ? tm(lang, 'wholeTeam') : tm(lang, 'agentOption', { user: agent });
  const usage = agent === TEAM ? views.usage.team : views.usage.perAgent.find((a) => a.user === agent)?.usage;
  const outcomes = agent === TEAM ? views.usage.teamOutcomes : views.usage.perAgent.find((a) => a.user === agent)?.outcomes;
  const scans = agent === TEAM ? views.scans.team : (views.scans.perAgent.find((a) => a.user === agent)?.scans ?? []);
  const routing = agent === TEAM ? views.routing.perAgent : views.routing.perAgent.filter((a) => a.user === agent);

  return (
    <section class="to-card" aria-labelledby="to-views-heading">
      <h3 id="to-views-heading">{tm(lang, 'viewsHeading')}</h3>
      <p class="hint">{tm(lang, 'viewsIntro')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy !== null || views.agents.length === 0} onClick={onPull}>
          {tm(lang, 'pull')}
        </button>
        {busy && <span class="hint" role="status">{busy}</span>}
      </div>
      {views.agents.length === 0 ? (
        <p class="to-empty">{tm(lang, 'noMembers')}</p>
      ) : (
        <>
          <AgentStates lang={lang} agents={views.agents} />
          <label class="to-who-pick">
            {tm(lang, 'showWho')}
            <select value={agent} onChange={(e) => (who.value = e.currentTarget.value)}>
              <option value={TEAM}>{tm(lang, 'wholeTeam')}</option>
              {views.agents.map((a) => (
                <option key={a.user} value={a.user}>
                  {tm(lang, 'agentOption', { user: a.user })}
                </option>
              ))}
            </select>
          </label>

          <h4>{tm(lang, 'usageHeading')}</h4>
          {outcomes && <Outcomes lang={lang} outcomes={outcomes} />}
          <Usage lang={lang} table={usage} titles={views.titles} label={tm(lang, 'usageLabel', { who: whoName })} team={agent === TEAM} />

          <h4>{tm(lang, 'routingHeading')}</h4>
          <p class="hint">{tm(lang, 'routingIntro')}</p>
          {routing.every((r) => r.summary.days === 0) ? (
            <p class="to-empty">{tm(lang, 'noRouting')}</p>
          ) : (
            <div class="to-table-wrap">
              <table class="to-table" aria-label={tm(lang, 'routingLabel')}>
                <Head lang={lang} keys={(['colAgent', 'colDays', 'colReceived', 'colPerDay', 'colOnline', 'colLatest'] as const)} />
                <tbody>
                  {routing.map(({ user, name, summary }) => (
                    <tr key={user}>
                      <th scope="row">{name === user ? user : `${name} (${user})`}</th>
                      <td>{summary.days}</td>
                      <td>{summary.received}</td>
                      <td>{average(lang, summary.perDay)}</td>
                      <td>{hoursMinutes(lang, summary.onlineMinutes)}</td>
                      <td>{summary.latest ?? '—'}</td>
                    </tr>
                  ))}
                  {agent === TEAM && (
                    <tr class="to-total">
                      <th scope="row">{tm(lang, 'total')}</th>
                      <td>{views.routing.team.days}</td>
                      <td>{views.routing.team.received}</td>
                      <td>{average(lang, views.routing.team.perDay)}</td>
                      <td>{hoursMinutes(lang, views.routing.team.onlineMinutes)}</td>
                      <td>{views.routing.team.latest ?? '—'}</td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          )}

          <h4>{tm(lang, 'scansHeading')}</h4>
          <Scans lang={lang} scans={scans} label={tm(lang, 'scansLabel', { who: whoName })} />
        </>
      )}
    </section>
  );
}

/** A table's column headers, by message key. */
function Head({ lang, keys }: { lang: Lang; keys: readonly TeamOwnerMessageKey[] }) {
  return (
    <thead>
      <tr>
        {keys.map((k) => (
          <th key={k} scope="col">
            {tm(lang, k)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function AgentStates({ lang, agents }: { lang: Lang; agents: readonly AgentCopyState[] }) {
  return (
    <div class="to-table-wrap">
      <table class="to-table" aria-label={tm(lang, 'agentsLabel')}>
        <Head lang={lang} keys={(['colAgent', 'colPulledAt', 'colRecords', 'colState'] as const)} />
        <tbody>
          {agents.map((a) => (
            <tr key={a.user} class={a.failure ? 'to-failed' : undefined}>
              <th scope="row">{a.user}</th>
              <td>{a.pulledAt === null ? tm(lang, 'never') : when(lang, a.pulledAt)}</td>
              <td>
                {a.records}
                {a.skipped > 0 && ` ${tm(lang, 'skippedNote', { count: a.skipped })}`}
              </td>
              <td>{a.failure === null ? tm(lang, 'stateOk') : a.failure === 'missing' ? tm(lang, 'failure_missing') : describeSyncFailure(a.failure, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Outcomes({ lang, outcomes }: { lang: Lang; outcomes: OutcomeSummary }) {
  if (outcomes.conversations === 0) return null;
  return <p class="hint">{tm(lang, 'outcomes', { count: outcomes.conversations, resolved: percent(lang, outcomes.resolved), sale: percent(lang, outcomes.sale) })}</p>;
}

function Usage({ lang, table, titles, label, team }: { lang: Lang; table: UsageTable | undefined; titles: Record<string, string>; label: string; team: boolean }) {
  if (!table || table.rows.length === 0) return <p class="to-empty">{tm(lang, 'noUsage')}</p>;
  const columns = ['colPhrase', 'colInserted', 'colPicked', 'colShare', ...(team ? (['colAgents'] as const) : []), 'colLastUsed'] as const;
  return (
    <div class="to-table-wrap">
      <table class="to-table" aria-label={label}>
        <Head lang={lang} keys={columns} />
        <tbody>
          {table.rows.slice(0, USAGE_ROWS).map((r) => (
            <tr key={r.phraseId}>
              <th scope="row">{titles[r.phraseId] ?? tm(lang, 'unknownPhrase', { id: r.phraseId })}</th>
              <td>{r.inserted}</td>
              <td>{r.picked}</td>
              <td>{percent(lang, r.share)}</td>
              {team && <td>{r.agents}</td>}
              <td>{r.lastUsedAt === null ? '—' : when(lang, r.lastUsedAt)}</td>
            </tr>
          ))}
          <tr class="to-total">
            <th scope="row">{tm(lang, 'total')}</th>
            <td>{table.inserted}</td>
            <td>{table.picked}</td>
            <td />
            {team && <td />}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Scans({ lang, scans, label }: { lang: Lang; scans: readonly ScanRow[]; label: string }) {
  if (scans.length === 0) return <p class="to-empty">{tm(lang, 'noScans')}</p>;
  return (
    <div class="to-table-wrap">
      <table class="to-table" aria-label={label}>
        <Head lang={lang} keys={(['colAgent', 'colScan', 'colSource', 'colFinished', 'colRelations'] as const)} />
        <tbody>
          {scans.map((s) => (
            <tr key={`${s.user}:${s.setId}`}>
              <th scope="row">{s.user}</th>
              <td>{s.label || s.setId}</td>
              <td>{tm(lang, s.source === 'import' ? 'source_import' : 'source_scan')}</td>
              <td>{s.finishedAt === null ? tm(lang, 'unfinished') : when(lang, s.finishedAt)}</td>
              <td>{s.relations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
