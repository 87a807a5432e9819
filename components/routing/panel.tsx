import { definePanel } from '../panels/panel';
import { RoutingSidebar } from './RoutingSidebar';

export const routingName = { zh: '分流', en: 'Routing' };

/**
 * 分流 in the sidebar: the saved scenario's summary and top causes, on the owner's back-office pages
 * (where routing is set up). Not on the chat page: every sidebar panel stays mounted, so it would
 * run the analysis on each agent's console on every load; the agent's own recorded day
 * (routing-data's MyDayCard) can add 'chat' when it is wired in. The options page's full view is
 * declared in options-panel.tsx so this file stays free of the editor, zod and uPlot.
 */
export const routingPanel = definePanel({
  id: 'routing',
  name: routingName,
  order: 40,
  pages: ['relations', 'staff'],
  component: ({ lang, client }) => <RoutingSidebar lang={lang} client={client} />,
});
