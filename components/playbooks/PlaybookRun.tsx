import type { Lang } from '../../core/i18n';
import type { PhraseRecord } from '../../core/phrases';
import { orderStateOf } from '../../core/phrases/suggest';
import { answersOf, back, choose, currentStep, isLastStep, pathOf, preselectedChoice, proceed, type ResolvedPhrase, type Run, type ActionStep, type PhraseRef } from '../../core/playbooks';
import { tp } from './messages';
import { OutcomeForm, type OutcomeAnswer } from './OutcomeForm';
import { ProposedPhrases } from './ProposedPhrases';
import { RunNav } from './RunNav';

interface Props {
  lang: Lang;
  run: Run;
  /** The outcome form is open before the last step (the agent ended early). */
  ending: boolean;
  /** The order status the page shows (`待发货`), at most 40 characters. */
  orderStatus: string | null;
  canRecord: boolean;
  resolve(refs: readonly PhraseRef[], options: { asks: readonly string[]; publicReply?: boolean }): ResolvedPhrase<PhraseRecord>[];
  onPick(phrase: PhraseRecord, mode: 'insert' | 'copy'): void;
  onChange(run: Run, ending?: boolean): void;
  onClose(): void;
  onRecord(answer: OutcomeAnswer): Promise<void>;
}

/** One playbook, step by step: the question with its answers, or the phrases to say and the way on. */
export function PlaybookRun({ lang, run, ending, orderStatus, canRecord, resolve, onPick, onChange, onClose, onRecord }: Props) {
  const step = currentStep(run);
  const where = `${run.playbook.id}/${run.at}/${run.trail.length}`;
  const answers = answersOf(run.playbook, pathOf(run));
  const preselected = preselectedChoice(step, orderStateOf(orderStatus));
  const last = isLastStep(step);
  const prior = back(run);

  return (
    <div class="pb-run">
      <RunNav lang={lang} onClose={onClose} onBack={prior ? () => onChange(prior) : undefined} />
      <h2 class="pb-title">{run.playbook.name[lang]}</h2>
      {answers.length > 0 && (
        <p class="pb-trail">
          <span class="pb-trail-label">{tp(lang, 'answered')}</span>
          {answers.map((a) => a[lang]).join(' → ')}
        </p>
      )}
      <div class="pb-step">
        <h3 class="pb-step-title">{step.title[lang]}</h3>
        {step.hint && <p class="pb-hint">{step.hint[lang]}</p>}
        {step.kind === 'question' ? (
          <>
            {preselected && orderStatus && <p class="pb-from-page">{tp(lang, 'fromPage', { status: orderStatus })}</p>}
            <div class="pb-choices" role="group" aria-label={step.title[lang]}>
              {step.choices.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  class={`pb-choice${c.id === preselected ? ' is-preselected' : ''}`}
                  data-preselected={c.id === preselected ? '' : undefined}
                  onClick={() => onChange(choose(run, c.id))}
                >
                  {c.label[lang]}
                </button>
              ))}
            </div>
          </>
        ) : (
          <ActionView lang={lang} step={step} resolve={resolve} onPick={onPick} />
        )}
      </div>
      {step.kind === 'action' && !last && !ending && (
        <div class="pb-actions">
          <button type="button" class="primary" onClick={() => onChange(proceed(run))}>
            {tp(lang, 'next')}
          </button>
          <button type="button" class="pb-link" onClick={() => onChange(run, true)}>
            {tp(lang, 'endNow')}
          </button>
        </div>
      )}
      {(last || ending) && <OutcomeForm key={where} lang={lang} canRecord={canRecord} onRecord={onRecord} />}
    </div>
  );
}

function ActionView({ lang, step, resolve, onPick }: { lang: Lang; step: ActionStep; resolve: Props['resolve']; onPick: Props['onPick'] }) {
  const mode = step.publicReply ? 'copy' : 'insert';
  const items = resolve(step.phrases, { asks: step.asks, ...(step.publicReply ? { publicReply: true } : {}) });
  return <ProposedPhrases lang={lang} items={items} mode={mode} onPick={(phrase) => onPick(phrase, mode)} />;
}
