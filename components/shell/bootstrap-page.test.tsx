// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { envelope, type Broadcast } from '../../core/client';
import { bootstrapPage } from './bootstrap-page';

/** A stand-in background: counts library-view requests and answers each with an error. */
function fakeBackground() {
  const requests: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const body = (message as { body?: { kind?: string } }).body;
    if (body?.kind !== 'getLibraryView') return undefined;
    requests.push(body);
    return Promise.resolve({ ok: false, error: { code: 'internal', message: 'asleep' } });
  });
  return requests;
}

const broadcast = (body: Broadcast) => fakeBrowser.runtime.onMessage.trigger(envelope(body), {});

describe('bootstrapPage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="app"></div>';
  });
  afterEach(() => vi.restoreAllMocks());

  it('sets the language and title, loads the library and renders the app with them', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const requests = fakeBackground();
    const page = bootstrapPage({
      title: { zh: '设置', en: 'Options' },
      shadowCss: ':host { color: red; }',
      app: ({ lang }) => <p>lang {lang}</p>,
    });
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Options');
    expect(document.head.querySelector('style')?.textContent).toBe(':root { color: red; }');
    expect(document.getElementById('app')?.textContent).toBe('lang en');
    await vi.waitFor(() => expect(page.library.loadError.value?.message).toBe('asleep'));
    expect(requests).toHaveLength(1);
  });

  it('keeps the library current from change broadcasts and passes every broadcast on', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    const requests = fakeBackground();
    const page = bootstrapPage({ app: () => <p /> });
    expect(document.documentElement.lang).toBe('zh-CN');
    const heard: Broadcast[] = [];
    page.onBroadcast((b) => heard.push(b));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await broadcast({ kind: 'libraryReplaced' });
    await broadcast({ kind: 'openSidebar' });
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(heard.map((b) => b.kind)).toEqual(['libraryReplaced', 'openSidebar']);
  });

  it('stops listening and unmounts on dispose', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    const requests = fakeBackground();
    const page = bootstrapPage({ app: () => <p>app</p> });
    const heard: Broadcast[] = [];
    page.onBroadcast((b) => heard.push(b));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    page.dispose();
    await broadcast({ kind: 'libraryReplaced' });
    await new Promise((r) => setTimeout(r, 20));
    expect(requests).toHaveLength(1);
    expect(heard).toEqual([]);
    expect(document.getElementById('app')?.textContent).toBe('');
  });
});
