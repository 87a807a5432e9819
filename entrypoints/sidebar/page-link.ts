import { isPageMessage, portName, type FrameMessage, type FrameRequestKind, type FrameRequests, type PageMessage } from '../../components/sidebar/frame-channel';

type Ask<K extends FrameRequestKind> = FrameRequests[K]['ask'];
type Answer<K extends FrameRequestKind> = FrameRequests[K]['answer'];
type Notice = Exclude<FrameMessage, { kind: FrameRequestKind }>;
type Incoming = Exclude<PageMessage, { kind: 'reply' }>;

/** The frame's end of the channel to its tab's content script (see frame-channel.ts). */
export interface PageLink {
  request<K extends FrameRequestKind>(kind: K, ask: Ask<K>): Promise<Answer<K>>;
  send(message: Notice): void;
  onMessage(listener: (message: Incoming) => void): void;
}

/**
 * The tab this frame sits in. `tabs.getCurrent()` answers for an extension frame inside a web
 * page too (the frame belongs to the tab), with no permission needed.
 */
async function currentTabId(): Promise<number> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('[kefu-sidebar] the sidebar frame is not inside a tab');
  return tab.id;
}

/**
 * Connects to the top frame's content script of our own tab. The port's name carries the nonce the
 * content script gave us in the URL's hash: it accepts no other sidebar (a page could embed our
 * web-accessible page itself) and nothing else can reach this port.
 */
export async function connectToPage(nonce: string): Promise<PageLink> {
  const port = browser.tabs.connect(await currentTabId(), { frameId: 0, name: portName(nonce) });
  const waiting = new Map<number, (answer: unknown) => void>();
  const listeners: ((message: Incoming) => void)[] = [];
  let lastId = 0;

  port.onMessage.addListener((message: unknown) => {
    if (!isPageMessage(message)) return;
    if (message.kind === 'reply') {
      waiting.get(message.id)?.(message.answer);
      waiting.delete(message.id);
      return;
    }
    for (const listener of listeners) listener(message);
  });

  const post = (message: FrameMessage) => {
    try {
      port.postMessage(message);
    } catch {
      // The page navigated away: this frame goes with it.
    }
  };

  return {
    request(kind, ask) {
      const id = ++lastId;
      return new Promise((resolve) => {
        waiting.set(id, resolve as (answer: unknown) => void);
        post({ kind, id, ...ask } as FrameMessage);
      });
    },
    send: post,
    onMessage: (listener) => void listeners.push(listener),
  };
}
