import { definePanel } from '../panels/panel';
import { CleanupCard } from './CleanupCard';
import { GroupManager } from './GroupManager';
import { cm } from './messages';

/**
 * 客户 in the options page: the shop's customer groups and the inactive-customer cleanup (removing
 * customers in bulk is the options page's alone). Kept apart from panel.tsx: one registry each.
 */
export const customersOptionsPanel = definePanel({
  id: 'customers',
  name: { zh: '客户', en: 'Customers' },
  order: 57,
  pages: ['options'],
  component: ({ lang, client, notice }) => (
    <div class="rd wide cust-page">
      <p class="hint">{cm(lang, 'pageIntro')}</p>
      <GroupManager lang={lang} client={client} notice={notice} />
      <CleanupCard lang={lang} client={client} notice={notice} />
    </div>
  ),
});
