import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { portName } from '../../components/sidebar/frame-channel';
import { acceptFramePort } from './frame-port';

type Listener<T> = (value: T) => void;

/** A runtime port as Chromium hands it to `runtime.onConnect`, with its ends exposed to the test. */
function fakePort(name: string, sender: { id?: string; url?: string }) {
  const onMessage: Listener<unknown>[] = [];
  const onDisconnect: Listener<void>[] = [];
  const port = {
    name,
    sender,
    posted: [] as unknown[],
    disconnected: false,
    postMessage: (message: unknown) => port.posted.push(message),
    disconnect: () => void (port.disconnected = true),
    onMessage: { addListener: (l: Listener<unknown>) => onMessage.push(l) },
    onDisconnect: { addListener: (l: Listener<void>) => onDisconnect.push(l) },
    /** The frame sends. */
    receive: (message: unknown) => onMessage.forEach((l) => l(message)),
    /** The frame goes away. */
    close: () => onDisconnect.forEach((l) => l()),
  };
  return port;
}
type FakePort = ReturnType<typeof fakePort>;

describe('the content script accepts only its own sidebar frame', () => {
  const NONCE = 'a1b2c3';
  const OURS = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidebar.html#${NONCE}` };
  let connect: (port: FakePort) => void;
  let received: unknown[];
  let events: string[];
  let link: ReturnType<typeof acceptFramePort>;

  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no ports: catch the listener the content script registers.
    vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((listener) => void (connect = listener as never));
    vi.spyOn(browser.runtime.onConnect, 'removeListener').mockImplementation(() => undefined);
    received = [];
    events = [];
    link = acceptFramePort({
      nonce: NONCE,
      onConnect: () => events.push('connect'),
      onMessage: (message) => received.push(message),
      onDisconnect: () => events.push('disconnect'),
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('takes the port our sidebar page opens with our nonce, and talks over it', () => {
    const port = fakePort(portName(NONCE), OURS);
    connect(port);
    expect(events).toEqual(['connect']);
    expect(link.connected).toBe(true);
    link.send({ kind: 'openAndFocus' });
    expect(port.posted).toEqual([{ kind: 'openAndFocus' }]);
    port.receive({ kind: 'setOpen', open: false });
    port.receive({ kind: 'setOpen', open: 'maybe' }); // malformed: dropped
    expect(received).toEqual([{ kind: 'setOpen', open: false }]);
  });

  it('refuses another nonce, another extension, another page of ours, or a second frame', () => {
    const wrongNonce = fakePort(portName('guess'), OURS);
    connect(wrongNonce);
    const otherExtension = fakePort(portName(NONCE), { id: 'evil', url: OURS.url });
    connect(otherExtension);
    const otherPage = fakePort(portName(NONCE), { id: OURS.id, url: `chrome-extension://${OURS.id}/options.html#${NONCE}` });
    connect(otherPage);
    const webPage = fakePort(portName(NONCE), { id: OURS.id, url: `https://mms.pinduoduo.com/sidebar.html#${NONCE}` });
    connect(webPage);
    expect(events).toEqual([]);
    expect([otherExtension, otherPage, webPage].map((p) => p.disconnected)).toEqual([true, true, true]);

    const first = fakePort(portName(NONCE), OURS);
    connect(first);
    const second = fakePort(portName(NONCE), OURS);
    connect(second);
    expect(second.disconnected).toBe(true);
    expect(events).toEqual(['connect']);
  });

  it('lets a reloaded frame connect again once the old one is gone', () => {
    const first = fakePort(portName(NONCE), OURS);
    connect(first);
    first.close();
    expect(link.connected).toBe(false);
    link.send({ kind: 'openAndFocus' }); // no frame: dropped
    const again = fakePort(portName(NONCE), OURS);
    connect(again);
    expect(events).toEqual(['connect', 'disconnect', 'connect']);
    expect(first.posted).toEqual([]);
  });
});
