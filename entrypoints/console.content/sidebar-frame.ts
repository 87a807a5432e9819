/**
 * The sidebar's place in the console page: `<kefu-sidebar>` on `<html>`, its shadow root closed,
 * holding the frame of our sidebar page and a layer for what must sit over the page itself (the
 * `/code` suggestions, the picker's and the reveal's outlines). Page scripts can't reach into a
 * closed root, and the frame is another origin: they can't read, drive or hear the sidebar.
 */
import overlayCss from '../../components/sidebar/page-overlay.css?inline';

export const SIDEBAR_WIDTH = 340;

export interface SidebarFrame {
  host: HTMLElement;
  /** The closed shadow root: highlights and the copy fallback's textarea go here. */
  shadow: ShadowRoot;
  /** Where the `/code` suggestion list is rendered. */
  overlay: HTMLElement;
  /** Sizes the frame: the whole sidebar, or the collapsed launcher strip. */
  setOpen(open: boolean): void;
  remove(): void;
}

export function mountSidebarFrame(nonce: string): SidebarFrame {
  const host = document.createElement('kefu-sidebar');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `${overlayCss}\n:host { --kefu-width: ${SIDEBAR_WIDTH}px; }`;
  const frame = document.createElement('iframe');
  // The nonce names the one port the content script accepts from this frame (see frame-channel.ts).
  frame.src = `${browser.runtime.getURL('/sidebar.html')}#${nonce}`;
  frame.className = 'frame is-open';
  frame.setAttribute('allowtransparency', 'true');
  const overlay = document.createElement('div');
  shadow.append(style, frame, overlay);
  document.documentElement.append(host);
  // A console that rebuilds <html>'s children (or a script that removes us) gets the sidebar back;
  // the frame reloads and connects again with the same nonce.
  const keepAttached = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
  });
  keepAttached.observe(document.documentElement, { childList: true });
  return {
    host,
    shadow,
    overlay,
    setOpen(open) {
      frame.classList.toggle('is-open', open);
      frame.classList.toggle('is-collapsed', !open);
    },
    remove() {
      keepAttached.disconnect();
      host.remove();
    },
  };
}
