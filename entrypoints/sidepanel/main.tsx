import { render } from 'preact';
import { langFromLocale } from '../../core/i18n';
import { createProtocolClient, isBroadcast } from '../../core/client';
import { createLibraryState } from '../../components/phrases/library-state';
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
const library = createLibraryState(client);
browser.runtime.onMessage.addListener((message: unknown) => {
  if (isBroadcast(message) && message.body.kind === 'recordsChanged') void library.applyChange(message.body.records);
});
void library.load();

async function openWindow() {
  await browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html'), type: 'popup', width: 400, height: 760 });
}

render(<StandaloneApp lang={lang} client={client} library={library} onOpenWindow={openWindow} />, document.getElementById('app')!);
