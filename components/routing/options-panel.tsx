import { definePanel } from '../panels/panel';
import { TeamDataCard } from '../routing-data/TeamDataCard';
import { routingName } from './panel';
import { RoutingPage } from './RoutingPage';

/**
 * 分流 in the options page: the team's measured data on top (it can build the scenario and is
 * compared with its simulation), then the what-if editor, causes, recommendations and charts.
 */
export const routingOptionsPanel = definePanel({
  id: 'routing',
  name: routingName,
  order: 55,
  pages: ['options'],
  component: ({ lang, client, notice }) => (
    <RoutingPage
      lang={lang}
      client={client}
      notice={notice}
      extra={({ loadScenario, estimate }) => (
        <div class="rd">
          <TeamDataCard lang={lang} client={client} reporter={notice} estimate={estimate} onUseScenario={loadScenario} />
        </div>
      )}
    />
  ),
});
