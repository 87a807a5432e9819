import type { Lang } from '../../core/i18n';
import type { CustomerView } from './card-state';
import { when } from './format';
import { cm } from './messages';

/** Who the buyer is: the name the console shows (as text, isolated for right-to-left names), the nickname, last contact. */
export function CardIdentity({ lang, buyerName, card }: { lang: Lang; buyerName: string; card: CustomerView | null }) {
  return (
    <div class="cust-identity">
      <p class="cust-name">
        <bdi>{buyerName}</bdi>
        {card?.nickname && <span class="cust-nickname">{card.nickname}</span>}
      </p>
      <p class="hint">
        {card?.lastContactAt !== undefined ? cm(lang, 'lastContact', { when: when(lang, card.lastContactAt) }) : cm(lang, 'firstContact')}
        {card && ` · ${cm(lang, 'since', { when: when(lang, card.createdAt) })}`}
      </p>
      {card?.tags.length ? (
        <ul class="cust-tags">
          {card.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
