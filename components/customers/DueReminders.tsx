import type { Lang } from '../../core/i18n';
import type { SidebarHost } from '../sidebar/host';
import type { Status } from '../sidebar/status';
import type { CustomerCards, DuePromise } from './card-state';
import { dueText } from './format';
import { cm } from './messages';

interface Props {
  lang: Lang;
  host: SidebarHost;
  cards: CustomerCards;
  status: Status;
}

/** Promises due today or overdue, of every customer: at the top of the card until each is done. */
export function DueReminders({ lang, host, cards, status }: Props) {
  const { today, items } = cards.due.value;
  if (items.length === 0) return null;
  const open = cards.key.value;

  async function done(item: DuePromise) {
    const reply = await cards.write({ kind: 'updateCustomerPromise', site: item.site, buyerId: item.buyerId, promiseId: item.promise.id, done: true });
    if (!reply.ok) return status.alert(reply.error.message);
    status.say(cm(lang, 'promiseMarked', { text: item.promise.text }));
  }

  async function reveal(item: DuePromise) {
    if (!(await host.revealConversation?.(item.buyerId))) status.alert(cm(lang, 'revealGone', { name: item.label }));
  }

  return (
    <section class="cust-due" aria-labelledby="cust-due-heading">
      <h3 id="cust-due-heading">{cm(lang, 'dueHeading', { count: items.length })}</h3>
      <ul aria-label={cm(lang, 'dueLabel')}>
        {items.map((item) => {
          const here = item.site === open?.site;
          return (
            <li key={item.promise.id} class={`cust-due-${item.state}`}>
              <div class="cust-due-text">
                <bdi class="cust-due-who">{item.label}</bdi>
                {!here && <span class="hint">{cm(lang, 'otherSite', { site: item.site })}</span>}
                <span class="cust-when">{dueText(lang, item.promise.due, today)}</span>
                <p>{item.promise.text}</p>
              </div>
              <div class="cust-row-actions">
                <button type="button" class="small" aria-label={cm(lang, 'markDone', { text: item.promise.text })} onClick={() => done(item)}>
                  {cm(lang, 'promiseDone')}
                </button>
                {here && item.buyerId !== open?.buyerId && host.revealConversation && (
                  <button type="button" class="small" aria-label={cm(lang, 'revealBuyer', { name: item.label })} onClick={() => reveal(item)}>
                    {cm(lang, 'reveal')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
