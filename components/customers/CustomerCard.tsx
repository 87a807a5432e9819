import type { Lang } from '../../core/i18n';
import type { SidebarHost } from '../sidebar/host';
import type { Status } from '../sidebar/status';
import { CardIdentity } from './CardIdentity';
import { CardOutcomes } from './CardOutcomes';
import { customerCards } from './card-state';
import { DueReminders } from './DueReminders';
import { displayName } from './format';
import { GroupPicker } from './GroupPicker';
import { cm } from './messages';
import { NotesEditor } from './NotesEditor';
import { ProductsSeen } from './ProductsSeen';
import { PromiseList } from './PromiseList';

interface Props {
  lang: Lang;
  host: SidebarHost;
  status: Status;
}

/**
 * The 客户 tab: promises due across customers, then the open buyer's card — who they are, group,
 * notes, promises, products looked at, outcomes recorded. Each part is its own small component. Everything here lives
 * in the sealed frame; the console page never holds a note.
 */
export function CustomerCard({ lang, host, status }: Props) {
  if (!host.site.id) return <p class="hint cust-empty">{cm(lang, 'noSite')}</p>;
  const cards = customerCards(host);
  const key = cards.key.value;
  const loadedKey = cards.cardKey.value;
  const loaded = key !== null && loadedKey?.site === key.site && loadedKey.buyerId === key.buyerId;
  const card = loaded ? cards.card.value : null;
  const buyerName = displayName(host.buyer.value?.name || card?.name || key?.buyerId || '');
  const error = cards.error.value;

  return (
    <div class="cust" role="region" aria-label={cm(lang, 'cardLabel')}>
      <DueReminders lang={lang} host={host} cards={cards} status={status} />
      {error && <p role="alert" class="alert">{error}</p>}
      {!key ? (
        <p class="hint cust-empty">{cm(lang, 'noConversation')}</p>
      ) : !loaded ? (
        <p class="hint cust-empty">{cm(lang, 'loading')}</p>
      ) : (
        <>
          <section class="cust-section cust-main">
            <CardIdentity lang={lang} buyerName={buyerName} card={card} />
            {!card && <p class="hint">{cm(lang, 'newCustomer')}</p>}
            <GroupPicker lang={lang} cards={cards} status={status} forKey={key} buyerName={buyerName} groupId={card?.groupId} />
            <NotesEditor lang={lang} cards={cards} status={status} forKey={key} buyerName={buyerName} card={card} />
          </section>
          <PromiseList lang={lang} cards={cards} status={status} forKey={key} buyerName={buyerName} card={card} />
          <ProductsSeen lang={lang} card={card} />
          <CardOutcomes lang={lang} host={host} buyerName={buyerName} />
        </>
      )}
    </div>
  );
}
