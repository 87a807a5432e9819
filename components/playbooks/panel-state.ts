import { signal } from '@preact/signals';
import type { Buyer } from '../../core/consoles';
import type { Run } from '../../core/playbooks';

/** What the 应对 panel shows for one buyer: the list, a playbook run, or the closing checklist. */
export type PanelView =
  | { kind: 'home' }
  | { kind: 'run'; run: Run; /** The outcome form, before the last step (ended early). */ ending: boolean }
  | { kind: 'closing'; ticked: readonly string[] };

const HOME: PanelView = { kind: 'home' };

/** The key a buyer's view and outcomes go under: console and buyer id ('' with no conversation open). */
export const buyerKey = (site: string | undefined, buyer: Buyer | null): string => (buyer ? `${site ?? ''}\u0000${buyer.id}` : '');

/**
 * One view per buyer, kept while the sidebar is open: an agent answering two buyers at once finds
 * each buyer's playbook where they left it when switching back.
 */
export function createPanelViews() {
  const views = signal<ReadonlyMap<string, PanelView>>(new Map());
  return {
    of: (key: string): PanelView => views.value.get(key) ?? HOME,
    set(key: string, view: PanelView) {
      const next = new Map(views.value);
      if (view.kind === 'home') next.delete(key);
      else next.set(key, view);
      views.value = next;
    },
  };
}
export type PanelViews = ReturnType<typeof createPanelViews>;
