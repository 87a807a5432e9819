import { CONSOLE_HOST_PATTERNS } from '../core/consoles';
import { createDataPack } from '../core/data-pack';
import { langFromLocale } from '../core/i18n';
import { createIdMaker } from '../core/ids';
import { changeBroadcast, createLibraryService, createPhraseIndexCache } from '../core/library';
import { MESSAGE_CHANNEL, createRequestHandler, createSenderCheck, isEnvelope, type Broadcast, type Envelope } from '../core/protocol';
import { createPhraseImport } from '../core/phrase-import';
import { createSnapshotService } from '../core/snapshots';
import type { StoredRecord } from '../core/store';
import { createRecordStore } from '../core/store';
import { createIdbBackend } from '../platform/idb-backend';
import { DB_NAME, INDEX_CACHE_KEY } from '../platform/library-db';
import { createIdbCache } from '../platform/idb-cache';
import { createUsageService } from '../core/usage';


// Wiring only. The service worker can be stopped at any time: nothing here is state that matters;
// the store loads from IndexedDB on the first request after each wake.
export default defineBackground(() => {
  // In a service worker Chromium's i18n.getUILanguage() can disagree with the pages (it said en-US
  // under --lang=zh-CN while every page said zh-CN); navigator.language there matches the pages.
  const lang = langFromLocale(navigator.language || browser.i18n.getUILanguage());
  const now = () => Date.now();
  const store = createRecordStore({ backend: createIdbBackend(DB_NAME), now, actor: 'local', lang });
  const newId = createIdMaker({ now });
  // Search keys survive the worker's sleep: a wake re-reads them instead of redoing every phrase's pinyin.
  const cache = createIdbCache(DB_NAME);
  const indexCache = createPhraseIndexCache();
  const indexCacheLoaded = cache.get(INDEX_CACHE_KEY).then(indexCache.seed, () => undefined);
  const saveIndexCache = async (): Promise<void> => {
    const changes = indexCache.takeChanges();
    if (changes) await cache.set(INDEX_CACHE_KEY, changes).catch((error: unknown) => console.error('[kefu-sidebar] could not keep the search keys', error));
  };
  const library = createLibraryService({ store, newId, lang, indexCache });
  const dataPack = createDataPack({ store, now, newId, lang });
  const usage = createUsageService({ store, now, lang });
  const snapshots = createSnapshotService({ store, newId, lang });
  const phraseImport = createPhraseImport({ store, newId, lang });

  const handle = createRequestHandler({
    library,
    dataPack,
    usage,
    snapshots,
    phraseImport,
    lang,
    onWritten: (records) => void announce(records),
    onUnexpectedError: (error) => console.error('[kefu-sidebar] request failed', error),
  });

  const isTrusted = createSenderCheck({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    consolePatterns: CONSOLE_HOST_PATTERNS,
  });

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
  // The toolbar button opens the standalone library (side panel) — Chromium only; Firefox has its sidebar.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isEnvelope(message)) return false; // not ours: leave it to other listeners
    if (!isTrusted({ id: sender.id, url: sender.url, tabUrl: sender.tab?.url })) return false;
    // sendResponse + `return true` keeps the channel open in every Chromium version (a returned
    // promise is not honoured everywhere).
    void seedOnce()
      .then(() => indexCacheLoaded)
      .then(() => handle(message))
      .then((reply) => {
        sendResponse(reply);
        void saveIndexCache();
      });
    return true;
  });

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
      await library.snapshot().catch(() => undefined);
      await saveIndexCache();
    }
    await broadcast(body);
    await saveIndexCache(); // after a delta, once the pages have it
  }

  /** Tells every extension page and every open console tab; a closed or foreign tab is not an error. */
  async function broadcast(body: Broadcast): Promise<void> {
    const message: Envelope<Broadcast> = { channel: MESSAGE_CHANNEL, body };
    browser.runtime.sendMessage(message).catch(() => {}); // "no receiving end" when no page is open
    try {
      const tabs = await browser.tabs.query({ url: [...CONSOLE_HOST_PATTERNS] });
      await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendToTab(t.id, body))));
    } catch (error) {
      console.error('[kefu-sidebar] could not reach console tabs', error);
    }
  }

  async function sendToTab(tabId: number, body: Broadcast): Promise<void> {
    const message: Envelope<Broadcast> = { channel: MESSAGE_CHANNEL, body };
    // A tab loaded before the extension has no content script yet: nothing to tell.
    await browser.tabs.sendMessage(tabId, message).catch(() => {});
  }
});
