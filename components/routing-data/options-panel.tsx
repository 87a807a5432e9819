import { useSignal } from '@preact/signals';
import type { RoutingEstimate } from '../../core/routing';
import { definePanel } from '../panels/panel';
import { rm } from './messages';
import { TeamDataCard } from './TeamDataCard';
import { runOffThread } from './worker-jobs';

/*
 * Stand-in tab for TeamDataCard until it joins routing-lab's 分流 page (the lead moves it at merge):
 * the card is self-contained; this tab only runs the simulation it compares with, in a worker.
 */

/** Monte Carlo runs for the comparison (the advisor's page uses its own). */
const COMPARE_RUNS = 20;

function RoutingDataTab({ lang, client, notice }: { lang: 'zh' | 'en'; client: Parameters<typeof TeamDataCard>[0]['client']; notice: Parameters<typeof TeamDataCard>[0]['reporter'] }) {
  const estimate = useSignal<RoutingEstimate | null>(null);
  return (
    <div class="rd wide">
      <TeamDataCard
        lang={lang}
        client={client}
        reporter={notice}
        estimate={estimate.value}
        onUseScenario={(scenario) => {
          estimate.value = null;
          notice.say(rm(lang, 'simulating'));
          runOffThread({ kind: 'estimate', scenario, runs: COMPARE_RUNS }).then(
            (value) => {
              estimate.value = value;
              notice.say(rm(lang, 'simulated', { runs: value.runs }));
            },
            (error: unknown) => notice.alert(rm(lang, 'simulateFailed', { message: error instanceof Error ? error.message : String(error) })),
          );
        }}
      />
    </div>
  );
}

/** 分流数据 in the options page. */
export const routingDataOptionsPanel = definePanel({
  id: 'routing-data',
  name: { zh: '分流数据', en: 'Routing data' },
  order: 55,
  pages: ['options'],
  component: ({ lang, client, notice }) => <RoutingDataTab lang={lang} client={client} notice={notice} />,
});
