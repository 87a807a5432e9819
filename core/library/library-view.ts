/**
 * The library view (what a sidebar, the side panel or the options page draws) from records and
 * search keys. Pure, and the one place that decides the view's shape and order: the background
 * builds it for its reply, pages that read IndexedDB themselves build it, and a page patching its
 * state after a broadcast builds it again — all three agree because they share this function.
 */
import type { SiteId } from '../consoles';
import type { GroupRecord, PhraseRecord } from '../phrases';
// Deep on purpose: pages build views too, and the area's index would bring zod and pinyin along.
import { PHRASE_INDEX_VERSION, type PhraseIndex } from '../phrases/search-types';
import { tagsOfPhrases } from '../phrases/search-tags';
import type { SelectorOverridesRecord } from '../settings';
import type { ReplyPick, UsageEntry } from '../usage';
import { byOrder, groupsInTreeOrder } from './group-tree';
import { indexEntry, keysFit, type SearchKeys } from './search-keys';

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
  /** The owner's own shop-word pairs, added to our synonym table when searching. */
  synonymPairs: [string, string][];
  /** What this agent inserted for which buyer question, newest first; picks of deleted phrases left out. */
  replyPicks: ReplyPick[];
}

/** The live records a view is made of (tombstones left out). */
export interface LibraryRecords {
  phrases: readonly PhraseRecord[];
  groups: readonly GroupRecord[];
  selectorOverrides: readonly SelectorOverridesRecord[];
  usage: readonly { phraseId: string; count: number; lastUsedAt: number }[];
  variableSettings?: { values: Record<string, string> } | undefined;
  uiPreferences?: { collapsed: Partial<Record<SiteId, boolean>> } | undefined;
  synonymSettings?: { pairs: [string, string][] } | undefined;
  replyPicks?: { picks: ReplyPick[] } | undefined;
}

/** A library as read from storage: live records, the keys of their words, and when each deleted record was deleted. */
export interface LibraryLoad {
  records: LibraryRecords;
  keys: SearchKeys;
  /** `updatedAt` of each tombstone, so that a late broadcast cannot bring a deleted record back. */
  tombstones?: ReadonlyMap<string, number>;
  /** The search index packed by the background, as saved (`adoptPackedIndex` checks it fits the view). */
  packedIndex?: unknown;
  /** The view already built and searchable (from the background's kept view, library-blob.ts): used as is. */
  view?: LibraryView;
}

/** Phrases and groups whose keys are absent from `keys` or were made from other words. */
export function missingSearchKeys(
  phrases: readonly PhraseRecord[],
  groups: readonly GroupRecord[],
  keys: SearchKeys,
): { phrases: PhraseRecord[]; groupNames: string[] } {
  return {
    phrases: phrases.filter((p) => !keysFit(p, keys.phrases.get(p.id))),
    groupNames: [...new Set(groups.map((g) => g.name))].filter((name) => !keys.groups.has(name)),
  };
}

/** Groups depth-first by order; phrases group by group in that order, ungrouped last. */
export function libraryOrder(phrases: readonly PhraseRecord[], groups: readonly GroupRecord[]): { phrases: PhraseRecord[]; groups: GroupRecord[] } {
  const sortedGroups = groupsInTreeOrder(groups);
  const groupRank = new Map(sortedGroups.map((g, i) => [g.id, i]));
  const rank = (p: PhraseRecord) => (p.groupId === null ? Infinity : (groupRank.get(p.groupId) ?? Infinity));
  return { phrases: [...phrases].sort((a, b) => rank(a) - rank(b) || byOrder(a, b)), groups: sortedGroups };
}

/**
 * The search index over phrases and groups already in view order. Every key must be there
 * (see `missingSearchKeys`): a missing one throws rather than leave a phrase unsearchable.
 */
export function phraseIndexOf(phrases: readonly PhraseRecord[], groups: readonly GroupRecord[], keys: SearchKeys): PhraseIndex {
  const groupPos = new Map(groups.map((g, i) => [g.id, i]));
  return {
    version: PHRASE_INDEX_VERSION,
    phrases: phrases.map((p) => {
      const found = keys.phrases.get(p.id);
      if (!keysFit(p, found)) throw new Error(`no search keys for phrase ${p.id}`);
      return indexEntry(found, p.groupId === null ? -1 : (groupPos.get(p.groupId) ?? -1));
    }),
    groups: groups.map((g) => {
      const found = keys.groups.get(g.name);
      if (!found) throw new Error(`no search keys for group ${g.id}`);
      return { name: g.name, keys: found };
    }),
    tags: tagsOfPhrases(phrases),
  };
}

/**
 * The view's settings part: it changes without touching phrases, so it is built on its own.
 * `isLivePhrase` leaves out the reply picks of phrases not in the view (deleted ones).
 */
export function librarySettings(
  records: Omit<LibraryRecords, 'phrases' | 'groups'>,
  isLivePhrase: (id: string) => boolean,
): Omit<LibraryView, 'phrases' | 'groups' | 'phraseIndex'> {
  const usage: LibraryView['usage'] = {};
  for (const r of records.usage) usage[r.phraseId] = { count: r.count, lastUsedAt: r.lastUsedAt };
  return {
    selectorOverrides: [...records.selectorOverrides],
    usage,
    variableSettings: records.variableSettings?.values ?? {},
    sidebarCollapsed: records.uiPreferences?.collapsed ?? {},
    synonymPairs: records.synonymSettings?.pairs ?? [],
    replyPicks: livePicksOf(records.replyPicks?.picks ?? [], isLivePhrase),
  };
}

/** The whole view. */
export function buildLibraryView(records: LibraryRecords, keys: SearchKeys): LibraryView {
  const { phrases, groups } = libraryOrder(records.phrases, records.groups);
  return { phrases, groups, phraseIndex: phraseIndexOf(phrases, groups, keys), ...librarySettings(records, livePhraseTest(phrases)) };
}

/** Whether a phrase id is among `phrases` (the live ones). */
export function livePhraseTest(phrases: readonly { id: string }[]): (id: string) => boolean {
  const ids = new Set(phrases.map((p) => p.id));
  return (id) => ids.has(id);
}

/** Here rather than from core/usage: pages import this file, and the usage area's index brings zod. */
function livePicksOf(picks: readonly ReplyPick[], isLive: (id: string) => boolean): ReplyPick[] {
  return picks.filter((p) => isLive(p.phraseId));
}
