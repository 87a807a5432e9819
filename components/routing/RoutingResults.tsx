import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { RoutingEstimate, Scenario } from '../../core/routing';
import type { AnalyserState } from './analysis-client';
import type { WordedRecommendation } from './analysis-types';
import { Chart, colourOf } from './Chart';
import { busyChart, hoursChart, sharesChart } from './charts';
import { m } from './messages';
import { AnalysisStatus, CauseList, Summary, pct, round1 } from './Summary';

function Recommendations({ lang, recs, onTry }: { lang: Lang; recs: readonly WordedRecommendation[]; onTry?: (scenario: Scenario) => void }) {
  if (recs.length === 0) return <p class="hint">{m(lang, 'recsNone')}</p>;
  return (
    <ol class="rt-recs">
      {recs.map((rec, i) => (
        <li key={i}>
          <p>{rec.text}</p>
          <p class="rt-shares">
            <span>{m(lang, 'predicted')}</span>
            {rec.predicted.map((p, k) => (
              <span key={p.id} class="rt-share">
                {p.id} {pct(rec.before[k]?.share ?? 0)} → <b>{pct(p.share)}</b>
              </span>
            ))}
          </p>
          {onTry && (
            <button type="button" class="rt-small" onClick={() => onTry(rec.scenario)}>
              {m(lang, 'tryIt')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Per-agent figures as a table (the charts' numbers, readable without the canvas). */
export function AgentTable({ lang, estimate, days }: { lang: Lang; estimate: RoutingEstimate; days: number }) {
  return (
    <table class="rt-numbers">
      <caption>{m(lang, 'tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{m(lang, 'colAgent')}</th>
          <th scope="col">{m(lang, 'colShareMean')}</th>
          <th scope="col">{m(lang, 'colInterval')}</th>
          <th scope="col">{m(lang, 'colPerDay')}</th>
          <th scope="col">{m(lang, 'colOnlineHours')}</th>
          <th scope="col">{m(lang, 'colPerHour')}</th>
          <th scope="col">{m(lang, 'colBusy')}</th>
        </tr>
      </thead>
      <tbody>
        {estimate.agents.map((a, i) => (
          <tr key={a.id}>
            <th scope="row">
              <span class="rt-swatch" style={{ background: colourOf(i) }} aria-hidden="true" />
              {a.id}
            </th>
            <td>{pct(a.share.mean)}</td>
            <td>
              {pct(a.share.low)}–{pct(a.share.high)}
            </td>
            <td>{round1(a.assigned.mean / days)}</td>
            <td>{round1(a.onlineHours)}</td>
            <td>{round1(a.perOnlineHour.mean)}</td>
            <td>{pct(a.busyShare.mean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 24 × agents cells, folded away: made only once opened, so a new analysis doesn't build them unseen. */
function HourTable({ lang, estimate }: { lang: Lang; estimate: RoutingEstimate }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="rt-hour-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{m(lang, 'hourTable')}</summary>
      {open && (
      <table class="rt-numbers">
        <caption>{m(lang, 'hourTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m(lang, 'colHour')}</th>
            {estimate.agents.map((a) => (
              <th key={a.id} scope="col">
                {a.id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: 24 }, (_, h) => (
            <tr key={h}>
              <th scope="row">{h}</th>
              {estimate.agents.map((a) => (
                <td key={a.id}>
                  {round1(a.byHour[h]!)} / {pct(a.busyByHour[h]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </details>
  );
}

/** The options page's results: summary, causes, recommendations, charts and their numbers. */
export function RoutingResults({ lang, state, onTry }: { lang: Lang; state: AnalyserState; onTry: (scenario: Scenario) => void }) {
  const { estimate, causes, recommendations } = state.analysis;
  const scenario = state.scenario;
  const days = scenario?.days ?? 1;
  const charts = useMemo(
    () => (estimate && scenario ? { shares: sharesChart(estimate, m(lang, 'colShareMean')), hours: hoursChart(estimate, scenario), busy: busyChart(estimate) } : null),
    [estimate, scenario, lang],
  );
  return (
    <div class="rt-results" aria-busy={state.status === 'analysing' ? 'true' : 'false'}>
      <AnalysisStatus lang={lang} state={state} />
      {!estimate && state.status !== 'analysing' && <p class="hint">{m(lang, 'nothingYet')}</p>}
      {estimate && (
        <section class="rt-section" aria-labelledby="rt-summary-h">
          <h3 id="rt-summary-h">{m(lang, 'summaryHeading')}</h3>
          <Summary lang={lang} estimate={estimate} days={days} />
        </section>
      )}
      {causes && (
        <section class="rt-section" aria-labelledby="rt-causes-h">
          <h3 id="rt-causes-h">{m(lang, 'causesHeading')}</h3>
          <p class="hint">{m(lang, 'causesHint')}</p>
          <CauseList lang={lang} causes={causes} />
        </section>
      )}
      {recommendations && (
        <section class="rt-section" aria-labelledby="rt-recs-h">
          <h3 id="rt-recs-h">{m(lang, 'recsHeading')}</h3>
          <Recommendations lang={lang} recs={recommendations} onTry={onTry} />
        </section>
      )}
      {estimate && charts && (
        <section class="rt-section" aria-labelledby="rt-charts-h">
          <h3 id="rt-charts-h">{m(lang, 'chartsHeading')}</h3>
          <figure>
            <figcaption>{m(lang, 'sharesChart')}</figcaption>
            <Chart label={m(lang, 'sharesChart')} spec={charts.shares} height={200} />
          </figure>
          <AgentTable lang={lang} estimate={estimate} days={days} />
          <figure>
            <figcaption>{m(lang, 'hoursChart')}</figcaption>
            <Chart label={m(lang, 'hoursChart')} spec={charts.hours} height={240} />
          </figure>
          <figure>
            <figcaption>{m(lang, 'busyChart')}</figcaption>
            <Chart label={m(lang, 'busyChart')} spec={charts.busy} height={180} />
          </figure>
          <HourTable lang={lang} estimate={estimate} />
        </section>
      )}
    </div>
  );
}
