import { definePanel } from '../panels/panel';
import { routingName } from './panel';
import { RoutingPage } from './RoutingPage';

/** 分流 in the options page: the what-if editor, causes, recommendations and charts. */
export const routingOptionsPanel = definePanel({
  id: 'routing',
  name: routingName,
  order: 55,
  pages: ['options'],
  component: ({ lang, client, notice }) => <RoutingPage lang={lang} client={client} notice={notice} />,
});
