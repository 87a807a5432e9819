import { MESSAGE_CHANNEL, isEnvelope, type Broadcast, type Envelope, type Reply, type SenderKind } from '../core/protocol';
import { consoleUrlMatcher, senderKind } from './sender-kind';

/**
 * Answers our requests on `runtime.onMessage`: each message from one of our pages or content
 * scripts goes to `handle` with its sender's kind; anything else is left to other listeners.
 */
export function serveRequests(options: {
  consolePatterns: readonly string[];
  handle: (message: unknown, sender: SenderKind) => Promise<Reply<unknown>>;
}): void {
  const rules = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isConsoleUrl: consoleUrlMatcher(options.consolePatterns),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isEnvelope(message)) return false; // not ours: leave it to other listeners
    const kind = senderKind({ id: sender.id, url: sender.url, tabUrl: sender.tab?.url }, rules);
    if (!kind) return false;
    // sendResponse + `return true` keeps the channel open in every Chromium version (a returned
    // promise is not honoured everywhere).
    void options.handle(message, kind).then(sendResponse);
    return true;
  });
}

/** Sends broadcasts to every extension page and every open console tab; a closed or foreign tab is not an error. */
export function createBroadcaster(consolePatterns: readonly string[]) {
  const wrap = (body: Broadcast): Envelope<Broadcast> => ({ channel: MESSAGE_CHANNEL, body });

  async function sendToTab(tabId: number, body: Broadcast): Promise<void> {
    // A tab loaded before the extension has no content script yet: nothing to tell.
    await browser.tabs.sendMessage(tabId, wrap(body)).catch(() => {});
  }

  async function broadcast(body: Broadcast): Promise<void> {
    browser.runtime.sendMessage(wrap(body)).catch(() => {}); // "no receiving end" when no page is open
    try {
      const tabs = await browser.tabs.query({ url: [...consolePatterns] });
      await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendToTab(t.id, body))));
    } catch (error) {
      console.error('[kefu-sidebar] could not reach console tabs', error);
    }
  }

  return { broadcast, sendToTab };
}
