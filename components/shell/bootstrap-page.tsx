import { render, type VNode } from 'preact';
import { langFromLocale, type Lang } from '../../core/i18n';
import { createProtocolClient, isBroadcast, type Broadcast, type ProtocolClient } from '../../core/client';
import { createLibraryReader } from '../../platform/library-reader';
import { createLibraryState, type LibraryState } from '../phrases/library-state';

/** What every extension page works with: the UI language, the background's client, the library. */
export interface ExtensionPage {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  /** Hears the background's broadcasts (library changes are already applied); returns the unsubscribe. */
  onBroadcast(listener: (broadcast: Broadcast) => void): () => void;
  /** Unmounts the app and stops listening. */
  dispose(): void;
}

export interface PageOptions {
  /** Builds the page's app from what the bootstrap made. */
  app: (page: ExtensionPage) => VNode;
  /** The tab's title; absent keeps the HTML's. */
  title?: Record<Lang, string>;
  /** A stylesheet written for a shadow root (`:host`): added to the page with `:host` read as `:root`. */
  shadowCss?: string;
  /** Where the app renders; `#app` by default. */
  root?: Element;
}

/**
 * Starts an extension page (options, side panel, the sidebar frame): picks the language from the
 * browser, creates the client, loads the library and keeps it current from change broadcasts,
 * then renders `app`. A page's `main.tsx` is one call:
 *
 *     bootstrapPage({ app: ({ lang, client, library }) => <OptionsApp lang={lang} … /> });
 */
export function bootstrapPage({ app, title, shadowCss, root = document.getElementById('app')! }: PageOptions): ExtensionPage {
  const lang = langFromLocale(browser.i18n.getUILanguage());
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  if (title) document.title = title[lang];
  if (shadowCss) {
    const style = document.createElement('style');
    style.textContent = shadowCss.replaceAll(':host', ':root');
    document.head.append(style);
  }
  const client = createProtocolClient((envelope) => browser.runtime.sendMessage(envelope), lang);
  // Read from IndexedDB (no 6 MB message, no waking the worker), then patched from broadcasts.
  const library = createLibraryState({ client, read: createLibraryReader().read });
  const listeners = new Set<(broadcast: Broadcast) => void>();
  const onMessage = (message: unknown) => {
    if (!isBroadcast(message)) return;
    void library.applyBroadcast(message.body);
    for (const listener of listeners) listener(message.body);
  };
  browser.runtime.onMessage.addListener(onMessage);
  void library.load();

  const page: ExtensionPage = {
    lang,
    client,
    library,
    onBroadcast(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      browser.runtime.onMessage.removeListener(onMessage);
      listeners.clear();
      render(null, root);
    },
  };
  render(app(page), root);
  return page;
}
