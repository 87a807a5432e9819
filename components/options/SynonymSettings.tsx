import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import { SHOP_SYNONYMS } from '../../core/phrases/synonyms';
import { SYNONYM_PAIRS_MAX, SYNONYM_TERM_MAX } from '../../core/settings/model';
import { describeError } from '../phrases/outcome-text';
import type { Status } from '../sidebar/status';
import { defineMessages } from '../ui/i18n';

const t = defineMessages({
  heading: ['同义词', 'Shop synonyms'],
  intro: [
    '搜索话术时，同义的店铺用词也会找到：搜“包邮”也能找到写着“运费”的话术，排在直接匹配之后。下面是我们内置的词表；您可以加上自己店里的说法。',
    'Searching phrases also finds words that mean the same in shop talk: “包邮” finds phrases that say “运费”, listed after direct matches. Our built-in list is below; add your own shop’s words.',
  ],
  builtIn: ['内置词表（{count} 组）', 'Built-in list ({count} rows)'],
  yours: ['我的同义词', 'My pairs'],
  none: ['还没有自己的同义词。', 'No pairs of your own yet.'],
  word: ['词', 'Word'],
  synonym: ['同义词', 'Means the same as'],
  wordPlaceholder: ['例如：顺风', 'e.g. 顺风'],
  synonymPlaceholder: ['例如：顺丰', 'e.g. 顺丰'],
  add: ['添加', 'Add pair'],
  remove: ['删除 {a} = {b}', 'Remove {a} = {b}'],
  added: ['已添加：{a} = {b}。', 'Added: {a} = {b}.'],
  removed: ['已删除：{a} = {b}。', 'Removed: {a} = {b}.'],
  emptyWord: ['“{field}”不能为空。', '“{field}” is empty.'],
  tooLong: ['“{field}”最多 {max} 个字。', '“{field}” is longer than {max} characters.'],
  same: ['两个词相同，无需添加。', 'The two words are the same.'],
  duplicate: ['这一对已经在列表里了。', 'This pair is already in the list.'],
  full: ['最多 {max} 对同义词。', 'At most {max} pairs.'],
});

type Pair = [string, string];

interface Props {
  lang: Lang;
  client: ProtocolClient;
  saved: readonly Pair[];
  status: Status;
}

const sameWord = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const samePair = (p: readonly [string, string], q: readonly [string, string]) =>
  (sameWord(p[0], q[0]) && sameWord(p[1], q[1])) || (sameWord(p[0], q[1]) && sameWord(p[1], q[0]));

/** The owner's own shop-word pairs; each change saves the whole list and reaches the sidebar search at once. */
export function SynonymSettings({ lang, client, saved, status }: Props) {
  const [word, setWord] = useState('');
  const [synonym, setSynonym] = useState('');

  function problem(a: string, b: string): string | null {
    for (const [value, field] of [
      [a, t(lang, 'word')],
      [b, t(lang, 'synonym')],
    ] as const) {
      if (!value.trim()) return t(lang, 'emptyWord', { field });
      if (value.trim().length > SYNONYM_TERM_MAX) return t(lang, 'tooLong', { field, max: String(SYNONYM_TERM_MAX) });
    }
    if (sameWord(a, b)) return t(lang, 'same');
    if (saved.some((p) => samePair(p, [a, b]))) return t(lang, 'duplicate');
    if (saved.length >= SYNONYM_PAIRS_MAX) return t(lang, 'full', { max: String(SYNONYM_PAIRS_MAX) });
    return null;
  }

  async function store(pairs: Pair[], done: string): Promise<boolean> {
    const reply = await client.request({ kind: 'saveSynonymPairs', pairs });
    if (reply.ok) status.say(done);
    else status.alert(describeError(reply.error));
    return reply.ok;
  }

  async function add(e: Event) {
    e.preventDefault();
    const a = word.trim();
    const b = synonym.trim();
    const wrong = problem(a, b);
    if (wrong) return status.alert(wrong);
    if (await store([...saved, [a, b]], t(lang, 'added', { a, b }))) {
      setWord('');
      setSynonym('');
    }
  }

  return (
    <section class="card" aria-labelledby="synonyms-heading">
      <h2 id="synonyms-heading">{t(lang, 'heading')}</h2>
      <p class="intro">{t(lang, 'intro')}</p>
      <h3>{t(lang, 'yours')}</h3>
      {saved.length === 0 ? (
        <p class="muted">{t(lang, 'none')}</p>
      ) : (
        <ul aria-label={t(lang, 'yours')} class="synonym-pairs">
          {saved.map(([a, b]) => (
            <li key={`${a}\u0001${b}`}>
              <span>{`${a} = ${b}`}</span>{' '}
              <button
                type="button"
                aria-label={t(lang, 'remove', { a, b })}
                onClick={() => void store(saved.filter((p) => !samePair(p, [a, b])), t(lang, 'removed', { a, b }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="synonym-add">
        <label>
          {t(lang, 'word')}{' '}
          <input value={word} maxLength={SYNONYM_TERM_MAX} placeholder={t(lang, 'wordPlaceholder')} onInput={(e) => setWord(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {t(lang, 'synonym')}{' '}
          <input value={synonym} maxLength={SYNONYM_TERM_MAX} placeholder={t(lang, 'synonymPlaceholder')} onInput={(e) => setSynonym(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit" class="primary">
          {t(lang, 'add')}
        </button>
      </form>
      <details>
        <summary>{t(lang, 'builtIn', { count: String(SHOP_SYNONYMS.length) })}</summary>
        <ul class="muted">
          {SHOP_SYNONYMS.map((row) => (
            <li key={row[0]}>{row.join(' / ')}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
