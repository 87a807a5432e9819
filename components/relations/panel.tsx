import { definePanel } from '../panels/panel';
import { RelationsPanel } from './RelationsPanel';

const name = { zh: '关系', en: 'Relations' };

/** 关系 in the sidebar on the back-office pages: scan this page's table, see what is abnormal and why. */
export const relationsPanel = definePanel({
  id: 'relations',
  name,
  order: 20,
  pages: ['relations', 'staff'],
  component: ({ lang, client, host, status }) => <RelationsPanel lang={lang} client={client} reporter={status} backOffice={host.backOffice} />,
});

/** 关系 in the options page: the full view, sortable and filterable over every relation. */
export const relationsOptionsPanel = definePanel({
  id: 'relations',
  name,
  order: 40,
  pages: ['options'],
  component: ({ lang, client, notice }) => <RelationsPanel lang={lang} client={client} reporter={notice} wide />,
});
