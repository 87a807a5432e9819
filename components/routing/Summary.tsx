import type { Lang } from '../../core/i18n';
import type { RoutingEstimate } from '../../core/routing';
import type { AnalyserState } from './analysis-client';
import type { WordedCause } from './analysis-types';
import { m, type RoutingMessageKey } from './messages';

/** Parts shared by the sidebar's summary and the options page (no charts here: the sidebar must not load uPlot). */

export const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
export const round1 = (x: number) => Math.round(x * 10) / 10;

/** The analysis's status line: analysing…, failed, or nothing (a polite live region; the page's own status line keeps role=status). */
export function AnalysisStatus({ lang, state }: { lang: Lang; state: AnalyserState }) {
  const text = state.status === 'analysing' ? m(lang, 'analysing') : state.status === 'failed' ? m(lang, 'analysisFailed', { message: state.message ?? '' }) : '';
  return (
    <p class={`rt-status ${state.status}`} aria-live="polite">
      {text}
    </p>
  );
}

/** Jain's indexes, who gets most and least, inquiries per day. */
export function Summary({ lang, estimate, days }: { lang: Lang; estimate: RoutingEstimate; days: number }) {
  const byShare = [...estimate.agents].sort((a, b) => b.share.mean - a.share.mean);
  const most = byShare[0]!;
  const least = byShare.at(-1)!;
  return (
    <div class="rt-summary">
      <dl>
        <div>
          <dt>{m(lang, 'jainCount')}</dt>
          <dd data-testid="jain-count">{estimate.jainCount.mean.toFixed(3)}</dd>
        </div>
        <div>
          <dt>{m(lang, 'jainLoad')}</dt>
          <dd>{estimate.jainLoad.mean.toFixed(3)}</dd>
        </div>
      </dl>
      <p class="hint">{m(lang, 'jainHint')}</p>
      <p>
        {m(lang, 'most', { agent: most.id, share: pct(most.share.mean) })}
        <br />
        {m(lang, 'least', { agent: least.id, share: pct(least.share.mean) })}
      </p>
      <p class="hint">
        {m(lang, 'perDayTotal', { count: Math.round(estimate.total.mean / days), runs: estimate.runs })}
        {estimate.unassigned.mean > 0 && (
          <>
            <br />
            {m(lang, 'unassigned', { count: round1(estimate.unassigned.mean / days) })}
          </>
        )}
      </p>
    </div>
  );
}

const causeKey = (cause: string) => `causeName_${cause.replaceAll('-', '_')}` as RoutingMessageKey;

/** Causes, largest impact first, each in words. */
export function CauseList({ lang, causes, limit }: { lang: Lang; causes: readonly WordedCause[]; limit?: number }) {
  const shown = limit === undefined ? causes : causes.filter((c) => c.impact > 0).slice(0, limit);
  return (
    <ol class="rt-causes">
      {shown.map((cause) => (
        <li key={cause.cause} class={cause.impact > 0 ? 'up' : 'flat'}>
          <strong>{m(lang, causeKey(cause.cause))}</strong>
          <span class="rt-impact">{m(lang, 'impact', { points: cause.impact })}</span>
          <p>{cause.text}</p>
        </li>
      ))}
    </ol>
  );
}

