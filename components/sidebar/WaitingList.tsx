import { useComputed, useSignal } from '@preact/signals';
import type { SidebarHost } from './host';
import { t } from '../ui/i18n';

/**
 * Who is waiting for a reply (the console's own wait and unread markers), other than the buyer
 * already open. Buyers with a wait time come first: three unanswered messages usually lose a sale.
 */
export function WaitingList({ host }: { host: SidebarHost }) {
  const { lang } = host;
  const open = useSignal(false);
  const waiting = useComputed(() =>
    host.conversations.value
      .filter((c) => !c.active && (c.waiting || c.unread))
      .sort((a, b) => Number(b.waiting !== null) - Number(a.waiting !== null)),
  );
  if (waiting.value.length === 0) return null;
  return (
    <div class="waiting">
      <button type="button" class="waiting-toggle" aria-expanded={open.value} onClick={() => (open.value = !open.value)}>
        {t(lang, 'waitingCount', { count: waiting.value.length })}
      </button>
      {open.value && (
        <ul class="waiting-list" aria-label={t(lang, 'waitingListLabel')}>
          {waiting.value.map((c) => (
            <li key={c.id}>
              <span class="waiting-name">{c.name}</span>
              <span class="waiting-time">{c.waiting ?? t(lang, 'unread')}</span>
              {host.revealConversation && (
                <button type="button" aria-label={t(lang, 'revealBuyer', { name: c.name })} onClick={() => void host.revealConversation?.(c.id)}>
                  {t(lang, 'reveal')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
