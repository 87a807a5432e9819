import { useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ProtocolClient } from '../../core/client';
import type { Lang } from '../../core/i18n';
import type { ConversationRecord, RecordSummary } from '../../core/records';
import { localTime } from './conversation-read';
import { rt } from './messages';
import { RecordView } from './RecordView';

/** Where a panel says what happened: the sidebar's status line or the options page's notice. */
export interface Reporter {
  say(text: string): void;
  alert(text: string): void;
}

/** What the list shows now: the rows, and how many records match and are kept. */
export interface Listing {
  records: RecordSummary[];
  total: number;
  max: number;
}

interface Props {
  lang: Lang;
  client: ProtocolClient;
  reporter: Reporter;
  /** The search text (the options page exports what it lists). */
  query: Signal<string>;
  /** Bumped after a save or a delete elsewhere: list again. */
  version: Signal<number>;
  listing: Signal<Listing | null>;
}

/** Rows shown at most; a search narrows the rest down. */
const SHOWN = 50;

/** The saved conversations: search, the list newest first, one record opened, deleted on request. */
export function RecordsBrowser({ lang, client, reporter, query, version, listing }: Props) {
  const open = useSignal<ConversationRecord | null>(null);
  const confirming = useSignal(false);

  async function load() {
    const reply = await client.request({ kind: 'listConversationRecords', query: query.value });
    if (!reply.ok) return reporter.alert(rt(lang, 'loadFailed', { message: reply.error.message }));
    listing.value = reply.value;
  }
  useEffect(() => void load(), [query.value, version.value]);

  async function show(id: string) {
    const reply = await client.request({ kind: 'getConversationRecord', id });
    if (!reply.ok) return reporter.alert(reply.error.message);
    confirming.value = false;
    open.value = reply.value;
  }

  async function remove(record: ConversationRecord) {
    const reply = await client.request({ kind: 'deleteConversationRecord', id: record.id });
    if (!reply.ok) return reporter.alert(reply.error.message);
    reporter.say(rt(lang, 'deleted', { name: record.buyerName || record.buyerId }));
    open.value = null;
    version.value++;
  }

  if (open.value) {
    const record = open.value;
    return (
      <RecordView
        lang={lang}
        record={record}
        confirming={confirming.value}
        onBack={() => (open.value = null)}
        onConfirm={(on) => (confirming.value = on)}
        onDelete={() => void remove(record)}
      />
    );
  }

  const list = listing.value;
  const rows = list?.records ?? [];
  return (
    <div class="rec-browser">
      <input
        type="search"
        role="searchbox"
        class="rec-search"
        aria-label={rt(lang, 'searchLabel')}
        placeholder={rt(lang, 'searchPlaceholder')}
        value={query.value}
        onInput={(e) => (query.value = e.currentTarget.value)}
      />
      {list && (
        <p class="hint">
          {rt(lang, 'total', { total: list.total, max: list.max })}
          {query.value.trim() ? ` · ${rt(lang, 'found', { count: rows.length })}` : ''}
        </p>
      )}
      {list && rows.length === 0 ? (
        <p class="empty">{query.value.trim() ? rt(lang, 'noneFound', { query: query.value.trim() }) : rt(lang, 'none')}</p>
      ) : (
        <ul class="rec-list" aria-label={rt(lang, 'listLabel')}>
          {rows.slice(0, SHOWN).map((r) => {
            const name = r.buyerName || r.buyerId;
            const time = localTime(r.savedAt);
            return (
              <li key={r.id}>
                <button type="button" class="rec-row" aria-label={rt(lang, 'openRecord', { name, time })} onClick={() => void show(r.id)}>
                  <span class="rec-row-head">
                    <span class="rec-name" dir="auto">
                      {name}
                    </span>
                    <span class="rec-time">{time}</span>
                  </span>
                  <span class="rec-row-meta">
                    {r.site} · {rt(lang, 'messageCount', { count: r.messageCount })}
                    {r.product ? ` · ${r.product}` : ''}
                  </span>
                  <span class="rec-snippet" dir="auto">
                    {r.snippet}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > SHOWN && <p class="hint">{rt(lang, 'more', { count: rows.length - SHOWN })}</p>}
    </div>
  );
}
