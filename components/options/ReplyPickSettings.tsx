import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { LibraryView, ProtocolClient } from '../../core/client';
import { mostPickedPhrases } from '../../core/usage/reply-picks';
import { describeError } from '../phrases/outcome-text';
import type { Status } from '../sidebar/status';
import { defineMessages } from '../ui/i18n';

const t = defineMessages({
  heading: ['建议回复', 'Suggested replies'],
  intro: [
    '每次插入话术，侧边栏会记下买家当时的问题和您选的话术，下次遇到相似的问题时优先建议。这些记录只保存在这台电脑上，随“导出全部数据”一起备份。',
    'Each time you insert a phrase, the sidebar notes the buyer’s question and the phrase you chose, and suggests it first for similar questions. These notes stay on this computer and are included in “Export all data”.',
  ],
  count: ['已记住 {count} 条选择。', '{count} picks remembered.'],
  none: ['还没有记住任何选择。', 'No picks remembered yet.'],
  top: ['最常选的话术', 'Most picked phrases'],
  row: ['{title}（{count} 次）', '{title} ({count}×)'],
  deletedPhrase: ['（已删除的话术）', '(deleted phrase)'],
  forgetOne: ['忘记', 'Forget'],
  forgetOneLabel: ['忘记“{title}”的选择', 'Forget the picks of “{title}”'],
  forgetAll: ['全部忘记', 'Forget all'],
  confirmAll: ['确定忘记全部 {count} 条选择吗？建议回复将从头学起。', 'Forget all {count} picks? Suggested replies will learn from scratch.'],
  confirm: ['确定忘记', 'Yes, forget'],
  cancel: ['取消', 'Cancel'],
  forgotAll: ['已忘记全部 {count} 条选择。', 'Forgot all {count} picks.'],
  forgotOne: ['已忘记“{title}”的 {count} 条选择。', 'Forgot {count} picks of “{title}”.'],
});

/** Phrases shown with their picks: enough to find the few that taught the wrong thing. */
const TOP_SHOWN = 8;

interface Props {
  lang: Lang;
  client: ProtocolClient;
  picks: LibraryView['replyPicks'];
  phrases: LibraryView['phrases'];
  status: Status;
}

/** How many reply picks this machine keeps, and forgetting them: all (after a confirm) or one phrase's. */
export function ReplyPickSettings({ lang, client, picks, phrases, status }: Props) {
  const [confirming, setConfirming] = useState(false);
  const titles = new Map(phrases.map((p) => [p.id, p.title]));
  const titleOf = (id: string) => titles.get(id) ?? t(lang, 'deletedPhrase');
  const top = mostPickedPhrases(picks, TOP_SHOWN);

  async function forget(phraseId: string | undefined, done: (forgotten: number) => string) {
    const reply = await client.request({ kind: 'forgetReplyPicks', ...(phraseId ? { phraseId } : {}) });
    if (reply.ok) status.say(done(reply.value.forgotten));
    else status.alert(describeError(reply.error));
  }

  return (
    <section class="card" aria-labelledby="reply-picks-heading">
      <h2 id="reply-picks-heading">{t(lang, 'heading')}</h2>
      <p class="intro">{t(lang, 'intro')}</p>
      <p class="reply-picks-count">{picks.length === 0 ? t(lang, 'none') : t(lang, 'count', { count: String(picks.length) })}</p>
      {top.length > 0 && (
        <>
          <h3>{t(lang, 'top')}</h3>
          <ul aria-label={t(lang, 'top')} class="synonym-pairs">
            {top.map((entry) => {
              const title = titleOf(entry.phraseId);
              return (
                <li key={entry.phraseId}>
                  <span>{t(lang, 'row', { title, count: String(entry.count) })}</span>{' '}
                  <button
                    type="button"
                    class="small"
                    aria-label={t(lang, 'forgetOneLabel', { title })}
                    onClick={() => void forget(entry.phraseId, (count) => t(lang, 'forgotOne', { title, count: String(count) }))}
                  >
                    {t(lang, 'forgetOne')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {confirming ? (
        <div class="actions" role="group" aria-label={t(lang, 'forgetAll')}>
          <span class="confirm">{t(lang, 'confirmAll', { count: String(picks.length) })}</span>{' '}
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              void forget(undefined, (count) => t(lang, 'forgotAll', { count: String(count) }));
            }}
          >
            {t(lang, 'confirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t(lang, 'cancel')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="danger" disabled={picks.length === 0} onClick={() => setConfirming(true)}>
            {t(lang, 'forgetAll')}
          </button>
        </div>
      )}
    </section>
  );
}
