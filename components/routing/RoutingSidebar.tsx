import type { ComponentChildren } from 'preact';
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
  /** Room under the summary (the lead mounts routing-data's MyDayCard here). */
  children?: ComponentChildren;
  makeWorker?: () => Promise<WorkerLike>;
  /** Analyse at once, without waiting for the panel to be shown (tests; pages without layout). */
  eager?: boolean;
}

const defaultOptionsUrl = () => new URL('/options.html#routing', location.href).href;

/** 分流 in the sidebar: the saved scenario's summary and its top three causes, from the same worker. */
export function RoutingSidebar({ lang, client, optionsUrl, children, makeWorker, eager = false }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const shown = useShown(root, eager);
  const [scenario, setScenario] = useState<{ scenario: Scenario; example: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadScenario(client).then((result) => {
      if (!result.ok) return setError(result.message);
      setScenario(result.value ? { scenario: result.value.scenario, example: false } : { scenario: EXAMPLE_SCENARIO, example: true });
    });
  }, [client]);
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
      {children}
    </div>
  );
}

/** True from the first time the element is on screen (a hidden tab panel never is). */
function useShown(ref: { current: HTMLElement | null }, eager: boolean): boolean {
  const [shown, setShown] = useState(eager);
  useEffect(() => {
    const el = ref.current;
    if (shown || !el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setShown(true);
        observer.disconnect();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);
  return shown;
}
