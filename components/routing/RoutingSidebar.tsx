import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { Scenario } from '../../core/routing';
import type { WorkerLike } from './analysis-client';
import { EXAMPLE_SCENARIO } from './example';
import { m } from './messages';
import { loadScenario } from './scenario-api';
import { AnalysisStatus, CauseList, Summary } from './Summary';
import { useAnalysis } from './use-analysis';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  /** The options page's 分流 tab; by default next to this extension page (the sidebar frame). */
  optionsUrl?: string;
  /** Room under the summary (the lead mounts routing-data's MyDayCard here). */
  children?: ComponentChildren;
  makeWorker?: () => Promise<WorkerLike>;
}

const defaultOptionsUrl = () => new URL('/options.html#routing', location.href).href;

/** 分流 in the sidebar: the saved scenario's summary and its top three causes, from the same worker. */
export function RoutingSidebar({ lang, client, optionsUrl, children, makeWorker }: Props) {
  const [scenario, setScenario] = useState<{ scenario: Scenario; example: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadScenario(client).then((result) => {
      if (!result.ok) return setError(result.message);
      setScenario(result.value ? { scenario: result.value.scenario, example: false } : { scenario: EXAMPLE_SCENARIO, example: true });
    });
  }, [client]);
  const analysis = useAnalysis(scenario?.scenario ?? null, lang, { skipRecommendations: true, debounceMs: 0, ...(makeWorker ? { makeWorker } : {}) });
  const { estimate, causes } = analysis.analysis;

  return (
    <div class="routing compact">
      <h3>{m(lang, 'sideHeading')}</h3>
      {error && <p role="alert">{m(lang, 'loadFailed', { message: error })}</p>}
      {scenario?.example && <p class="hint rt-example">{m(lang, 'sideNone')}</p>}
      <AnalysisStatus lang={lang} state={analysis} />
      {estimate && scenario && <Summary lang={lang} estimate={estimate} days={scenario.scenario.days ?? 1} />}
      {causes && (
        <section aria-labelledby="rt-side-causes">
          <h4 id="rt-side-causes">{m(lang, 'topCauses')}</h4>
          <CauseList lang={lang} causes={causes} limit={3} />
        </section>
      )}
      <a class="rt-open" href={optionsUrl ?? defaultOptionsUrl()} target="_blank" rel="noopener">
        {m(lang, 'openFull')}
      </a>
      {children}
    </div>
  );
}
