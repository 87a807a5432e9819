import { signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { SidebarHost } from '../sidebar/host';
import { createRadarState, type RadarState } from './radar-state';
import { replyWaitReporter } from './report-wait';

const unknownCount = signal<number | null>(null);

/** The radar of the console the sidebar sits on; null on back-office pages. Lives as long as the sidebar. */
export function useRadar(host: SidebarHost, onChat: boolean): RadarState | null {
  const radar = useMemo(
    () =>
      onChat
        ? createRadarState({ site: host.site.id ?? host.site.name, conversations: host.conversations, unanswered: host.unanswered ?? unknownCount, report: replyWaitReporter(host.client) })
        : null,
    [host, onChat],
  );
  useEffect(() => () => radar?.dispose(), [radar]);
  return radar;
}
