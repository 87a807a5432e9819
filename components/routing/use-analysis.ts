import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { Scenario } from '../../core/routing';
import { createAnalyser, type AnalyserOptions, type AnalyserState, type WorkerLike } from './analysis-client';

/** The latest analysis of `scenario` (null: nothing valid to analyse), through the worker. */
export function useAnalysis(
  scenario: Scenario | null,
  lang: Lang,
  options: { makeWorker?: () => Promise<WorkerLike>; skipRecommendations?: boolean; debounceMs?: number } = {},
): AnalyserState {
  const [state, setState] = useState<AnalyserState>({ status: 'idle', analysis: {} });
  const analyser = useRef<ReturnType<typeof createAnalyser>>();
  useEffect(() => {
    const made: AnalyserOptions = { lang, onChange: setState, ...options };
    analyser.current = createAnalyser(made);
    return () => analyser.current?.dispose();
  }, [lang]);
  // Compared by content: the editor makes a new object on every keystroke.
  const key = scenario ? JSON.stringify(scenario) : '';
  useEffect(() => {
    if (scenario) analyser.current?.request(scenario);
    else analyser.current?.cancel();
  }, [key, lang]);
  return state;
}
