import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import { AUTO_REPLY_MAX, AUTO_REPLY_SUGGESTIONS, TOPICS, autoReplyCoverage, countCodePoints, lintPhrase } from '../../core/phrases';
import { m } from './messages';
import type { Notice } from './notice';
import { LintList } from '../phrases/LintList';

interface Props {
  lang: Lang;
  notice: Notice;
  /** Writes to the clipboard; `navigator.clipboard.writeText` in the page. */
  writeClipboard?: (text: string) => Promise<void>;
  /** Keeps the draft between visits (localStorage in the page). */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

const DRAFT_KEY = 'kefu-sidebar:auto-reply-draft';

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The auto-reply composer: a live code-point counter against the 128 limit, which of the eight
 * buyer questions the text answers, a sentence to add for each missing one, lint, copy.
 */
export function AutoReplyComposer({ lang, notice, writeClipboard = (t) => navigator.clipboard.writeText(t), storage = defaultStorage() }: Props) {
  const [text, setTextState] = useState(() => {
    try {
      return storage?.getItem(DRAFT_KEY) ?? '';
    } catch {
      return '';
    }
  });
  const setText = (value: string) => {
    setTextState(value);
    try {
      storage?.setItem(DRAFT_KEY, value);
    } catch {
      // A full or blocked storage only loses the draft between visits.
    }
  };
  const count = countCodePoints(text);
  const over = count - AUTO_REPLY_MAX;
  const coverage = useMemo(() => autoReplyCoverage(text), [text]);
  const issues = useMemo(() => lintPhrase(text, { autoReply: true, lang }).filter((i) => i.code !== 'too-long'), [text, lang]);

  async function copy() {
    try {
      await writeClipboard(text);
      notice.say(m(lang, 'copied'));
    } catch {
      notice.alert(m(lang, 'copyFailed'));
    }
  }

  return (
    <section class="card composer" aria-labelledby="composer-heading">
      <h2 id="composer-heading">{m(lang, 'composerHeading')}</h2>
      <p class="intro">{m(lang, 'composerIntro')}</p>
      <div class="composer-grid">
        <div>
          <label class="block">
            <span>{m(lang, 'composerLabel')}</span>
            <textarea rows={6} value={text} maxLength={2000} aria-describedby="composer-count composer-limit" onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <div class="counter-line">
            <span id="composer-count" class={`counter${over > 0 ? ' over' : ''}`}>
              {m(lang, 'counter', { count, max: AUTO_REPLY_MAX })}
            </span>
            <span id="composer-limit" class={over > 0 ? 'over' : 'muted'}>
              {over > 0 ? m(lang, 'overLimit', { over }) : m(lang, 'underLimit', { left: -over })}
            </span>
          </div>
          <div class="actions">
            <button type="button" class="primary" disabled={!text.trim()} onClick={copy}>
              {m(lang, 'copy')}
            </button>
            <button type="button" disabled={!text} onClick={() => setText('')}>
              {m(lang, 'clear')}
            </button>
          </div>
          <LintList lang={lang} issues={issues} id="composer-lint" />
        </div>
        <div>
          <h3>{m(lang, 'topicsHeading')}</h3>
          <ul class="chips" aria-label={m(lang, 'topicsHeading')}>
            {TOPICS.map((topic) => {
              const covered = coverage.covered.includes(topic);
              return (
                <li key={topic} class={`chip ${covered ? 'covered' : 'missing'}`}>
                  {covered ? '✓' : '○'} {m(lang, `topic_${topic}`)}
                  <span class="sr-only">（{m(lang, covered ? 'topicCovered' : 'topicMissing')}）</span>
                </li>
              );
            })}
          </ul>
          <h3>{m(lang, 'suggestionsHeading')}</h3>
          {coverage.missing.length === 0 ? (
            <p class="lint-clean">✓ {m(lang, 'allCovered')}</p>
          ) : (
            <ul class="suggestions">
              {coverage.missing.map((topic) => (
                <li key={topic}>
                  <span class="topic">{m(lang, `topic_${topic}`)}</span>
                  <span class="sentence" id={`suggest-${topic}`}>
                    {AUTO_REPLY_SUGGESTIONS[topic]}
                  </span>
                  <button type="button" class="small" aria-describedby={`suggest-${topic}`} onClick={() => setText(text + AUTO_REPLY_SUGGESTIONS[topic])}>
                    {m(lang, 'add')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
