import { computed, signal } from '@preact/signals';
import { buildLibraryView, libraryOrder, librarySettings, missingSearchKeys, phraseIndexOf, type LibraryLoad, type LibraryRecords } from '../../core/library/library-view';
import { indexEntry, keysFit, type PhraseKeys, type SearchKeysDelta } from '../../core/library/search-keys';
import type { FieldKeys, GroupRecord, PhraseRecord } from '../../core/phrases';
import { prepareIndex } from '../../core/phrases/search';
import { tagsOfPhrases } from '../../core/phrases/search-tags';
import { adoptPackedIndex } from '../../core/library/packed-index';
import { isBroadcast, type Broadcast, type LibraryView, type ProtocolClient, type UserError } from '../../core/client';
import type { SelectorOverridesRecord } from '../../core/settings';

export type { LibraryLoad };

export interface LibraryStateOptions {
  /** Asks the background (the content script's only way; the fallback of extension pages). */
  client: ProtocolClient;
  /**
   * Reads the library without asking the background (extension pages: `createLibraryReader().read`,
   * platform/library-reader.ts). Null, or a failure, means "ask the background instead".
   */
  read?: () => Promise<LibraryLoad | null>;
}

type Usage = LibraryRecords['usage'][number];
type Settings<K extends 'variableSettings' | 'uiPreferences' | 'synonymSettings' | 'replyPicks'> = NonNullable<LibraryRecords[K]>;

/** What the state is patched from: records by id, with the time each was written. */
interface Model {
  phrases: Map<string, PhraseRecord>;
  groups: Map<string, GroupRecord>;
  selectorOverrides: Map<string, SelectorOverridesRecord>;
  usage: Map<string, Usage>;
  variableSettings: Settings<'variableSettings'> | undefined;
  uiPreferences: Settings<'uiPreferences'> | undefined;
  synonymSettings: Settings<'synonymSettings'> | undefined;
  replyPicks: Settings<'replyPicks'> | undefined;
  /** `updatedAt` of every record known (tombstones included); 0 when the source did not say. */
  seen: Map<string, number>;
  keys: { phrases: Map<string, PhraseKeys>; groups: Map<string, FieldKeys> };
}

interface ChangedRecord {
  id: string;
  type: string;
  updatedAt: number;
  deleted?: boolean;
  [field: string]: unknown;
}

function isChangedRecord(value: unknown): value is ChangedRecord {
  const r = value as Partial<ChangedRecord> | null;
  return typeof r?.id === 'string' && typeof r.type === 'string' && typeof r.updatedAt === 'number';
}

/** The background's view as a model: keys from its index, times from its records (settings say none). */
export function loadOfView(view: LibraryView): LibraryLoad {
  const phrases = new Map<string, PhraseKeys>();
  for (const entry of view.phraseIndex.phrases) {
    const { group: _, ...keys } = entry as typeof entry & { stamp: string };
    phrases.set(entry.id, keys);
  }
  return {
    records: {
      phrases: view.phrases,
      groups: view.groups,
      selectorOverrides: view.selectorOverrides,
      usage: Object.entries(view.usage).map(([phraseId, u]) => ({ phraseId, ...u })),
      variableSettings: { values: view.variableSettings },
      uiPreferences: { collapsed: view.sidebarCollapsed },
      synonymSettings: { pairs: view.synonymPairs },
      replyPicks: { picks: view.replyPicks },
    },
    keys: { phrases, groups: new Map(view.phraseIndex.groups.map((g) => [g.name, g.keys])) },
  };
}

function modelOf(load: LibraryLoad): Model {
  const { records } = load;
  const seen = new Map<string, number>(load.tombstones);
  const byId = <R extends { id: string; updatedAt: number }>(list: readonly R[]) => {
    for (const r of list) seen.set(r.id, r.updatedAt);
    return new Map(list.map((r) => [r.id, r]));
  };
  return {
    phrases: byId(records.phrases),
    groups: byId(records.groups),
    selectorOverrides: byId(records.selectorOverrides),
    usage: new Map(records.usage.map((u) => [u.phraseId, u])),
    variableSettings: records.variableSettings,
    uiPreferences: records.uiPreferences,
    synonymSettings: records.synonymSettings,
    replyPicks: records.replyPicks,
    seen,
    keys: { phrases: new Map(load.keys.phrases), groups: new Map(load.keys.groups) },
  };
}

const settingsOf = (m: Model) =>
  librarySettings(
    {
      selectorOverrides: [...m.selectorOverrides.values()],
      usage: [...m.usage.values()],
      variableSettings: m.variableSettings,
      uiPreferences: m.uiPreferences,
      synonymSettings: m.synonymSettings,
      replyPicks: m.replyPicks,
    },
    (id) => m.phrases.has(id),
  );

/**
 * A page's copy of the library (DESIGN rule 3): loaded once, then patched from the background's
 * change broadcasts (records with the search keys of their words), searched locally so typing
 * never waits for a message round trip. Only a load, a `libraryReplaced` broadcast or a change
 * whose keys are missing reads the whole library again.
 */
export function createLibraryState(options: LibraryStateOptions) {
  const { client, read } = options;
  const snapshot = signal<LibraryView | null>(null);
  const loadError = signal<UserError | null>(null);
  const phrases = computed<PhraseRecord[]>(() => snapshot.value?.phrases ?? []);
  const groups = computed<GroupRecord[]>(() => snapshot.value?.groups ?? []);
  let model: Model | null = null;
  let loading: Promise<void> | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  /** Changes heard while a load runs: applied after it (those it already holds are skipped as stale). */
  let heldBack: Extract<Broadcast, { kind: 'recordsChanged' }>[] = [];

  /**
   * Reads the whole library again. Asks that arrive while a read runs share one more read after
   * it, rather than each reading a large library.
   */
  function reload(): Promise<void> {
    if (!running) {
      running = fetchLibrary().finally(() => (running = null));
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return reload();
    });
    return queued;
  }

  async function fetchLibrary(): Promise<void> {
    const startedAt = performance.now();
    const fromStorage = read ? await read().then(viewOf).catch(() => null) : null;
    const built = fromStorage ?? (await fetchView());
    if (!built) return;
    const readAt = performance.now();
    // Pack the search index now rather than on the agent's first keystroke, unless the background
    // kept it packed for exactly this index.
    const adopted = built.load.packedIndex !== undefined && adoptPackedIndex(built.view.phraseIndex, built.load.packedIndex);
    if (!adopted) prepareIndex(built.view.phraseIndex); // nothing left to do for a kept view
    // For the benches and the performance panel: where the library came from and what it cost.
    performance.mark('kefu:library-loaded', {
      detail: { from: fromStorage ? 'storage' : 'background', keptView: built.load.view !== undefined, packedIndex: adopted, startedAt, readMs: readAt - startedAt, prepareMs: performance.now() - readAt },
    });
    model = modelOf(built.load);
    snapshot.value = built.view;
    loadError.value = null;
    const pending = heldBack;
    heldBack = [];
    for (const change of pending) if (!patch(change)) return void reload();
  }

  /** The view of what storage held; null when there was nothing to read (the background must answer). */
  function viewOf(load: LibraryLoad | null) {
    if (!load) return null;
    if (load.view) return { load, view: load.view }; // the background's kept view, searchable already
    const view = buildLibraryView(load.records, load.keys);
    performance.mark('kefu:library-view-built');
    return { load, view };
  }

  async function fetchView() {
    const reply = await client.request({ kind: 'getLibraryView' });
    if (reply.ok) return { load: loadOfView(reply.value), view: reply.value };
    loadError.value = reply.error;
    return null;
  }

  /** Applies one write's records; false when the state cannot be patched (keys missing). */
  function patch(change: Extract<Broadcast, { kind: 'recordsChanged' }>): boolean {
    const m = model;
    const current = snapshot.value;
    if (!m || !current) return true;
    let listsChanged = false;
    /** Phrases whose words changed or that were deleted, in place; null once anything else moved. */
    let inPlace: Map<string, PhraseRecord | null> | null = new Map();
    let settingsChanged = false;
    for (const r of change.records) {
      if (!isChangedRecord(r) || (m.seen.get(r.id) ?? -1) > r.updatedAt) continue; // older than what we hold
      m.seen.set(r.id, r.updatedAt);
      switch (r.type) {
        case 'phrase': {
          const before = m.phrases.get(r.id);
          const after = r as unknown as PhraseRecord;
          putOrDrop(m.phrases, after);
          listsChanged = true;
          const samePlace = before && (after.deleted || (before.groupId === after.groupId && before.order === after.order));
          if (samePlace) inPlace?.set(r.id, after.deleted ? null : after);
          else inPlace = null;
          break;
        }
        case 'phraseGroup':
          putOrDrop(m.groups, r as unknown as GroupRecord);
          listsChanged = true;
          inPlace = null;
          break;
        case 'selectorOverrides':
          putOrDrop(m.selectorOverrides, r as unknown as SelectorOverridesRecord);
          settingsChanged = true;
          break;
        case 'phraseUsage': {
          const u = r as unknown as Usage;
          if ((m.usage.get(u.phraseId)?.lastUsedAt ?? -1) > u.lastUsedAt) break; // a late broadcast of an older count
          if (r.deleted) m.usage.delete(u.phraseId);
          else m.usage.set(u.phraseId, { phraseId: u.phraseId, count: u.count, lastUsedAt: u.lastUsedAt });
          settingsChanged = true;
          break;
        }
        case 'variableSettings':
          m.variableSettings = r.deleted ? undefined : (r as unknown as Settings<'variableSettings'>);
          settingsChanged = true;
          break;
        case 'uiPreferences':
          m.uiPreferences = r.deleted ? undefined : (r as unknown as Settings<'uiPreferences'>);
          settingsChanged = true;
          break;
        case 'synonymSettings':
          m.synonymSettings = r.deleted ? undefined : (r as unknown as Settings<'synonymSettings'>);
          settingsChanged = true;
          break;
        case 'replyPicks':
          m.replyPicks = r.deleted ? undefined : (r as unknown as Settings<'replyPicks'>);
          settingsChanged = true;
          break;
        // Library snapshots (backups) and anything else are not part of the view.
      }
    }
    // Keys only for the words now held: a late broadcast's keys must not replace newer ones.
    for (const k of change.keys?.phrases ?? []) {
      const held = m.phrases.get(k.id);
      if (held && keysFit(held, k)) m.keys.phrases.set(k.id, k);
    }
    for (const g of change.keys?.groups ?? []) m.keys.groups.set(g.name, g.keys);
    let next = current;
    if (listsChanged) {
      const lists = inPlace ? replacedInPlace(current, inPlace, m) : rebuiltLists(m);
      if (!lists) return false;
      next = { ...next, ...lists };
      // Packed after the state shows the change: a keystroke before then packs it itself.
      const index = next.phraseIndex;
      setTimeout(() => {
        prepareIndex(index);
        performance.mark('kefu:library-index-ready');
      }, 0);
    }
    // A phrase deleted or restored changes which reply picks the view shows.
    if (settingsChanged || listsChanged) next = { ...next, ...settingsOf(m) };
    if (next !== current) snapshot.value = next;
    performance.mark('kefu:library-patched', { detail: { records: change.records.length } });
    return true;
  }

  /**
   * The common edit (a phrase's words changed, or phrases were deleted) without sorting the
   * library or checking every phrase's keys again: the changed entries are replaced where they are.
   */
  function replacedInPlace(view: LibraryView, changed: ReadonlyMap<string, PhraseRecord | null>, m: Model): Pick<LibraryView, 'phrases' | 'phraseIndex'> | null {
    const phrases: PhraseRecord[] = [];
    const entries: LibraryView['phraseIndex']['phrases'] = [];
    for (let i = 0; i < view.phrases.length; i++) {
      const phrase = view.phrases[i]!;
      if (!changed.has(phrase.id)) {
        phrases.push(phrase);
        entries.push(view.phraseIndex.phrases[i]!);
        continue;
      }
      const edited = changed.get(phrase.id);
      if (!edited) continue; // deleted
      const keys = m.keys.phrases.get(edited.id);
      if (!keysFit(edited, keys)) return null;
      phrases.push(edited);
      entries.push(indexEntry(keys, view.phraseIndex.phrases[i]!.group));
    }
    return { phrases, phraseIndex: { ...view.phraseIndex, phrases: entries, tags: tagsOfPhrases(phrases) } };
  }

  /** The lists sorted and indexed again (a phrase added or moved, a group changed); null when keys are missing. */
  function rebuiltLists(m: Model): Pick<LibraryView, 'phrases' | 'groups' | 'phraseIndex'> | null {
    const livePhrases = [...m.phrases.values()];
    const liveGroups = [...m.groups.values()];
    const missing = missingSearchKeys(livePhrases, liveGroups, m.keys);
    if (missing.phrases.length > 0 || missing.groupNames.length > 0) return null;
    const ordered = libraryOrder(livePhrases, liveGroups);
    return { phrases: ordered.phrases, groups: ordered.groups, phraseIndex: phraseIndexOf(ordered.phrases, ordered.groups, m.keys) };
  }

  /** A change broadcast from the background: patched in, or (when it cannot be) read again. */
  function applyBroadcast(body: Broadcast): Promise<void> {
    if (body.kind === 'libraryReplaced') return reload();
    if (body.kind !== 'recordsChanged') return Promise.resolve();
    if (running || !model) {
      heldBack.push(body);
      return running ?? Promise.resolve();
    }
    return patch(body) ? Promise.resolve() : reload();
  }

  return {
    snapshot,
    phrases,
    groups,
    loadError,
    /** First load; later calls share it. */
    load: () => (loading ??= reload()),
    /** Reads the whole library again (a failed load's retry). */
    reload,
    /** Called with every broadcast from the background (other kinds are ignored). */
    applyBroadcast,
    /** The records of a `recordsChanged` broadcast, as `applyBroadcast` takes them. */
    applyChange: (records: unknown[], keys?: SearchKeysDelta) => applyBroadcast({ kind: 'recordsChanged', records, ...(keys ? { keys } : {}) }),
  };
}
export type LibraryState = ReturnType<typeof createLibraryState>;

/**
 * A page's library, live: created, listening to the background's broadcasts, loading. Every page
 * starts its library this way — extension pages (options, side panel, the sidebar frame) with
 * `read: createLibraryReader().read` (platform/library-reader.ts), the content script without.
 * `listen` subscribes to runtime messages, e.g. `(on) => browser.runtime.onMessage.addListener(on)`.
 */
export function startLibrary(options: LibraryStateOptions & { listen: (onMessage: (message: unknown) => void) => void }): LibraryState {
  const library = createLibraryState(options);
  options.listen((message) => {
    if (isBroadcast(message)) void library.applyBroadcast(message.body);
  });
  void library.load();
  return library;
}

function putOrDrop<R extends { id: string; deleted?: boolean }>(map: Map<string, R>, record: R): void {
  if (record.deleted) map.delete(record.id);
  else map.set(record.id, record);
}

/** The stored version of a phrase now (after fetching the library again), or null when it is gone. */
export async function readLatestPhrase(library: Pick<LibraryState, 'reload' | 'phrases'>, id: string): Promise<PhraseRecord | null> {
  await library.reload();
  return library.phrases.value.find((p) => p.id === id) ?? null;
}
