import { z } from 'zod';
import { say, type Lang } from '../i18n';
import type { SiteId } from '../consoles';
import { groupDraftSchema, phraseDraftSchema, type GroupRecord, type PhraseRecord } from '../phrases/model';
import { STARTER_GROUPS, STARTER_PHRASES, type StarterGroup, type StarterPhrase } from '../phrases/starter-library';
import type { Snapshot } from '../protocol/messages';
import { createPhraseIndexCache } from './phrase-index-cache';
import { selectorOverridesId, selectorOverridesRecordSchema, siteIdSchema, type SelectorOverridesRecord } from '../settings/model';
import { UserFacingError, parseInput, type Change, type RecordInput, type RecordStore, type StoreView, type WriteOutcome } from '../store';

export interface LibraryServiceDeps {
  store: RecordStore;
  /** `newId('phr')` → `phr_01J…` (see `createIdMaker`). */
  newId: (prefix: string) => string;
  lang: Lang;
  /** The starter library; the real one by default (tests may pass a small one). */
  starter?: { groups: readonly StarterGroup[]; phrases: readonly StarterPhrase[] };
}

export interface LibraryService {
  /** What a sidebar or the options page draws: live phrases, groups by order, selector overrides. */
  snapshot(): Promise<Snapshot>;
  /** Creates (no `id`) or updates a phrase; its group must exist. */
  savePhrase(draft: unknown): Promise<WriteOutcome<{ id: string }>>;
  deletePhrase(id: string): Promise<WriteOutcome<{ id: string }>>;
  saveGroup(draft: unknown): Promise<WriteOutcome<{ id: string }>>;
  /** Deletes a group; its phrases move to "ungrouped" (`groupId: null`) in the same write. */
  deleteGroup(id: string): Promise<WriteOutcome<{ id: string }>>;
  saveSelectorOverrides(site: SiteId, overrides: Record<string, string>): Promise<WriteOutcome<{ id: string }>>;
  /** On first run only (no phrase or group ever stored, tombstones included): loads the starter library. */
  seedStarterLibraryIfEmpty(): Promise<WriteOutcome<{ seeded: number }>>;
  /** Re-adds starter phrases and groups that are missing or deleted; never touches existing ones. */
  restoreStarterPhrases(): Promise<WriteOutcome<{ restored: number }>>;
}

export const starterGroupId = (key: string) => `grp_starter_${key}`;
export const starterPhraseId = (key: string) => `phr_starter_${key}`;

const PHRASE = { zh: '话术', en: 'phrase' };
const GROUP = { zh: '分组', en: 'group' };
const SELECTORS = { zh: '选择器设置', en: 'selector settings' };

const overridesInputSchema = z.object({ site: siteIdSchema, overrides: selectorOverridesRecordSchema.shape.overrides });

/** Phrases and groups: the only code that decides how the library changes. */
export function createLibraryService({ store, newId, lang, starter }: LibraryServiceDeps): LibraryService {
  const starterGroups = starter?.groups ?? STARTER_GROUPS;
  const starterPhrases = starter?.phrases ?? STARTER_PHRASES;
  const indexFor = createPhraseIndexCache();

  const notFound = (what: { zh: string; en: string }, id: string) =>
    new UserFacingError(
      'not-found',
      say(lang, `找不到这个${what.zh}（${id}），可能已被删除。请刷新后重试。`, `This ${what.en} (${id}) was not found; it may have been deleted. Refresh and try again.`),
    );

  const live = (view: StoreView, id: string, type: string) => {
    const record = view.get(id);
    return record && record.type === type && !record.deleted ? record : undefined;
  };

  const nextOrder = (records: ReadonlyArray<Record<string, unknown>>) =>
    records.reduce((max, r) => (typeof r.order === 'number' && r.order >= max ? r.order + 1 : max), 0);

  function starterGroupInput(group: StarterGroup, index: number): RecordInput {
    return { id: starterGroupId(group.key), type: 'phraseGroup', scope: 'shop', name: group.name, order: index };
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
    };
  }

  return {
    async snapshot() {
      const [phrases, groups, overrides] = await Promise.all([store.list('phrase'), store.list('phraseGroup'), store.list('selectorOverrides')]);
      const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || a.id.localeCompare(b.id);
      const sortedGroups = (groups as GroupRecord[]).sort(byOrder);
      // Phrases in the order an agent reads them: group by group, ungrouped last.
      const groupRank = new Map(sortedGroups.map((g, i) => [g.id, i]));
      const rank = (p: PhraseRecord) => (p.groupId === null ? Infinity : (groupRank.get(p.groupId) ?? Infinity));
      const sortedPhrases = (phrases as PhraseRecord[]).sort((a, b) => rank(a) - rank(b) || byOrder(a, b));
      return {
        phrases: sortedPhrases,
        groups: sortedGroups,
        selectorOverrides: overrides as SelectorOverridesRecord[],
        phraseIndex: indexFor(sortedPhrases, sortedGroups),
      };
    },

    async savePhrase(input) {
      const draft = parseInput(phraseDraftSchema, input, PHRASE, lang);
      return store.update((view) => {
        const existing = draft.id ? live(view, draft.id, 'phrase') : undefined;
        if (draft.id && !existing) throw notFound(PHRASE, draft.id);
        if (draft.groupId !== null && !live(view, draft.groupId, 'phraseGroup')) {
          throw new UserFacingError(
            'invalid-data',
            say(lang, `话术没有保存：所选分组不存在（${draft.groupId}），可能已被删除。请换一个分组。`, `The phrase was not saved: its group (${draft.groupId}) does not exist; it may have been deleted. Choose another group.`),
          );
        }
        const id = draft.id ?? newId('phr');
        const sameGroup = view.list('phrase').filter((p) => p.groupId === draft.groupId && p.id !== id);
        const order = draft.order ?? (existing && existing.groupId === draft.groupId ? existing.order : nextOrder(sameGroup));
        const code = draft.code ? { code: draft.code } : {};
        const put: RecordInput = { id, type: 'phrase', scope: 'shop', title: draft.title, text: draft.text, ...code, groupId: draft.groupId, order };
        return { changes: [{ put }], value: { id } };
      });
    },

    deletePhrase(id) {
      return store.update((view) => {
        if (!live(view, id, 'phrase')) throw notFound(PHRASE, id);
        return { changes: [{ delete: id }], value: { id } };
      });
    },

    async saveGroup(input) {
      const draft = parseInput(groupDraftSchema, input, GROUP, lang);
      return store.update((view) => {
        const existing = draft.id ? live(view, draft.id, 'phraseGroup') : undefined;
        if (draft.id && !existing) throw notFound(GROUP, draft.id);
        const id = draft.id ?? newId('grp');
        const order = draft.order ?? (existing ? existing.order : nextOrder(view.list('phraseGroup')));
        return { changes: [{ put: { id, type: 'phraseGroup', scope: 'shop', name: draft.name, order } }], value: { id } };
      });
    },

    deleteGroup(id) {
      return store.update((view) => {
        if (!live(view, id, 'phraseGroup')) throw notFound(GROUP, id);
        const moved: Change[] = view
          .list('phrase')
          .filter((p) => p.groupId === id)
          .map(({ schemaVersion: _v, updatedAt: _u, updatedBy: _b, ...p }) => ({ put: { ...p, groupId: null } }));
        return { changes: [...moved, { delete: id }], value: { id } };
      });
    },

    async saveSelectorOverrides(site, overrides) {
      const parsed = parseInput(overridesInputSchema, { site, overrides }, SELECTORS, lang);
      const id = selectorOverridesId(parsed.site);
      return store.update(() => ({
        changes: [{ put: { id, type: 'selectorOverrides', scope: 'local', site: parsed.site, overrides: parsed.overrides } }],
        value: { id },
      }));
    },

    seedStarterLibraryIfEmpty() {
      return store.update((view) => {
        const everStored = view.list('phrase', { includeDeleted: true }).length + view.list('phraseGroup', { includeDeleted: true }).length > 0;
        if (everStored) return { changes: [], value: { seeded: 0 } };
        const changes: Change[] = [...starterGroups.map((g, i) => ({ put: starterGroupInput(g, i) })), ...starterPhrases.map((p, i) => ({ put: starterPhraseInput(p, i) }))];
        return { changes, value: { seeded: starterPhrases.length } };
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
