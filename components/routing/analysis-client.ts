import type { Lang } from '../../core/i18n';
import type { Scenario } from '../../core/routing';
import type { Analysis, AnalysisReply, AnalysisRequest } from './analysis-types';

/** The part of a Worker the analyser uses (tests give a fake). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<AnalysisReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface AnalyserState {
  status: 'idle' | 'analysing' | 'done' | 'failed';
  /** The scenario the analysis below belongs to (the charts draw its online hours). */
  scenario?: Scenario;
  analysis: Analysis;
  message?: string;
}

export interface AnalyserOptions {
  makeWorker?: () => Promise<WorkerLike>;
  lang: Lang;
  onChange: (state: AnalyserState) => void;
  /** Quiet time after the last edit before analysing (typing in a field re-asks on every key). */
  debounceMs?: number;
  skipRecommendations?: boolean;
}

export const DEBOUNCE_MS = 350;

/** The real worker: a module worker bundled by Vite, loaded only when a page first analyses. */
export async function makeAnalysisWorker(): Promise<WorkerLike> {
  const { default: AnalysisWorker } = await import('./analysis-worker?worker');
  return new AnalysisWorker() as unknown as WorkerLike;
}

/**
 * Asks the analysis worker about the latest scenario only: edits are debounced, an analysis still
 * running for an older scenario is stopped (its worker ended, a fresh one started) and any answer
 * with an older id is dropped, so the page never shows results of a scenario it no longer holds.
 */
export function createAnalyser(options: AnalyserOptions) {
  const { lang, onChange, debounceMs = DEBOUNCE_MS, makeWorker = makeAnalysisWorker } = options;
  let state: AnalyserState = { status: 'idle', analysis: {} };
  let worker: WorkerLike | undefined;
  let running = false;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const set = (next: AnalyserState) => {
    state = next;
    if (!disposed) onChange(state);
  };

  async function start(scenario: Scenario, id: number) {
    if (running && worker) {
      worker.terminate(); // busy with a scenario nobody shows any more
      worker = undefined;
    }
    try {
      worker ??= await makeWorker();
    } catch (error) {
      if (id === latest) set({ ...state, status: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (id !== latest || disposed) return;
    const own = worker;
    running = true;
    own.onmessage = (event) => {
      const reply = event.data;
      if (reply.id !== latest || own !== worker) return;
      if (!reply.ok) {
        running = false;
        set({ ...state, status: 'failed', message: reply.message });
        return;
      }
      switch (reply.stage) {
        case 'estimate':
          set({ status: 'analysing', scenario, analysis: { estimate: reply.estimate } });
          break;
        case 'causes':
          set({ ...state, analysis: { ...state.analysis, causes: reply.causes } });
          break;
        case 'recommendations':
          set({ ...state, analysis: { ...state.analysis, recommendations: reply.recommendations } });
          break;
        case 'done':
          running = false;
          set({ ...state, status: 'done' });
          break;
      }
    };
    own.onerror = (event) => {
      if (own !== worker) return;
      running = false;
      worker = undefined;
      own.terminate();
      set({ ...state, status: 'failed', message: event.message || 'worker failed' });
    };
    own.postMessage({ id, scenario, lang, ...(options.skipRecommendations ? { skipRecommendations: true } : {}) });
  }

  return {
    /** Analyse this scenario after the quiet time; the results shown so far stay until new ones arrive. */
    request(scenario: Scenario) {
      if (timer !== undefined) clearTimeout(timer);
      const id = ++latest;
      set({ ...state, status: 'analysing' });
      timer = setTimeout(() => {
        timer = undefined;
        void start(scenario, id);
      }, debounceMs);
    },
    /** Nothing to analyse (the form has errors): stop waiting for the older scenario. */
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      latest++;
      if (state.status === 'analysing') set({ ...state, status: 'idle' });
    },
    state: () => state,
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      worker?.terminate();
      worker = undefined;
    },
  };
}

export type Analyser = ReturnType<typeof createAnalyser>;
