import { customerPanel } from '../customers/panel';
import type { PanelDeclaration, SidebarPage } from '../panels/panel';
import { phrasesPanel } from '../phrases/panel';
import { playbooksPanel } from '../playbooks/panel';
import { recordsPanel } from '../records/panel';
import { relationsPanel } from '../relations/panel';
import { myDayPanel } from '../routing-data/panel';
import { routingPanel } from '../routing/panel';
import { transferPanel } from '../transfer/panel';

/**
 * The sidebar's panels, one line per UI area (declared in `components/<area>/panel.tsx`). The
 * sidebar shows, in order, those whose page kinds include the page it sits on. The options page
 * has its own list (`components/options/panels.ts`) so that the sidebar frame never loads the manager.
 */
export const SIDEBAR_PANELS: readonly PanelDeclaration<SidebarPage>[] = [phrasesPanel, customerPanel, playbooksPanel, recordsPanel, relationsPanel, transferPanel, routingPanel, myDayPanel];
