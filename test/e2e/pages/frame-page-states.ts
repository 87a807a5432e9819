import type { BrowserContext, Page } from 'playwright-core';
import type { PageState } from '../../../components/sidebar/frame-channel';
import { findSidebarFrame } from './console-page';

/** What the sidebar frame was last told of the page's buyer messages and order status. */
export type PageText = Pick<PageState, 'buyerMessages' | 'orderStatus'>;

declare global {
  interface Window {
    __pageStates?: PageState[];
  }
}

/**
 * Records, inside every sidebar frame of the context, each page state its content script sends
 * over the frame channel: a listener beside the frame's own on the port it opens. Test-only (an
 * init script, nothing in the product); the host signals are these fields (entrypoints/sidebar/page-signals.ts).
 */
export async function recordFramePageStates(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:' || location.pathname !== '/sidebar.html') return;
    const states: PageState[] = (window.__pageStates = []);
    type Port = { onMessage: { addListener(listener: (message: unknown) => void): void } };
    const tabs = (globalThis as unknown as { chrome: { tabs: { connect(...args: unknown[]): Port } } }).chrome.tabs;
    const connect = tabs.connect.bind(tabs);
    tabs.connect = (...args) => {
      const port = connect(...args);
      port.onMessage.addListener((message) => {
        const m = message as { kind?: string; state?: PageState };
        if (m?.kind === 'page' && m.state) states.push(m.state);
      });
      return port;
    };
  });
}

/** The latest page text the sidebar frame of this console tab has received (null before any). */
export async function latestPageText(page: Page): Promise<PageText | null> {
  const frame = findSidebarFrame(page);
  if (!frame) return null;
  return frame.evaluate(() => {
    const state = window.__pageStates?.at(-1);
    return state ? { buyerMessages: state.buyerMessages, orderStatus: state.orderStatus } : null;
  });
}
