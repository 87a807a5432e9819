import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import { answeredBy, recurringQuestions, type AskedQuestion, type QuestionGroup } from '../../core/records';
import type { LibraryState } from '../phrases/library-state';
import { PhraseForm } from '../phrases/PhraseForm';
import { readLatestPhrase } from '../phrases/library-state';
import { replyIndexSourceOf } from '../suggestions/reply-index';
import { rt } from './messages';
import type { Reporter } from './RecordsBrowser';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  reporter: Reporter;
  /** Bumped when records change: read the questions again. */
  version: { value: number };
}

/**
 * 常见问题: near-duplicate buyer questions of the saved records, grouped (core/records/recurring.ts),
 * the groups some phrase already answers left out by the suggested replies' own ranker. Each group
 * offers the phrase form with its title and buyer questions filled in; the reply is the owner's to write.
 */
export function RecurringQuestions({ lang, client, library, reporter, version }: Props) {
  const questions = useSignal<{ questions: AskedQuestion[]; records: number } | null>(null);
  const writing = useSignal<QuestionGroup | null>(null);
  const source = replyIndexSourceOf(library);
  useSignalEffect(() => {
    library.snapshot.value; // rebuild when the library's phrases change
    source.update();
  });

  useEffect(() => {
    void (async () => {
      const reply = await client.request({ kind: 'getRecordQuestions' });
      if (!reply.ok) return reporter.alert(rt(lang, 'loadFailed', { message: reply.error.message }));
      questions.value = reply.value;
    })();
  }, [version.value]);

  const groups = useComputed(() => {
    const index = source.index.value;
    const asked = questions.value;
    return index && asked ? recurringQuestions(asked.questions, { answered: answeredBy(index) }) : null;
  });

  const group = writing.value;
  if (group) {
    return (
      <section class="rec-card rec-recurring" aria-labelledby="rec-form-heading">
        <h3 id="rec-form-heading">{rt(lang, 'newPhraseFor', { title: group.title })}</h3>
        <p class="hint">{rt(lang, 'phraseFormHint')}</p>
        <PhraseForm
          lang={lang}
          client={client}
          groups={library.groups.value}
          phrase={null}
          defaultGroupId={null}
          prefill={group}
          loadLatest={(id) => readLatestPhrase(library, id)}
          onSaved={async (title) => {
            reporter.say(rt(lang, 'phraseSaved', { title }));
            await library.reload();
            writing.value = null;
          }}
          onCancel={() => (writing.value = null)}
        />
      </section>
    );
  }

  const list = groups.value;
  return (
    <section class="rec-card rec-recurring" aria-labelledby="rec-recurring-heading">
      <h3 id="rec-recurring-heading">{rt(lang, 'recurringHeading')}</h3>
      <p class="hint">{rt(lang, 'recurringIntro')}</p>
      {questions.value && (
        <p class="hint">{rt(lang, 'recurringRecords', { records: questions.value.records, questions: questions.value.questions.length })}</p>
      )}
      {list === null ? (
        <p class="empty">{rt(lang, 'recurringWaiting')}</p>
      ) : list.length === 0 ? (
        <p class="empty">{rt(lang, 'recurringNone')}</p>
      ) : (
        <ul class="rec-groups" aria-label={rt(lang, 'recurringListLabel')}>
          {list.map((g) => (
            <li key={g.title} class="rec-group">
              <div class="rec-group-head">
                <strong dir="auto">{g.title}</strong>
                <span class="rec-count">{rt(lang, 'recurringCount', { conversations: g.conversations, count: g.count })}</span>
              </div>
              <p class="rec-examples-label">{rt(lang, 'recurringExamples')}</p>
              <ul class="rec-examples">
                {g.examples.map((e) => (
                  <li key={e} dir="auto">
                    {e}
                  </li>
                ))}
              </ul>
              <button type="button" class="primary small" onClick={() => (writing.value = g)}>
                {rt(lang, 'newPhraseFor', { title: g.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
