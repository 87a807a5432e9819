import type { Lang } from '../../core/i18n';
import type { SidebarHost } from '../sidebar/host';
import { customerCards } from './card-state';
import { cm } from './messages';

/**
 * The count of promises due, on the 客户 tab itself, so the reminder shows whichever tab is open.
 * Hidden from the tab's accessible name (it stays 客户); the due list in the tab says it in words.
 */
export function CustomerTabBadge({ lang, host }: { lang: Lang; host: SidebarHost }) {
  if (!host.site.id) return null;
  const count = customerCards(host).due.value.items.length;
  if (count === 0) return null;
  return (
    <span class="tab-badge" aria-hidden="true" title={cm(lang, 'dueBadge', { count })}>
      {count > 99 ? '99+' : count}
    </span>
  );
}
