import { useEffect, useRef, useState } from 'preact/hooks';
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
  makeWorker?: () => Promise<WorkerLike>;
  /** Analyse at once, without waiting for the panel to be shown (tests; pages without layout). */
  eager?: boolean;
}

const defaultOptionsUrl = () => new URL('/options.html#routing', location.href).href;

/** 分流 in the sidebar: the saved scenario's summary and its top three causes, from the same worker. */
export function RoutingSidebar({ lang, client, optionsUrl, makeWorker, eager = false }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const showings = useShowings(root);
  const shown = eager || showings > 0;
  const [scenario, setScenario] = useState<{ scenario: Scenario; example: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read again each time the tab is shown: the owner may have saved a new scenario in the options
  // page meanwhile (the same scenario again is not analysed again: the analysis follows its content).
  useEffect(() => {
    void loadScenario(client).then((result) => {
      if (!result.ok) return setError(result.message);
      setError(null);
      setScenario(result.value ? { scenario: result.value.scenario, example: false } : { scenario: EXAMPLE_SCENARIO, example: true });
    });
  }, [client, showings]);
  // Every sidebar panel stays mounted, hidden: the worker runs once the owner opens this tab.
  const analysis = useAnalysis(shown ? (scenario?.scenario ?? null) : null, lang, { skipRecommendations: true, debounceMs: 0, ...(makeWorker ? { makeWorker } : {}) });
  const { estimate, causes } = analysis.analysis;

  return (
    <div class="routing compact" ref={root}>
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
    </div>
  );
}

/** How many times the element has come on screen (a hidden tab panel never is). */
function useShowings(ref: { current: HTMLElement | null }): number {
  const [showings, setShowings] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let visible = false;
    const observer = new IntersectionObserver((entries) => {
      const now = entries.some((e) => e.isIntersecting);
      if (now && !visible) setShowings((n) => n + 1);
      visible = now;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return showings;
}
