import { z } from 'zod';
import { say, type Lang } from '../i18n';
import {
  STARTER_GROUPS,
  STARTER_PHRASES,
  STARTER_STATE_ID,
  STARTER_V1_WORDING,
  STARTER_VERSION,
  groupDraftSchema,
  normalizeTags,
  phraseExtras,
  phraseDraftSchema,
  type GroupRecord,
  type PhraseRecord,
  type StarterGroup,
  type StarterPhrase,
  type StarterStateRecord,
  type StarterWording,
} from '../phrases';
import type { LibraryView } from './library-view';
import { changedElsewhere } from './stale-save';
import { createPhraseIndexCache, type PhraseIndexCache } from './phrase-index-cache';
import { byOrder, descendantIds } from './group-tree';
import { buildLibraryView, type LibraryRecords } from './library-view';
import type { SelectorOverridesRecord, SynonymSettingsRecord, UiPreferencesRecord, VariableSettingsRecord } from '../settings';
import { newSnapshotId, snapshotLabels, takeSnapshot } from '../snapshots';
import { UserFacingError, asInput, idSchema, parseInput, type Change, type RecordInput, type RecordStore, type StoreView, type WriteOutcome } from '../store';
import type { PhraseUsageRecord, ReplyPicksRecord } from '../usage';

/** A starter library: its version, groups, phrases and the earlier wording of reworded phrases. */
export interface StarterLibrary {
  groups: readonly StarterGroup[];
  phrases: readonly StarterPhrase[];
  /** `STARTER_VERSION` for the real one; 1 when absent. */
  version?: number;
  /** Per key, the v1 fields that changed since (see core/phrases/starter-v1.ts). */
  v1Wording?: Readonly<Record<string, StarterWording>>;
}

export interface LibraryServiceDeps {
  store: RecordStore;
  /** `newId('phr')` → `phr_01J…` (see `createIdMaker`). */
  newId: (prefix: string) => string;
  lang: Lang;
  /** The starter library; the real one by default (tests may pass a small one). */
  starter?: StarterLibrary;
  /** Search keys kept between snapshots (and, by the background, between wakes); a fresh one by default. */
  indexCache?: PhraseIndexCache;
}

export interface LibraryService {
  /** What a sidebar or the options page draws: live phrases and groups in tree order, overrides, usage. */
  view(): Promise<LibraryView>;
  /**
   * Creates (no `id`) or updates a phrase; its group must exist. `baseUpdatedAt` is the `updatedAt`
   * the edit started from: when the stored phrase is newer (another window changed it), the save
   * is refused with `conflict` naming the fields that differ, and nothing is written.
   */
  savePhrase(draft: unknown, options?: { baseUpdatedAt?: number }): Promise<WriteOutcome<{ id: string }>>;
  deletePhrase(id: string): Promise<WriteOutcome<{ id: string }>>;
  /** Brings back a phrase `deletePhrase` deleted (ungrouped if its group is gone since). */
  undoDeletePhrase(id: string): Promise<WriteOutcome<{ id: string }>>;
  /** Creates or updates a group; its parent must exist and must not be the group or one below it. */
  saveGroup(draft: unknown): Promise<WriteOutcome<{ id: string }>>;
  /** Deletes a group; its phrases and child groups move up to its parent (or top level) in the same write. */
  deleteGroup(id: string): Promise<WriteOutcome<{ id: string }>>;
  /** Moves phrases to the end of a group (`null` = ungrouped), in the order given. */
  movePhrases(ids: readonly string[], groupId: string | null): Promise<WriteOutcome<{ moved: number }>>;
  /** Deletes phrases after a snapshot of the library, in one write: undo = restore that snapshot. */
  deletePhrases(ids: readonly string[]): Promise<WriteOutcome<{ deleted: number; snapshotId: string }>>;
  /** Puts a group's phrases in this order (ids left out follow, in their old order). `count` = phrases that moved. */
  reorderPhrases(groupId: string | null, orderedIds: readonly string[]): Promise<WriteOutcome<{ count: number }>>;
  /** Same for the child groups of `parentId` (`null` = top level). */
  reorderGroups(parentId: string | null, orderedIds: readonly string[]): Promise<WriteOutcome<{ count: number }>>;
  /**
   * On first run (no phrase or group ever stored, tombstones included): loads the starter library.
   * Later, once per new starter version: adds the starter phrases (and groups) that version brought
   * whose id was never stored — a deleted one stays deleted; none when the owner deleted every
   * starter phrase — and brings unedited copies of
   * reworded starter phrases up to date (an edited one is left as its owner wrote it). Records the
   * version taken in. `seeded` = phrases added, `updated` = unedited phrases brought up to date.
   */
  seedStarterLibraryIfEmpty(): Promise<WriteOutcome<{ seeded: number; updated: number }>>;
  /** Re-adds starter phrases and groups that are missing or deleted; never touches existing ones. */
  restoreStarterPhrases(): Promise<WriteOutcome<{ restored: number }>>;
}

export const starterGroupId = (key: string) => `grp_starter_${key}`;
export const starterPhraseId = (key: string) => `phr_starter_${key}`;

const PHRASE = { zh: '话术', en: 'phrase' };
const GROUP = { zh: '分组', en: 'group' };
const LIST = { zh: '批量操作', en: 'bulk change' };

const idListSchema = z.array(idSchema).max(20_000);

/** Next free `order` after the given records. */
export const nextOrder = (records: ReadonlyArray<Record<string, unknown>>) =>
  records.reduce((max, r) => (typeof r.order === 'number' && r.order >= max ? r.order + 1 : max), 0);

/** Phrases and groups: the only code that decides how the library changes. */
export function createLibraryService({ store, newId, lang, starter, indexCache = createPhraseIndexCache() }: LibraryServiceDeps): LibraryService {
  const starterGroups = starter?.groups ?? STARTER_GROUPS;
  const starterPhrases = starter?.phrases ?? STARTER_PHRASES;
  const starterVersion = starter ? (starter.version ?? 1) : STARTER_VERSION;
  const v1Wording = starter ? (starter.v1Wording ?? {}) : STARTER_V1_WORDING;

  const notFound = (what: { zh: string; en: string }, id: string) =>
    new UserFacingError(
      'not-found',
      say(lang, `找不到这个${what.zh}（${id}），可能已被删除。请刷新后重试。`, `This ${what.en} (${id}) was not found; it may have been deleted. Refresh and try again.`),
    );
  const invalid = (zh: string, en: string) => new UserFacingError('invalid-data', say(lang, zh, en));

  const live = (view: StoreView, id: string, type: string) => {
    const record = view.get(id);
    return record && record.type === type && !record.deleted ? record : undefined;
  };
  const liveGroup = (view: StoreView, id: string) => live(view, id, 'phraseGroup') as GroupRecord | undefined;
  const phrasesIn = (view: StoreView, groupId: string | null) => (view.list('phrase') as PhraseRecord[]).filter((p) => p.groupId === groupId);
  const groupsUnder = (view: StoreView, parentId: string | null) => (view.list('phraseGroup') as GroupRecord[]).filter((g) => g.parentId === parentId);

  /** Every id names a live record of `type`, once; otherwise one error naming the missing ones. */
  function requireAll(view: StoreView, ids: readonly string[], type: string, what: { zh: string; en: string }): void {
    if (new Set(ids).size !== ids.length) throw invalid(`${LIST.zh}没有完成：同一条${what.zh}出现了两次。`, `The ${LIST.en} was not made: the same ${what.en} is listed twice.`);
    const missing = ids.filter((id) => !live(view, id, type));
    if (missing.length > 0) {
      throw new UserFacingError(
        'not-found',
        say(lang, `有 ${missing.length} 条${what.zh}找不到（可能已被删除），没有做任何改动。请刷新后重试。`, `${missing.length} ${what.en}(s) were not found (maybe deleted); nothing was changed. Refresh and try again.`),
        missing.slice(0, 20),
      );
    }
  }

  function requireGroup(view: StoreView, groupId: string | null, subject: { zh: string; en: string }): void {
    if (groupId !== null && !liveGroup(view, groupId)) {
      throw invalid(
        `${subject.zh}没有保存：所选分组不存在（${groupId}），可能已被删除。请换一个分组。`,
        `The ${subject.en} was not saved: its group (${groupId}) does not exist; it may have been deleted. Choose another group.`,
      );
    }
  }

  /** The changes that give `records` the orders 0, 1, 2 … in the order given (only those that differ). */
  const renumber = (records: ReadonlyArray<PhraseRecord | GroupRecord>): Change[] =>
    records.flatMap((r, i) => (r.order === i ? [] : [{ put: { ...asInput(r), order: i } }]));

  function reorder<R extends PhraseRecord | GroupRecord>(siblings: R[], orderedIds: readonly string[], what: { zh: string; en: string }) {
    const byId = new Map(siblings.map((r) => [r.id, r]));
    if (new Set(orderedIds).size !== orderedIds.length || orderedIds.some((id) => !byId.has(id))) {
      throw invalid(
        `排序没有保存：列表里有不在这一层的${what.zh}，或有重复。请刷新后重试。`,
        `The order was not saved: the list names a ${what.en} that is not at this level, or one twice. Refresh and try again.`,
      );
    }
    const listed = new Set(orderedIds);
    const rest = siblings.sort(byOrder).filter((r) => !listed.has(r.id));
    const changes = renumber([...orderedIds.map((id) => byId.get(id)!), ...rest]);
    return { changes, value: { count: changes.length } };
  }

  function starterGroupInput(group: StarterGroup, index: number): RecordInput {
    return { id: starterGroupId(group.key), type: 'phraseGroup', scope: 'shop', name: group.name, order: index, parentId: null };
  }

  function starterPhraseInput(phrase: StarterPhrase, index: number): RecordInput {
    const hasGroup = starterGroups.some((g) => g.key === phrase.groupKey);
    return {
      id: starterPhraseId(phrase.key),
      type: 'phrase',
      scope: 'shop',
      title: phrase.title,
      text: phrase.text,
      ...(phrase.code ? { code: phrase.code } : {}),
      groupId: hasGroup ? starterGroupId(phrase.groupKey) : null,
      order: index,
      stage: phrase.stage,
      tags: normalizeTags(phrase.tags ?? []),
      ...phraseExtras(phrase.examples, phrase.publicReply),
    };
  }

  const starterStateInput = (): RecordInput => ({ id: STARTER_STATE_ID, type: 'starterLibraryState', scope: 'shop', version: starterVersion });

  /** True when the stored phrase reads exactly like the starter phrase in v1 or now: its owner never edited it. */
  function unedited(stored: PhraseRecord, phrase: StarterPhrase): boolean {
    const same = (w: StarterWording) =>
      stored.scope === 'shop' &&
      stored.title === w.title &&
      stored.text === w.text &&
      (stored.code ?? '') === (w.code ?? '') &&
      stored.stage === w.stage &&
      JSON.stringify(stored.tags) === JSON.stringify(normalizeTags(w.tags ?? []));
    return same(phrase) || same({ ...phrase, ...v1Wording[phrase.key] });
  }

  /**
   * An unedited starter phrase in today's wording; examples and the public-reply flag only where
   * it has none of its own. It moves to its new group only from its old one, and only if that exists.
   */
  function refreshed(stored: PhraseRecord, phrase: StarterPhrase, index: number, groupIsThere: (key: string) => boolean): RecordInput | undefined {
    const oldGroupKey = v1Wording[phrase.key]?.groupKey ?? phrase.groupKey;
    const newGroupId = starterGroupId(phrase.groupKey);
    const moves = phrase.groupKey !== oldGroupKey && stored.groupId === starterGroupId(oldGroupKey) && groupIsThere(phrase.groupKey);
    const put: RecordInput = {
      ...asInput(stored),
      title: phrase.title,
      text: phrase.text,
      tags: normalizeTags(phrase.tags ?? []),
      ...(moves ? { groupId: newGroupId, order: index } : {}),
      ...phraseExtras(stored.examples ?? phrase.examples, stored.publicReply ?? phrase.publicReply),
    };
    return JSON.stringify(put) === JSON.stringify(asInput(stored)) ? undefined : put;
  }

  return {
    async view() {
      const [phrases, groups, selectorOverrides, usage, variableSettings, uiPreferences, synonymSettings, replyPicks] = await Promise.all([
        store.list('phrase'),
        store.list('phraseGroup'),
        store.list('selectorOverrides'),
        store.list('phraseUsage'),
        store.list('variableSettings'),
        store.list('uiPreferences'),
        store.list('synonymSettings'),
        store.list('replyPicks'),
      ]);
      const records: LibraryRecords = {
        phrases: phrases as PhraseRecord[],
        groups: groups as GroupRecord[],
        selectorOverrides: selectorOverrides as SelectorOverridesRecord[],
        usage: usage as PhraseUsageRecord[],
        variableSettings: variableSettings[0] as VariableSettingsRecord | undefined,
        uiPreferences: uiPreferences[0] as UiPreferencesRecord | undefined,
        synonymSettings: synonymSettings[0] as SynonymSettingsRecord | undefined,
        replyPicks: replyPicks[0] as ReplyPicksRecord | undefined,
      };
      return buildLibraryView(records, indexCache.keysOfLibrary(records.phrases, records.groups));
    },

    async savePhrase(input, options) {
      const draft = parseInput(phraseDraftSchema, input, PHRASE, lang);
      return store.update((view) => {
        const existing = draft.id ? (live(view, draft.id, 'phrase') as PhraseRecord | undefined) : undefined;
        if (draft.id && !existing) throw notFound(PHRASE, draft.id);
        const base = options?.baseUpdatedAt;
        if (existing && base !== undefined && existing.updatedAt > base) throw changedElsewhere(existing, draft, lang);
        requireGroup(view, draft.groupId, PHRASE);
        const id = draft.id ?? newId('phr');
        const sameGroup = phrasesIn(view, draft.groupId).filter((p) => p.id !== id);
        const order = draft.order ?? (existing && existing.groupId === draft.groupId ? existing.order : nextOrder(sameGroup));
        const put: RecordInput = {
          id,
          type: 'phrase',
          scope: draft.scope ?? existing?.scope ?? 'shop',
          title: draft.title,
          text: draft.text,
          ...(draft.code ? { code: draft.code } : {}),
          groupId: draft.groupId,
          order,
          stage: draft.stage !== undefined ? draft.stage : (existing?.stage ?? null),
          tags: normalizeTags(draft.tags ?? existing?.tags ?? []),
          ...phraseExtras(draft.examples ?? existing?.examples, draft.publicReply ?? existing?.publicReply),
        };
        return { changes: [{ put }], value: { id } };
      });
    },

    deletePhrase(id) {
      return store.update((view) => {
        if (!live(view, id, 'phrase')) throw notFound(PHRASE, id);
        return { changes: [{ delete: id }], value: { id } };
      });
    },

    undoDeletePhrase(id) {
      return store.update((view) => {
        const deleted = view.get(id);
        if (!deleted || deleted.type !== 'phrase') throw notFound(PHRASE, id);
        if (!deleted.deleted) return { changes: [], value: { id } }; // already back
        const phrase = deleted as PhraseRecord;
        const groupId = phrase.groupId !== null && liveGroup(view, phrase.groupId) ? phrase.groupId : null;
        const order = groupId === phrase.groupId ? phrase.order : nextOrder(phrasesIn(view, null));
        const { deleted: _gone, ...rest } = asInput(phrase);
        return { changes: [{ put: { ...rest, groupId, order } }], value: { id } };
      });
    },

    async saveGroup(input) {
      const draft = parseInput(groupDraftSchema, input, GROUP, lang);
      return store.update((view) => {
        const existing = draft.id ? liveGroup(view, draft.id) : undefined;
        if (draft.id && !existing) throw notFound(GROUP, draft.id);
        const id = draft.id ?? newId('grp');
        const parentId = draft.parentId !== undefined ? draft.parentId : (existing?.parentId ?? null);
        if (parentId !== null) {
          if (!liveGroup(view, parentId)) {
            throw invalid(`分组没有保存：上级分组不存在（${parentId}），可能已被删除。`, `The group was not saved: its parent group (${parentId}) does not exist; it may have been deleted.`);
          }
          if (parentId === id || descendantIds(view.list('phraseGroup') as GroupRecord[], id).has(parentId)) {
            throw invalid('分组没有保存：不能把分组放进它自己或它的下级分组里。', 'The group was not saved: a group cannot go inside itself or one of its own subgroups.');
          }
        }
        const siblings = groupsUnder(view, parentId).filter((g) => g.id !== id);
        const order = draft.order ?? (existing && existing.parentId === parentId ? existing.order : nextOrder(siblings));
        return { changes: [{ put: { id, type: 'phraseGroup', scope: 'shop', name: draft.name, order, parentId } }], value: { id } };
      });
    },

    deleteGroup(id) {
      return store.update((view) => {
        const group = liveGroup(view, id);
        if (!group) throw notFound(GROUP, id);
        const parentId = group.parentId !== null && liveGroup(view, group.parentId) ? group.parentId : null;
        // Phrases and subgroups go to the end of the parent's lists, keeping their own order.
        let phraseOrder = nextOrder(phrasesIn(view, parentId));
        const phrases: Change[] = phrasesIn(view, id)
          .sort(byOrder)
          .map((p) => ({ put: { ...asInput(p), groupId: parentId, order: phraseOrder++ } }));
        let groupOrder = nextOrder(groupsUnder(view, parentId).filter((g) => g.id !== id));
        const children: Change[] = groupsUnder(view, id)
          .sort(byOrder)
          .map((g) => ({ put: { ...asInput(g), parentId, order: groupOrder++ } }));
        return { changes: [...phrases, ...children, { delete: id }], value: { id } };
      });
    },

    async movePhrases(rawIds, groupId) {
      const ids = parseInput(idListSchema, rawIds, LIST, lang);
      return store.update((view) => {
        requireAll(view, ids, 'phrase', PHRASE);
        requireGroup(view, groupId, PHRASE);
        let order = nextOrder(phrasesIn(view, groupId));
        const changes: Change[] = ids
          .map((id) => view.get(id) as PhraseRecord)
          .filter((p) => p.groupId !== groupId)
          .map((p) => ({ put: { ...asInput(p), groupId, order: order++ } }));
        return { changes, value: { moved: changes.length } };
      });
    },

    async deletePhrases(rawIds) {
      const ids = parseInput(idListSchema, rawIds, LIST, lang);
      return store.update((view) => {
        requireAll(view, ids, 'phrase', PHRASE);
        const snapshotId = newSnapshotId(newId);
        const snapshot = takeSnapshot(view, { id: snapshotId, reason: 'bulk-delete', label: snapshotLabels.bulkDelete(lang, ids.length) });
        return { changes: [...snapshot, ...ids.map((id) => ({ delete: id }))], value: { deleted: ids.length, snapshotId } };
      });
    },

    async reorderPhrases(groupId, rawIds) {
      const orderedIds = parseInput(idListSchema, rawIds, LIST, lang);
      return store.update((view) => {
        requireGroup(view, groupId, PHRASE);
        return reorder(phrasesIn(view, groupId), orderedIds, PHRASE);
      });
    },

    async reorderGroups(parentId, rawIds) {
      const orderedIds = parseInput(idListSchema, rawIds, LIST, lang);
      return store.update((view) => {
        requireGroup(view, parentId, GROUP);
        return reorder(groupsUnder(view, parentId), orderedIds, GROUP);
      });
    },

    seedStarterLibraryIfEmpty() {
      return store.update((view) => {
        const everStored = view.list('phrase', { includeDeleted: true }).length + view.list('phraseGroup', { includeDeleted: true }).length > 0;
        if (!everStored) {
          const changes: Change[] = [
            ...starterGroups.map((g, i) => ({ put: starterGroupInput(g, i) })),
            ...starterPhrases.map((p, i) => ({ put: starterPhraseInput(p, i) })),
            { put: starterStateInput() },
          ];
          return { changes, value: { seeded: starterPhrases.length, updated: 0 } };
        }
        // A library from before versions were recorded took in v1.
        const state = live(view, STARTER_STATE_ID, 'starterLibraryState') as StarterStateRecord | undefined;
        const applied = state?.version ?? 1;
        if (applied >= starterVersion) return { changes: [], value: { seeded: 0, updated: 0 } };
        // Never stored = no record at all; a tombstone means its owner deleted it.
        const neverStored = (id: string) => view.get(id) === undefined;
        // An owner who deleted every starter phrase they had has said no to the starter library.
        const keepsSome = starterPhrases.some((p) => (p.since ?? 1) <= applied && live(view, starterPhraseId(p.key), 'phrase'));
        // New groups: for new phrases, or for phrases that moved there since v1.
        const wanted = (key: string) => starterPhrases.some((p) => p.groupKey === key && ((p.since ?? 1) > applied || v1Wording[p.key]?.groupKey !== undefined));
        const groups = keepsSome ? starterGroups.flatMap((g, i) => (neverStored(starterGroupId(g.key)) && wanted(g.key) ? [starterGroupInput(g, i)] : [])) : [];
        const added = new Set(groups.map((g) => g.id));
        // Groups added in this write are not in `view` yet.
        const groupIsThere = (key: string) => added.has(starterGroupId(key)) || liveGroup(view, starterGroupId(key)) !== undefined;
        const phrases: RecordInput[] = [];
        const updates: RecordInput[] = [];
        starterPhrases.forEach((p, i) => {
          const id = starterPhraseId(p.key);
          if ((p.since ?? 1) > applied) {
            if (keepsSome && neverStored(id)) phrases.push({ ...starterPhraseInput(p, i), groupId: groupIsThere(p.groupKey) ? starterGroupId(p.groupKey) : null });
            return;
          }
          const stored = live(view, id, 'phrase') as PhraseRecord | undefined;
          if (!stored || !unedited(stored, p)) return;
          const put = refreshed(stored, p, i, groupIsThere);
          if (put) updates.push(put);
        });
        const changes: Change[] = [...groups, ...phrases, ...updates, starterStateInput()].map((put) => ({ put }));
        return { changes, value: { seeded: phrases.length, updated: updates.length } };
      });
    },

    restoreStarterPhrases() {
      return store.update((view) => {
        const missing = (id: string) => !view.get(id) || view.get(id)?.deleted === true;
        const groups = starterGroups.map(starterGroupInput).filter((g) => missing(g.id));
        const phrases = starterPhrases.map(starterPhraseInput).filter((p) => missing(p.id));
        const changes: Change[] = [...groups, ...phrases].map((put) => ({ put }));
        return { changes, value: { restored: phrases.length } };
      });
    },
  };
}
