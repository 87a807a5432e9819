import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PhraseRecord } from '../../core/phrases';
import { usePhraseInsertion } from './use-phrase-insertion';
import { VariableForm } from './VariableForm';
import type { SidebarHost } from '../sidebar/host';
import type { Status } from '../sidebar/status';
import { Highlighted } from '../ui/Highlighted';
import { t } from '../ui/i18n';
import { findPhrases } from './find-phrases';
import { readLatestPhrase, type LibraryState } from './library-state';
import { PhraseForm } from './PhraseForm';
import { describeError } from './outcome-text';
import { SuggestedReplies } from '../suggestions/SuggestedReplies';

interface Props {
  host: SidebarHost;
  library: LibraryState;
  status: Status;
  /** Bumped by the keyboard command: focus the search box. */
  focusRequest: { value: number };
  /** Set when a phrase was chosen elsewhere (the `/code` list in the chat input): pick it here. */
  pickRequest: { value: string | null };
}

export function PhrasesPanel({ host, library, status, focusRequest, pickRequest }: Props) {
  const { lang } = host;
  const query = useSignal('');
  const groupFilter = useSignal<string | null>(null);
  const active = useSignal(0);
  const editing = useSignal<PhraseRecord | 'new' | null>(null);
  const confirmingDelete = useSignal(false);
  const { choose, pick, filling, submitFilling, cancelFilling, keyHandlers } = usePhraseInsertion(host, status);
  const searchRef = useRef<HTMLInputElement>(null);

  const found = useComputed(() => findPhrases(library.snapshot.value, query.value, groupFilter.value));
  const activeHit = useComputed(() => found.value.hits[Math.min(active.value, found.value.hits.length - 1)] ?? null);

  useEffect(() => {
    if (focusRequest.value > 0) searchRef.current?.focus();
  }, [focusRequest.value]);

  const requested = pickRequest.value;
  useEffect(() => {
    if (!requested) return;
    pickRequest.value = null;
    const phrase = library.phrases.value.find((p) => p.id === requested);
    if (!phrase) return;
    choose();
    pick(phrase);
  }, [requested]);

  /** Every view of the panel tracks Enter presses, so an insertion can wait for the release. */
  const withKeys = (content: preact.JSX.Element) => (
    <div class="panel-keys" {...keyHandlers}>
      {content}
    </div>
  );

  function onKeyDown(e: KeyboardEvent) {
    const count = found.value.hits.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (count) active.value = (active.value + (e.key === 'ArrowDown' ? 1 : count - 1)) % count;
      choose();
    } else if (e.key === 'Enter') {
      // Never let Enter reach the console (no line break, no send); an Enter that confirms an IME
      // composition only confirms it.
      e.preventDefault();
      if (!e.isComposing && e.keyCode !== 229 && activeHit.value) pick(activeHit.value.phrase);
    } else if (e.key === 'Escape') {
      query.value = '';
    }
  }

  async function remove(phrase: PhraseRecord) {
    confirmingDelete.value = false;
    const reply = await host.client.request({ kind: 'deletePhrase', id: phrase.id });
    if (!reply.ok) return status.alert(describeError(reply.error));
    status.say(t(lang, 'deleted', { title: phrase.title }));
  }

  const fill = filling.value;
  if (fill) {
    return withKeys(
      <VariableForm
        lang={lang}
        title={fill.phrase.title}
        needed={fill.needed}
        known={fill.known}
        onCancel={cancelFilling}
        onSubmit={submitFilling}
      />,
    );
  }

  if (editing.value) {
    const phrase = editing.value === 'new' ? null : editing.value;
    return withKeys(
      <PhraseForm
        compact
        lang={lang}
        client={host.client}
        groups={library.groups.value}
        phrase={phrase}
        defaultGroupId={groupFilter.value}
        loadLatest={(id) => readLatestPhrase(library, id)}
        onSaved={async (title) => {
          status.say(t(lang, 'saved', { title }));
          await library.reload();
          editing.value = null;
        }}
        onCancel={() => (editing.value = null)}
      />,
    );
  }

  const { hits, hidden } = found.value;
  const current = activeHit.value;
  return withKeys(
    <div class="phrases">
      <SuggestedReplies
        host={host}
        library={library}
        onPick={(phrase) => {
          choose();
          pick(phrase);
        }}
      />
      <input
        ref={searchRef}
        type="search"
        role="searchbox"
        class="search"
        aria-label={t(lang, 'searchLabel')}
        placeholder={t(lang, 'searchPlaceholder')}
        aria-controls="kefu-phrase-list"
        aria-activedescendant={current ? `kefu-phrase-${current.phrase.id}` : undefined}
        value={query.value}
        onInput={(e) => {
          query.value = e.currentTarget.value;
          active.value = 0;
          choose();
        }}
        onKeyDown={onKeyDown}
      />
      <div class="groups" aria-label={t(lang, 'fieldGroup')}>
        {[{ id: null, name: t(lang, 'allGroups') }, ...library.groups.value].map((g) => (
          <button
            key={g.id ?? 'all'}
            type="button"
            class="chip"
            aria-pressed={groupFilter.value === g.id}
            onClick={() => {
              groupFilter.value = g.id;
              active.value = 0;
            }}
          >
            {g.name}
          </button>
        ))}
      </div>
      {library.snapshot.value === null ? (
        <p class="empty">{t(lang, 'loading')}</p>
      ) : hits.length === 0 ? (
        <p class="empty">{t(lang, 'noResults', { query: query.value })}</p>
      ) : (
        // Focusable (axe: a scrollable region needs keyboard access): the keys that work in search work here too.
        <ul
          id="kefu-phrase-list"
          role="listbox"
          aria-label={t(lang, 'listLabel')}
          class="list"
          tabIndex={0}
          aria-activedescendant={current ? `kefu-phrase-${current.phrase.id}` : undefined}
          onKeyDown={onKeyDown}
          onPointerDown={choose}
        >
          {hits.map((hit, i) => (
            <li
              key={hit.phrase.id}
              id={`kefu-phrase-${hit.phrase.id}`}
              role="option"
              aria-selected={hit === current}
              class="option"
              title={hit.phrase.text}
              onMouseEnter={() => (active.value = i)}
              onClick={() => pick(hit.phrase)}
            >
              <div class="option-head">
                <span class="option-title">
                  <Highlighted text={hit.phrase.title} ranges={hit.titleRanges} />
                </span>
                {hit.phrase.scope === 'agent' && <span class="mine">{t(lang, 'personalBadge')}</span>}
                {hit.phrase.code && <span class="code">{hit.phrase.code}</span>}
              </div>
              <div class="option-text">
                <Highlighted text={hit.phrase.text} ranges={hit.textRanges} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {hidden !== 0 && (
        <p class="more">{hidden === null ? t(lang, 'moreMatches') : t(lang, 'moreResults', { count: hidden })}</p>
      )}
      <p class="hint">{t(lang, 'insertHint')}</p>
      <div class="toolbar">
        {confirmingDelete.value && current ? (
          <>
            <span class="confirm">{t(lang, 'confirmDelete', { title: current.phrase.title })}</span>
            <button type="button" class="danger" onClick={() => void remove(current.phrase)}>
              {t(lang, 'deletePhrase')}
            </button>
            <button type="button" onClick={() => (confirmingDelete.value = false)}>
              {t(lang, 'cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" class="primary" onClick={() => (editing.value = 'new')}>
              {t(lang, 'newPhrase')}
            </button>
            <button type="button" disabled={!current} onClick={() => current && (editing.value = current.phrase)}>
              {t(lang, 'editPhrase')}
            </button>
            <button type="button" disabled={!current} onClick={() => (confirmingDelete.value = true)}>
              {t(lang, 'deletePhrase')}
            </button>
          </>
        )}
      </div>
    </div>,
  );
}
