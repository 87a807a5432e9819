import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SenderKind } from '../core/protocol';

/** What the browser tells us about who sent a message (`runtime.MessageSender`, reduced). */
export interface SenderInfo {
  /** Id of the extension the sender belongs to. */
  id?: string;
  /** URL of the sending frame (an extension page, or the page a content script runs in). */
  url?: string;
  /** URL of the sender's tab, when it is a tab. */
  tabUrl?: string;
}

export interface SenderRules {
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc/`. */
  extensionOrigin: string;
  /** True for a URL of a console page (the content script's sender). */
  isConsoleUrl(url: string): boolean;
}

/** Our pages by path: the options page may do everything; the others act for a console. */
const PAGE_KINDS: Readonly<Record<string, SenderKind>> = {
  'options.html': 'options',
  'sidebar.html': 'console',
  'sidepanel.html': 'console',
};

/**
 * The kind of a sender, from the URL the browser reports (never from the message): one of our
 * pages by its path, or our content script on a console page; anything else is `undefined` and
 * gets no answer. (No `externally_connectable`, but the check costs nothing and documents the boundary.)
 */
export function senderKind(sender: SenderInfo, rules: SenderRules): SenderKind | undefined {
  if (sender.id !== rules.extensionId) return undefined;
  const url = sender.url ?? sender.tabUrl;
  if (!url) return undefined;
  if (url.startsWith(rules.extensionOrigin)) {
    const path = url.slice(rules.extensionOrigin.length).replace(/[?#].*$/, '');
    return Object.hasOwn(PAGE_KINDS, path) ? PAGE_KINDS[path] : undefined;
  }
  return rules.isConsoleUrl(url) ? 'console' : undefined;
}

/** True for a URL that one of the host patterns matches (WXT's MatchPattern, as the manifest matches). */
export function consoleUrlMatcher(patterns: readonly string[]): (url: string) => boolean {
  const matchers = patterns.map((p) => new MatchPattern(p));
  return (url) => {
    try {
      return matchers.some((m) => m.includes(url));
    } catch {
      return false; // not a URL a pattern can judge: not a console
    }
  };
}
