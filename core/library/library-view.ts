// Types only: pages import this to draw the library, with no zod in their bundles.
import type { SiteId } from '../consoles';
import type { GroupRecord, PhraseIndex, PhraseRecord } from '../phrases';
import type { SelectorOverridesRecord } from '../settings';
import type { UsageEntry } from '../usage';

/**
 * Everything a sidebar or the options page needs to draw itself without asking again (request
 * `getLibraryView`). Not to be confused with library snapshots, the backups of `core/snapshots`.
 */
export interface LibraryView {
  phrases: PhraseRecord[];
  groups: GroupRecord[];
  selectorOverrides: SelectorOverridesRecord[];
  /** Search keys (pinyin, initials) computed in the background, so the page needs no dictionary. */
  phraseIndex: PhraseIndex;
  /** Insertions per phrase id on this machine (phrases never used are absent). */
  usage: Record<string, UsageEntry>;
  /** The agent's values for `{店铺}`, `{客服}`, `{发货时间}`. */
  variableSettings: Record<string, string>;
  /** Consoles on which the agent left the sidebar collapsed. */
  sidebarCollapsed: Partial<Record<SiteId, boolean>>;
}
