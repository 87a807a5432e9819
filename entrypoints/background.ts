import '../core/zod-jitless'; // first: before any schema is built
import { CONSOLE_HOST_PATTERNS } from '../core/consoles';
import { MIGRATIONS, RECORD_SCHEMAS, createRequests } from '../core/areas';
import { createCustomerService, withoutCustomerNotes } from '../core/customers';
import { createDataPack } from '../core/data-pack';
import { langFromLocale } from '../core/i18n';
import { createIdMaker } from '../core/ids';
import { changeBroadcast, createLibraryService, createPhraseIndexCache } from '../core/library';
import { createOutcomesService } from '../core/outcomes';
import { createPhraseImport } from '../core/phrase-import';
import { createRequestHandler } from '../core/protocol';
import { createRecordsService, withoutRecordText } from '../core/records';
import { createRelationsService } from '../core/relations';
import { createMetricsService } from '../core/metrics';
import { LOCAL_CLOCK, createRoutingMeasuresService } from '../core/routing/measured';
import { createRoutingScenarioService } from '../core/routing';
import { createSettingsService } from '../core/settings';
import { createSnapshotService } from '../core/snapshots';
import { createTeamService } from '../core/team';
import { createTransferService, relationSourceOf, withoutTaskAssignments } from '../core/transfer';
import { createRecordStore, type StoredRecord } from '../core/store';
import { resolveColumns } from '../core/table-import';
import { createUsageService } from '../core/usage';
import { createTeamRosterService } from '../core/team-owner';
import { createTeamOwnerDesk } from '../platform/sync';
import { createIdbBackend } from '../platform/idb-backend';
import { createIdbCache } from '../platform/idb-cache';
import { DB_NAME, INDEX_CACHE_KEY } from '../platform/library-db';
import { createPackedIndexKeeper, libraryTombstones } from '../platform/packed-index-keeper';
import { createBroadcaster, serveRequests } from '../platform/runtime-messages';
import { createTransferReminders, watchTransferReminders } from '../platform/transfer-alarms';
import { createTeamStorage } from '../platform/sync/team-wiring';
import { createTeamPorts } from '../platform/sync/team-ports';

/** How long after the last library write the background keeps the whole view (index packed) for pages. */
const PACK_DELAY_MS = 1000;

// Wiring only: storage, services, messages, commands. The service worker can be stopped at any
// time: nothing here is state that matters; the store loads from IndexedDB on the first request.
export default defineBackground(() => {
  // In a service worker Chromium's i18n.getUILanguage() can disagree with the pages (it said en-US
  // under --lang=zh-CN while every page said zh-CN); navigator.language there matches the pages.
  const lang = langFromLocale(navigator.language || browser.i18n.getUILanguage());
  const now = () => Date.now();
  const newId = createIdMaker({ now });
  const { broadcast, sendToTab } = createBroadcaster(CONSOLE_HOST_PATTERNS);

  // Storage.
  // In a team (issue 13) shop and agent records live in PouchDB behind the same store; else IndexedDB alone.
  const teamStorage = createTeamStorage(createIdbBackend(DB_NAME));
  const backend = teamStorage.backend;
  const store = createRecordStore({ backend, now, actor: 'local', lang, schemas: RECORD_SCHEMAS, migrations: MIGRATIONS });
  // Search keys survive the worker's sleep: a wake re-reads them instead of redoing every phrase's pinyin.
  const cache = createIdbCache(DB_NAME);
  const indexCache = createPhraseIndexCache();
  const indexCacheLoaded = cache.get(INDEX_CACHE_KEY).then(indexCache.seed, () => undefined);
  const saveIndexCache = async (): Promise<void> => {
    const changes = indexCache.takeChanges();
    if (changes) await cache.set(INDEX_CACHE_KEY, changes).catch((error: unknown) => console.error('[kefu-sidebar] could not keep the search keys', error));
  };

  // Services, and the requests the areas build from them.
  const library = createLibraryService({ store, newId, lang, indexCache });
  const packedIndex = createPackedIndexKeeper({
    cache,
    view: () => library.view(),
    tombstones: () => libraryTombstones(store),
    revision: () => backend.revision(),
    saveKeys: saveIndexCache,
    delayMs: PACK_DELAY_MS,
  });
  const relations = createRelationsService({ store, now, newId, lang, resolveColumns });
  const transfer = createTransferService({ store, source: relationSourceOf(relations), newId, now, lang });
  const membership = teamStorage.membership({
    store,
    alarms: browser.alarms,
    now,
    ping: () => browser.runtime.getPlatformInfo(),
    // What a sync pulled reaches open pages as local writes do.
    onChanged: (records) => announce(withoutRecordText(withoutCustomerNotes(withoutTaskAssignments(records)))),
  });
  const reminders = createTransferReminders({ alarms: browser.alarms, badge: browser.action, taskTimes: () => transfer.taskTimes(), now });
  watchTransferReminders(reminders);
  // Team sync (issue 13): nothing runs until the seller joins a team on the options page.
  const teamKeeper = teamStorage.keeper;
  const team = createTeamService(
    createTeamPorts({
      keeper: teamKeeper,
      membership,
      alarms: browser.alarms,
      permissions: browser.permissions,
      run: () => membership.syncNow(),
      fetch: (url, init) => fetch(url, init),
    }),
    lang,
  );
  // The owner's team screens (issue 13): they read the connection C's form keeps; nothing runs while sync is off.
  const teamRoster = createTeamRosterService({ store, lang });
  const teamOwner = createTeamOwnerDesk({
    keeper: teamKeeper,
    openLocal: teamStorage.openLocal,
    openRemote: teamStorage.openRemote,
    // The membership's run: runs never overlap, and what it pulls reaches the store and open pages.
    syncNow: () => membership.syncNow(),
    store,
    roster: teamRoster,
    schemas: RECORD_SCHEMAS,
    now,
    lang,
  });
  const handle = createRequestHandler(
    createRequests({
      library,
      settings: createSettingsService({ store, lang }),
      dataPack: createDataPack({ store, now, newId, lang, schemas: RECORD_SCHEMAS, migrations: MIGRATIONS }),
      usage: createUsageService({ store, now, lang }),
      snapshots: createSnapshotService({ store, newId, lang }),
      phraseImport: createPhraseImport({ store, newId, lang }),
      relations,
      transfer,
      routingMeasures: createRoutingMeasuresService({ store, now, lang }),
      routing: createRoutingScenarioService({ store, lang }),
      outcomes: createOutcomesService({ store, now, newId }),
      metrics: createMetricsService({ store, now, dateOf: LOCAL_CLOCK.dateOf, lang }),
      customers: createCustomerService({ store, now, newId, lang }),
      records: createRecordsService({ store, newId, now, lang }),
      team,
      teamRoster,
      teamOwner,
    }),
    {
      lang,
      onWritten: (records) => {
        // A task's relations, buyer notes and saved conversations stay out of the broadcast; pages ask for them when they need them.
        void announce(withoutRecordText(withoutCustomerNotes(withoutTaskAssignments(records))));
        if (records.some((r) => r.type === 'transferTask')) void reminders.refresh().catch(() => undefined);
        if (records.some((r) => r.scope !== 'local')) membership.syncSoon();
      },
      onUnexpectedError: (error) => console.error('[kefu-sidebar] request failed', error),
      // A retried write (its first reply lost with a stopped worker) is answered, not applied again.
      keyed: (key, start) => store.keyed(key, start),
    },
  );

  /** Seeds the starter library on first run; at most once per wake, again after a failure. */
  let seeding: Promise<void> | undefined;
  const seedOnce = () =>
    (seeding ??= library.seedStarterLibraryIfEmpty().then(
      ({ written }) => {
        if (written.length > 0) void announce(written);
      },
      (error: unknown) => {
        seeding = undefined;
        console.error('[kefu-sidebar] could not load the starter library', error);
      },
    ));

  browser.runtime.onInstalled.addListener(() => void seedOnce());
  // Team sync: each wake finishes a joining or leaving cut off; browser start-up also runs a sync.
  void membership.start().catch((error: unknown) => console.error('[kefu-sidebar] could not start team sync', error));
  browser.runtime.onStartup.addListener(() => void membership.start({ run: true }).catch((error: unknown) => console.error('[kefu-sidebar] team sync failed', error)));
  // The toolbar button opens the standalone library (side panel) — Chromium only; Firefox has its sidebar.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  // Firefox has no side panel API: there the button toggles its sidebar, which shows the same page.
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (!browser.sidePanel && firefoxSidebar) browser.action.onClicked.addListener(() => void firefoxSidebar.toggle());

  // Messages.
  serveRequests({
    consolePatterns: CONSOLE_HOST_PATTERNS,
    handle: async (message, sender) => {
      await seedOnce();
      await indexCacheLoaded;
      const reply = await handle(message, sender);
      void saveIndexCache();
      // A page asked for the whole view: it found no usable copy in IndexedDB; keep one packed.
      if ((message as { body?: { kind?: unknown } } | null)?.body?.kind === 'getLibraryView') packedIndex.soon();
      return reply;
    },
  });

  // Commands.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-sidebar') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await sendToTab(tabId, { kind: 'openSidebar' });
    })();
  });

  /**
   * Tells the pages what a write changed, search keys included (see `changeBroadcast`). Before
   * saying "library replaced", the keys of the whole library are made and saved, so that pages
   * reading IndexedDB find every key in the cache.
   */
  async function announce(written: StoredRecord[]): Promise<void> {
    const body = changeBroadcast(written, indexCache);
    if (body.kind === 'libraryReplaced') {
      await library.view().catch(() => undefined);
      await saveIndexCache();
    }
    await broadcast(body);
    await saveIndexCache(); // after a delta, once the pages have it
    if (written.some((r) => r.type === 'phrase' || r.type === 'phraseGroup')) packedIndex.soon();
  }
});
