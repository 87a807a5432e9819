import type { Lang } from '../../core/i18n';
import type { PhraseRecord } from '../../core/phrases';
import type { ResolvedPhrase } from '../../core/playbooks';
import { tp } from './messages';

interface Props {
  lang: Lang;
  items: readonly ResolvedPhrase<PhraseRecord>[];
  /** Public review replies are copied for the review page; chat replies go into the chat input. */
  mode: 'insert' | 'copy';
  onPick(phrase: PhraseRecord): void;
}

/** The phrases a step proposes, each with its button; a stand-in or a missing phrase says so. */
export function ProposedPhrases({ lang, items, mode, onPick }: Props) {
  return (
    <ul class="pb-phrases" aria-label={tp(lang, 'phrasesLabel')}>
      {items.map((item, i) =>
        item.phrase ? (
          <li key={item.phrase.id} class={`pb-phrase pb-${item.how}`} title={item.phrase.text}>
            <div class="pb-phrase-head">
              <span class="pb-phrase-title">{item.phrase.title}</span>
              <button
                type="button"
                class="pb-insert"
                data-first={i === 0 ? '' : undefined}
                aria-label={tp(lang, mode === 'copy' ? 'copyNamed' : 'insertNamed', { title: item.phrase.title })}
                onClick={() => onPick(item.phrase)}
              >
                {tp(lang, mode === 'copy' ? 'copy' : 'insert')}
              </button>
            </div>
            <p class="pb-phrase-text">{item.phrase.text}</p>
            {item.how === 'similar' && <p class="pb-standin">{tp(lang, 'standIn')}</p>}
          </li>
        ) : (
          <li key={`missing-${item.ref.key}`} class="pb-phrase pb-missing">
            <p>{tp(lang, 'missing', { title: item.ref.title })}</p>
          </li>
        ),
      )}
    </ul>
  );
}
