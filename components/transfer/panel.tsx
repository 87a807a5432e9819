import { definePanel } from '../panels/panel';
import { TransferPanel } from './TransferPanel';

const name = { zh: '转移', en: 'Transfer' };

/** 转移 in the sidebar on the back-office pages: plan, export, follow the task. */
export const transferPanel = definePanel({
  id: 'transfer',
  name,
  order: 30,
  pages: ['relations', 'staff'],
  component: ({ lang, client, status }) => <TransferPanel lang={lang} client={client} reporter={status} />,
});

/** 转移 in the options page, with room for the planner and the tasks side by side. */
export const transferOptionsPanel = definePanel({
  id: 'transfer',
  name,
  order: 50,
  pages: ['options'],
  component: ({ lang, client, notice }) => <TransferPanel lang={lang} client={client} reporter={notice} wide />,
});
