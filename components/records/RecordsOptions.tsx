import { useSignal } from '@preact/signals';
import type { OptionsPanelProps } from '../panels/panel';
import { download } from '../ui/download';
import { rt } from './messages';
import { RecordsBrowser, type Listing } from './RecordsBrowser';
import { RecurringQuestions } from './RecurringQuestions';

/**
 * 会话记录 in the options page (the owner's view): the same list and search as the sidebar, plus
 * export (a file made here, in the extension's own page, never in a console page), delete all
 * with a confirmation, and the recurring questions that still lack a phrase.
 */
export function RecordsOptions({ lang, client, notice, library }: OptionsPanelProps) {
  const query = useSignal('');
  const version = useSignal(0);
  const listing = useSignal<Listing | null>(null);
  const confirmingAll = useSignal(false);
  const count = listing.value?.records.length ?? 0;
  const total = listing.value?.total ?? 0;

  async function exportAs(format: 'text' | 'json') {
    const reply = await client.request({ kind: 'exportConversationRecords', format, query: query.value, lang });
    if (!reply.ok) return notice.alert(reply.error.message);
    download(reply.value.fileName, reply.value.content, reply.value.mimeType);
    notice.say(rt(lang, 'exported', { count: reply.value.count, file: reply.value.fileName }));
  }

  async function deleteAll() {
    confirmingAll.value = false;
    const reply = await client.request({ kind: 'deleteAllConversationRecords' });
    if (!reply.ok) return notice.alert(reply.error.message);
    notice.say(rt(lang, 'deletedAll', { count: reply.value.deleted }));
    version.value++;
  }

  return (
    <div class="rec wide">
      <section class="rec-card" aria-labelledby="rec-options-heading">
        <h3 id="rec-options-heading">{rt(lang, 'heading')}</h3>
        <p class="hint">{rt(lang, 'intro')}</p>
        <div class="actions">
          <button type="button" disabled={count === 0} onClick={() => void exportAs('text')}>
            {rt(lang, 'exportText')}
          </button>
          <button type="button" disabled={count === 0} onClick={() => void exportAs('json')}>
            {rt(lang, 'exportJson')}
          </button>
          <span class="hint">{rt(lang, 'exportScope', { count })}</span>
          <span class="rec-spacer" />
          {confirmingAll.value ? (
            <>
              <span class="rec-confirm">{rt(lang, 'confirmDeleteAll', { count: total })}</span>
              <button type="button" class="danger" onClick={() => void deleteAll()}>
                {rt(lang, 'confirmDeleteAllButton')}
              </button>
              <button type="button" onClick={() => (confirmingAll.value = false)}>
                {rt(lang, 'cancel')}
              </button>
            </>
          ) : (
            <button type="button" class="danger" disabled={total === 0} onClick={() => (confirmingAll.value = true)}>
              {rt(lang, 'deleteAll')}
            </button>
          )}
        </div>
        <RecordsBrowser lang={lang} client={client} reporter={notice} query={query} version={version} listing={listing} />
      </section>
      <RecurringQuestions lang={lang} client={client} library={library} reporter={notice} version={version} />
    </div>
  );
}
