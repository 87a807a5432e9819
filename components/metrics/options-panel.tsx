import { definePanel } from '../panels/panel';
import { MetricsPage } from './MetricsPage';

/**
 * 指标 in the options page: the day's figures come from the shop's back office and the table and
 * chart need the width, so the calculator lives here (uPlot loads only on the options page).
 */
export const metricsOptionsPanel = definePanel({
  id: 'metrics',
  name: { zh: '指标', en: 'Metrics' },
  order: 58,
  pages: ['options'],
  component: ({ lang, client, notice }) => <MetricsPage lang={lang} client={client} reporter={notice} />,
});
