import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { RoutingEstimate, Scenario } from '../../core/routing';
import type { Notice } from '../manager/notice';
import type { WorkerLike } from './analysis-client';
import { EXAMPLE_SCENARIO } from './example';
import { checkForm, fieldKeys, formFromScenario, placeErrors, type ScenarioForm } from './form';
import { m } from './messages';
import { RoutingResults } from './RoutingResults';
import { ScenarioEditor } from './ScenarioEditor';
import { loadScenario, saveScenario, type SavedScenario } from './scenario-api';
import { useAnalysis } from './use-analysis';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  notice: Pick<Notice, 'say' | 'alert'>;
  /**
   * Room for more cards under the header (the measured team data): `loadScenario` puts a scenario
   * into the editor, unsaved, as "try it" does; `estimate` is the editor's latest simulation.
   */
  extra?: (api: { loadScenario: (scenario: Scenario) => void; estimate: RoutingEstimate | null }) => ComponentChildren;
  /** Tests give a worker in the same thread, and a shorter quiet time. */
  makeWorker?: () => Promise<WorkerLike>;
  debounceMs?: number;
}

/** 分流 in the options page: the what-if editor beside its analysis (worker), save and reset. */
export function RoutingPage({ lang, client, notice, extra, makeWorker, debounceMs }: Props) {
  const [saved, setSaved] = useState<SavedScenario | null | undefined>(undefined);
  const [form, setForm] = useState<ScenarioForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    void loadScenario(client).then((result) => {
      if (!result.ok) return setLoadError(result.message);
      setSaved(result.value);
      setForm(formFromScenario(result.value?.scenario ?? EXAMPLE_SCENARIO));
    });
  }, [client]);

  const check = useMemo(() => (form ? checkForm(form, lang) : { scenario: null, errors: [] }), [form, lang]);
  const placed = useMemo(() => placeErrors(check.errors, form ? fieldKeys(form) : []), [check, form]);
  const analysis = useAnalysis(check.scenario, lang, { ...(makeWorker ? { makeWorker } : {}), ...(debounceMs !== undefined ? { debounceMs } : {}) });

  if (loadError) return <p role="alert">{m(lang, 'loadFailed', { message: loadError })}</p>;
  if (!form || saved === undefined) return <p class="hint">{m(lang, 'loading')}</p>;

  const base = saved?.scenario ?? EXAMPLE_SCENARIO;
  const dirty = JSON.stringify(form) !== JSON.stringify(formFromScenario(base));
  const put = (scenario: Scenario, message: string) => {
    setForm(formFromScenario(scenario));
    notice.say(message);
  };

  async function save() {
    if (!check.scenario) return notice.alert(m(lang, 'fixFirst', { count: check.errors.length }));
    const result = await saveScenario(client, check.scenario, lang);
    if (!result.ok) return notice.alert(m(lang, 'saveFailed', { message: result.message }));
    setSaved({ scenario: check.scenario, savedAt: result.value.savedAt });
    notice.say(m(lang, 'saveDone'));
  }

  return (
    <div class="routing wide">
      <header class="rt-head">
        <h2>{m(lang, 'heading')}</h2>
        <p class="hint">{m(lang, 'intro')}</p>
        <div class="rt-bar">
          {saved ? <span>{m(lang, 'savedAt', { when: new Date(saved.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}</span> : <span class="rt-example">{m(lang, 'example')}</span>}
          {dirty && <span class="rt-dirty">{m(lang, 'unsaved')}</span>}
          <button type="button" class="primary" onClick={() => void save()}>
            {m(lang, 'save')}
          </button>
          <button type="button" disabled={!dirty} onClick={() => setForm(formFromScenario(base))}>
            {m(lang, 'reset')}
          </button>
        </div>
      </header>
      {extra && <div class="rt-extra">{extra({ loadScenario: (scenario) => put(scenario, m(lang, 'tried')), estimate: analysis.analysis.estimate ?? null })}</div>}
      <div class="rt-page">
        <div class="rt-card">
          <h3 class="rt-title">{m(lang, 'editorHeading')}</h3>
          {check.errors.length > 0 && (
            <div class="rt-problems" id="rt-problems">
              <p>{m(lang, 'fixFirst', { count: check.errors.length })}</p>
              {placed.unplaced.length > 0 && (
                <ul>
                  {placed.unplaced.map((e, i) => (
                    <li key={i}>
                      {e.field}: {e.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <ScenarioEditor lang={lang} form={form} errors={placed.byKey} onChange={setForm} />
        </div>
        <div class="rt-card">
          <h3 class="rt-title">{m(lang, 'resultsHeading')}</h3>
          <RoutingResults lang={lang} state={analysis} onTry={(scenario) => put(scenario, m(lang, 'tried'))} />
        </div>
      </div>
    </div>
  );
}
