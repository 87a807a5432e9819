import { definePanel } from '../panels/panel';
import { CustomerCard } from './CustomerCard';
import { CustomerTabBadge } from './TabBadge';

/** 客户: the card of the buyer in the open conversation (chat consoles only). */
export const customerPanel = definePanel({
  id: 'customer',
  name: { zh: '客户', en: 'Customer' },
  order: 20,
  pages: ['chat'],
  component: ({ lang, host, status }) => <CustomerCard lang={lang} host={host} status={status} />,
  badge: CustomerTabBadge,
});
