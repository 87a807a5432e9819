import type { Lang } from '../../core/i18n';
import type { CustomerView } from './card-state';
import { when } from './format';
import { cm } from './messages';

/** The last few products the buyer looked at in the conversation (page text, shown as text). */
export function ProductsSeen({ lang, card }: { lang: Lang; card: CustomerView | null }) {
  const products = card?.products ?? [];
  return (
    <section class="cust-section" aria-labelledby="cust-products-heading">
      <h3 id="cust-products-heading">{cm(lang, 'products')}</h3>
      {products.length === 0 ? (
        <p class="hint">{cm(lang, 'noProducts')}</p>
      ) : (
        <ul class="cust-products" aria-label={cm(lang, 'productsLabel')}>
          {products.map((p) => (
            <li key={p.title}>
              <bdi>{p.title}</bdi>
              <span class="cust-when">{when(lang, p.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
