import { customersOptionsPanel } from '../customers/options-panel';
import { autoReplyPanel, filesPanel, libraryPanel } from '../manager/panels';
import type { PanelDeclaration } from '../panels/panel';
import { metricsOptionsPanel } from '../metrics/options-panel';
import { recordsOptionsPanel } from '../records/options-panel';
import { relationsOptionsPanel } from '../relations/panel';
import { routingOptionsPanel } from '../routing/options-panel';
import { teamPanel } from '../team/panel';
import { teamOwnerOptionsPanel } from '../team-owner/panel';
import { transferOptionsPanel } from '../transfer/panel';
import { backupPanel, selectorsPanel, synonymsPanel, variablesPanel } from './settings-panels';

/**
 * The options page's tabs, one line per UI area (declared in `components/<area>/`), in their order.
 * Kept apart from the sidebar's list (`components/sidebar/panels.ts`): the manager's panels load zod
 * and the pinyin builder, which the sidebar frame must not.
 */
export const OPTIONS_PANELS: readonly PanelDeclaration<'options'>[] = [
  libraryPanel,
  filesPanel,
  autoReplyPanel,
  relationsOptionsPanel,
  transferOptionsPanel,
  routingOptionsPanel,
  metricsOptionsPanel,
  customersOptionsPanel,
  recordsOptionsPanel,
  variablesPanel,
  synonymsPanel,
  selectorsPanel,
  teamPanel,
  teamOwnerOptionsPanel,
  backupPanel,
];
