import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CUSTOMER_LIMITS } from '../../core/customers/limits';
import type { CardSectionProps, CustomerKey, CustomerView } from './card-state';
import { splitTags } from './format';
import { cm } from './messages';

type Props = CardSectionProps & { card: CustomerView | null };

interface Draft {
  key: CustomerKey;
  name: string;
  nickname: string;
  tags: string;
  memo: string;
  dirty: boolean;
}

const draftOf = (key: CustomerKey, name: string, card: CustomerView | null): Draft => ({
  key,
  name,
  nickname: card?.nickname ?? '',
  tags: card?.tags.join('，') ?? '',
  memo: card?.memo ?? '',
  dirty: false,
});
const sameKey = (a: CustomerKey, b: CustomerKey) => a.site === b.site && a.buyerId === b.buyerId;

/**
 * Nickname, tags and memo, saved with one button (or Ctrl+Enter). The draft belongs to the buyer it
 * was typed for: when the conversation switches with unsaved changes, they are saved for that buyer.
 */
export function NotesEditor({ lang, cards, status, forKey, buyerName, card }: Props) {
  const draft = useSignal<Draft>(draftOf(forKey, buyerName, card));

  async function save(d: Draft, onSwitch = false) {
    const reply = await cards.write({ kind: 'saveCustomerCard', ...d.key, name: d.name, nickname: d.nickname, memo: d.memo, tags: splitTags(d.tags) });
    if (!reply.ok) return status.alert(reply.error.message);
    if (sameKey(draft.peek().key, d.key)) draft.value = { ...draft.peek(), dirty: false };
    status.say(cm(lang, onSwitch ? 'notesSavedOnSwitch' : 'notesSaved', { name: d.name }));
  }

  useEffect(() => {
    const d = draft.peek();
    if (!sameKey(d.key, forKey)) {
      if (d.dirty) void save(d, true);
      draft.value = draftOf(forKey, buyerName, card);
    } else if (!d.dirty) {
      draft.value = draftOf(forKey, buyerName, card);
    }
  }, [forKey, card]);
  // Leaving the tab or the page with unsaved notes: they are kept for the buyer too.
  useEffect(() => () => void (draft.peek().dirty && save(draft.peek(), true)), []);

  const d = draft.value;
  const edit = (field: 'nickname' | 'tags' | 'memo') => (e: Event) => {
    draft.value = { ...draft.peek(), [field]: (e.currentTarget as HTMLInputElement).value, dirty: true };
  };

  return (
    <form
      class="cust-notes"
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft.peek());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save(draft.peek());
        }
      }}
    >
      <label class="cust-field">
        <span>{cm(lang, 'nickname')}</span>
        <input type="text" value={d.nickname} maxLength={CUSTOMER_LIMITS.nickname} placeholder={cm(lang, 'nicknameHint')} onInput={edit('nickname')} />
      </label>
      <label class="cust-field">
        <span>{cm(lang, 'tags')}</span>
        <input type="text" value={d.tags} maxLength={CUSTOMER_LIMITS.tags * (CUSTOMER_LIMITS.tag + 1)} placeholder={cm(lang, 'tagsHint')} onInput={edit('tags')} />
      </label>
      <label class="cust-field">
        <span>{cm(lang, 'memo')}</span>
        <textarea rows={4} value={d.memo} maxLength={CUSTOMER_LIMITS.memo} placeholder={cm(lang, 'memoHint')} onInput={edit('memo')} />
      </label>
      <div class="cust-row-actions">
        <button type="submit" class="primary" disabled={!d.dirty}>
          {cm(lang, 'saveNotes')}
        </button>
        {d.dirty && <span class="hint">{cm(lang, 'unsaved')}</span>}
        <span class="hint cust-count">
          {d.memo.length}/{CUSTOMER_LIMITS.memo}
        </span>
      </div>
    </form>
  );
}
