import type { Lang } from '../../core/i18n';
import type { PhraseRecord } from '../../core/phrases';
import { CLOSING_CHECKLIST, type PhraseRef, type ResolvedPhrase } from '../../core/playbooks';
import { tp } from './messages';
import { OutcomeForm, type OutcomeAnswer } from './OutcomeForm';
import { ProposedPhrases } from './ProposedPhrases';
import { RunNav } from './RunNav';

interface Props {
  lang: Lang;
  ticked: readonly string[];
  canRecord: boolean;
  resolve(refs: readonly PhraseRef[], options: { asks: readonly string[] }): ResolvedPhrase<PhraseRecord>[];
  /** Inserting an item's phrase ticks the item too. */
  onPick(phrase: PhraseRecord, itemId: string): void;
  onTick(ticked: readonly string[]): void;
  onClose(): void;
  onRecord(answer: OutcomeAnswer): Promise<void>;
}

/** 结束对话: each item ticked by hand or by inserting one of its phrases; then the outcome. */
export function ClosingChecklist({ lang, ticked, canRecord, resolve, onPick, onTick, onClose, onRecord }: Props) {
  const toggle = (id: string) => onTick(ticked.includes(id) ? ticked.filter((t) => t !== id) : [...ticked, id]);
  return (
    <div class="pb-run">
      <RunNav lang={lang} onClose={onClose} />
      <h2 class="pb-title">{tp(lang, 'closingHeading')}</h2>
      <p class="pb-hint">{tp(lang, 'closingIntro')}</p>
      <p class="pb-trail">{tp(lang, 'ticked', { done: ticked.length, total: CLOSING_CHECKLIST.length })}</p>
      <ul class="pb-checklist" aria-label={tp(lang, 'checklistLabel')}>
        {CLOSING_CHECKLIST.map((item) => (
          <li key={item.id} class={`pb-check${ticked.includes(item.id) ? ' is-done' : ''}`}>
            <label class="pb-check-label">
              <input type="checkbox" checked={ticked.includes(item.id)} onChange={() => toggle(item.id)} />
              <span>{item.label[lang]}</span>
            </label>
            <p class="pb-hint">{item.hint[lang]}</p>
            <ProposedPhrases lang={lang} items={resolve(item.phrases, { asks: item.asks })} mode="insert" onPick={(phrase) => onPick(phrase, item.id)} />
          </li>
        ))}
      </ul>
      <OutcomeForm lang={lang} canRecord={canRecord} onRecord={onRecord} />
    </div>
  );
}
