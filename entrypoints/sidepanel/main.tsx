import { render } from 'preact';
import { langFromLocale } from '../../core/i18n';
import { createProtocolClient } from '../../core/client';
import { startLibrary } from '../../components/phrases/library-state';
import { createLibraryReader } from '../../platform/library-reader';
import { StandaloneApp } from '../../components/standalone/StandaloneApp';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import '../../components/standalone/standalone.css';

// The same library and search for consoles a page script cannot reach (Qianniu's desktop 接待台,
// any console we don't know): choosing a phrase copies it, variables filled, to the clipboard.
const lang = langFromLocale(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const style = document.createElement('style');
style.textContent = sidebarCss.replaceAll(':host', ':root');
document.head.append(style);
const client = createProtocolClient((envelope) => browser.runtime.sendMessage(envelope), lang);
// Read from IndexedDB (no 6 MB message, no waking the worker), then patched from broadcasts.
const library = startLibrary({ client, read: createLibraryReader().read, listen: (on) => browser.runtime.onMessage.addListener(on) });

async function openWindow() {
  await browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html'), type: 'popup', width: 400, height: 760 });
}

render(<StandaloneApp lang={lang} client={client} library={library} onOpenWindow={openWindow} />, document.getElementById('app')!);
