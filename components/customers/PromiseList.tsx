import { useSignal } from '@preact/signals';
import { CUSTOMER_LIMITS } from '../../core/customers/limits';
import type { CardSectionProps, CustomerView } from './card-state';
import { dayFromNow, dayText, dueText } from './format';
import { cm } from './messages';

type Props = CardSectionProps & { card: CustomerView | null };

/** The promises made to this customer, open ones first by due day, and a line to note a new one (due tomorrow unless changed). */
export function PromiseList({ lang, cards, status, forKey, buyerName, card }: Props) {
  const text = useSignal('');
  const due = useSignal(dayFromNow(1));
  const promises = card?.promises ?? [];
  const today = cards.due.value.today || dayFromNow(0);

  async function add(e: Event) {
    e.preventDefault();
    const what = text.value.trim();
    if (!what) return status.alert(cm(lang, 'textRequired'));
    const reply = await cards.write({ kind: 'addCustomerPromise', ...forKey, name: buyerName, text: what, due: due.value });
    if (!reply.ok) return status.alert(reply.error.message);
    text.value = '';
    due.value = dayFromNow(1);
    status.say(cm(lang, 'promiseAdded', { text: what }));
  }

  async function change(promiseId: string, what: string, to: { done: boolean } | { remove: true }) {
    const reply = await cards.write({ kind: 'updateCustomerPromise', ...forKey, promiseId, ...to });
    if (!reply.ok) return status.alert(reply.error.message);
    status.say(cm(lang, 'remove' in to ? 'promiseRemoved' : to.done ? 'promiseMarked' : 'promiseReopened', { text: what }));
  }

  return (
    <section class="cust-section" aria-labelledby="cust-promises-heading">
      <h3 id="cust-promises-heading">{cm(lang, 'promises')}</h3>
      {promises.length === 0 ? (
        <p class="hint">{cm(lang, 'noPromises')}</p>
      ) : (
        <ul class="cust-promises" aria-label={cm(lang, 'promisesLabel')}>
          {promises.map((p) => (
            <li key={p.id} class={p.done ? 'is-done' : p.due <= today ? 'is-due' : ''}>
              <label class="cust-check">
                <input type="checkbox" checked={p.done} aria-label={cm(lang, 'markDone', { text: p.text })} onChange={() => change(p.id, p.text, { done: !p.done })} />
                <span>{p.text}</span>
              </label>
              <span class="cust-when">{p.done ? cm(lang, 'doneOn', { date: dayText(lang, dayFromNow(0, p.doneAt ?? p.madeAt)) }) : dueText(lang, p.due, today)}</span>
              <button type="button" class="small link" aria-label={cm(lang, 'removePromise', { text: p.text })} onClick={() => change(p.id, p.text, { remove: true })}>
                {cm(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="cust-add-promise" onSubmit={add}>
        <label class="cust-field grow">
          <span>{cm(lang, 'promiseText')}</span>
          <input type="text" value={text.value} maxLength={CUSTOMER_LIMITS.promiseText} onInput={(e) => (text.value = e.currentTarget.value)} />
        </label>
        <label class="cust-field">
          <span>{cm(lang, 'promiseDue')}</span>
          <input type="date" value={due.value} required onInput={(e) => (due.value = e.currentTarget.value)} />
        </label>
        <button type="submit">{cm(lang, 'addPromise')}</button>
      </form>
    </section>
  );
}
