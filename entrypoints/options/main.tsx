import { render } from 'preact';
import { langFromLocale } from '../../core/i18n';
import { createProtocolClient, isBroadcast } from '../../core/protocol/client';
import { createLibraryState } from '../../components/phrases/library-state';
import { OptionsApp } from '../../components/options/OptionsApp';
import { CHAT_ADAPTERS } from '../../sites/registry';
import '../../components/options/options.css';

const lang = langFromLocale(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = lang === 'zh' ? '客服侧边栏 · 设置' : 'Kefu Sidebar · Options';
const client = createProtocolClient((envelope) => browser.runtime.sendMessage(envelope), lang);
const library = createLibraryState(client);
browser.runtime.onMessage.addListener((message: unknown) => {
  if (isBroadcast(message) && message.body.kind === 'recordsChanged') void library.applyChange(message.body.records);
});
void library.load();
render(<OptionsApp lang={lang} client={client} library={library} adapters={Object.values(CHAT_ADAPTERS)} />, document.getElementById('app')!);
