import type { Lang } from '../../core/i18n';
import { buyerKey } from '../playbooks/panel-state';
import { RecentOutcomes } from '../playbooks/RecentOutcomes';
import { useOutcomes } from '../playbooks/use-outcomes';
import type { SidebarHost } from '../sidebar/host';

/** The outcomes the agent recorded for this buyer (playbooks, closing checklist), newest first. */
export function CardOutcomes({ lang, host, buyerName }: { lang: Lang; host: SidebarHost; buyerName: string }) {
  const site = host.site.id;
  const { recent } = useOutcomes(host.client, site, host.buyer, (b) => buyerKey(site, b));
  const shown = recent.value && recent.value.key === buyerKey(site, host.buyer.value) ? recent.value : null;
  return <RecentOutcomes lang={lang} buyerName={buyerName} outcomes={shown && 'outcomes' in shown ? shown.outcomes : []} {...(shown && 'error' in shown ? { error: shown.error } : {})} />;
}
