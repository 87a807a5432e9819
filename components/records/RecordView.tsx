import type { ConversationRecord } from '../../core/records';
import type { Lang } from '../../core/i18n';
import { localTime } from './conversation-read';
import { cutsText } from './cuts-text';
import { rt } from './messages';

interface Props {
  lang: Lang;
  record: ConversationRecord;
  confirming: boolean;
  onBack(): void;
  onDelete(): void;
  onConfirm(confirming: boolean): void;
}

/** One saved conversation: who wrote each message, as text (`dir=auto` for right-to-left scripts). */
export function RecordView({ lang, record, confirming, onBack, onDelete, onConfirm }: Props) {
  const name = record.buyerName || record.buyerId;
  const cuts = cutsText(lang, record.cuts);
  return (
    <section class="rec-view" aria-labelledby="rec-view-heading">
      <div class="actions">
        <button type="button" onClick={onBack}>
          {rt(lang, 'back')}
        </button>
      </div>
      <h3 id="rec-view-heading" dir="auto">
        {rt(lang, 'recordHeading', { name })}
      </h3>
      <dl class="rec-meta">
        <dt>{rt(lang, 'site')}</dt>
        <dd>{record.site}</dd>
        <dt>{rt(lang, 'buyer')}</dt>
        <dd dir="auto">{record.buyerName && record.buyerName !== record.buyerId ? `${record.buyerName} (${record.buyerId})` : record.buyerId}</dd>
        {record.product && (
          <>
            <dt>{rt(lang, 'product')}</dt>
            <dd dir="auto">{record.product}</dd>
          </>
        )}
        <dt>{rt(lang, 'savedAt')}</dt>
        <dd>{localTime(record.savedAt)}</dd>
      </dl>
      {cuts && <p class="rec-cut">{cuts}</p>}
      <ol class="rec-messages" aria-label={rt(lang, 'messagesLabel')}>
        {record.messages.map((m, i) => (
          <li key={i} class={`rec-msg from-${m.from}`}>
            <span class="rec-who">{rt(lang, m.from === 'buyer' ? 'fromBuyer' : 'fromAgent')}</span>
            <span class="rec-text" dir="auto">
              {m.text}
            </span>
          </li>
        ))}
      </ol>
      <div class="actions">
        {confirming ? (
          <>
            <span class="rec-confirm">{rt(lang, 'confirmDelete', { name })}</span>
            <button type="button" class="danger" onClick={onDelete}>
              {rt(lang, 'confirmDeleteButton')}
            </button>
            <button type="button" onClick={() => onConfirm(false)}>
              {rt(lang, 'cancel')}
            </button>
          </>
        ) : (
          <button type="button" class="danger" onClick={() => onConfirm(true)}>
            {rt(lang, 'deleteRecord')}
          </button>
        )}
      </div>
    </section>
  );
}
