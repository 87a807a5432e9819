import { describe, expect, it } from 'vitest';
import { CONSOLE_HOST_PATTERNS } from '../core/consoles';
import { consoleUrlMatcher, senderKind } from './sender-kind';

const rules = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', isConsoleUrl: consoleUrlMatcher(CONSOLE_HOST_PATTERNS) };
const kind = (sender: Parameters<typeof senderKind>[0]) => senderKind(sender, rules);

describe('sender kind (from the URL the browser reports, never from the message)', () => {
  it('the options page is options; the sidebar frame, the side panel and the content script on a console are console', () => {
    expect(kind({ id: 'ext', url: 'chrome-extension://ext/options.html' })).toBe('options');
    expect(kind({ id: 'ext', url: 'chrome-extension://ext/options.html#data' })).toBe('options');
    expect(kind({ id: 'ext', url: 'chrome-extension://ext/sidebar.html', tabUrl: 'https://dongdong.jd.com/chat' })).toBe('console');
    expect(kind({ id: 'ext', url: 'chrome-extension://ext/sidepanel.html' })).toBe('console');
    expect(kind({ id: 'ext', url: 'https://mms.pinduoduo.com/chat-merchant/index.html' })).toBe('console');
    expect(kind({ id: 'ext', tabUrl: 'https://dongdong.jd.com/chat' })).toBe('console');
  });

  it('a console page is never options, whatever its path says', () => {
    expect(kind({ id: 'ext', url: 'https://mms.pinduoduo.com/chat-merchant/options.html' })).toBe('console');
  });

  it('refuses other extensions, our other files, other pages and senders without a url', () => {
    expect(kind({ id: 'evil', url: 'chrome-extension://ext/options.html' })).toBeUndefined();
    expect(kind({ id: 'ext', url: 'chrome-extension://ext/manifest.json' })).toBeUndefined();
    expect(kind({ id: 'ext', url: 'https://evil.example/mms.pinduoduo.com/chat-merchant/' })).toBeUndefined();
    expect(kind({ id: 'ext', url: 'chrome-extension://other/options.html' })).toBeUndefined();
    expect(kind({ id: 'ext', url: 'not a url' })).toBeUndefined();
    expect(kind({ id: 'ext' })).toBeUndefined();
  });
});
