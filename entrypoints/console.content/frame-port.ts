import { isFrameMessage, portName, type FrameMessage, type PageMessage } from '../../components/sidebar/frame-channel';

type Port = ReturnType<typeof browser.runtime.connect>;

/** The content script's end of the channel to its sidebar frame (see frame-channel.ts). */
export interface FramePort {
  /** Drops the message when no frame is connected (it gets the page state when it connects). */
  send(message: PageMessage): void;
  readonly connected: boolean;
  close(): void;
}

/**
 * True for our own sidebar page, whatever its hash (the nonce). With `use_dynamic_url` the frame is
 * loaded through a per-session id (what `runtime.getURL` answers here) but runs, and reports itself,
 * on the extension's own origin: accept either.
 */
function isSidebarPage(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const { protocol, origin, pathname } = new URL(url);
  const ours = [new URL(browser.runtime.getURL('/')).origin, `${protocol}//${browser.runtime.id}`];
  return pathname === '/sidebar.html' && ours.includes(origin);
}

/**
 * Accepts the port our sidebar frame opens, and only it: sent by this extension, from our sidebar
 * page, named with the nonce we gave that frame. One frame at a time; when it goes (reloaded,
 * or the extension itself is gone) `onDisconnect` says so and a new one may connect.
 */
export function acceptFramePort(options: {
  nonce: string;
  onConnect(): void;
  onMessage(message: FrameMessage): void;
  onDisconnect(): void;
}): FramePort {
  const name = portName(options.nonce);
  let current: Port | null = null;

  function listener(port: Port) {
    if (port.name !== name) return; // not for us: another listener's, or a guess
    if (port.sender?.id !== browser.runtime.id || !isSidebarPage(port.sender.url) || current) {
      port.disconnect();
      return;
    }
    current = port;
    port.onMessage.addListener((message: unknown) => {
      if (isFrameMessage(message)) options.onMessage(message);
    });
    port.onDisconnect.addListener(() => {
      if (current === port) current = null;
      options.onDisconnect();
    });
    options.onConnect();
  }
  browser.runtime.onConnect.addListener(listener);

  return {
    send(message) {
      try {
        current?.postMessage(message);
      } catch {
        current = null; // disconnected in between; onDisconnect follows
      }
    },
    get connected() {
      return current !== null;
    },
    close() {
      browser.runtime.onConnect.removeListener(listener);
      current?.disconnect();
      current = null;
    },
  };
}
