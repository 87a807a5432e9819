import { render } from 'preact';
import { langFromLocale } from '../../core/i18n';
import { createProtocolClient } from '../../core/client';
import { startLibrary } from '../../components/phrases/library-state';
import { createLibraryReader } from '../../platform/library-reader';
import { OptionsApp } from '../../components/options/OptionsApp';
import { SITE_ADAPTERS } from '../console.content/sites/registry';
import '../../components/options/options.css';

const lang = langFromLocale(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = lang === 'zh' ? '客服侧边栏 · 设置' : 'Kefu Sidebar · Options';
const client = createProtocolClient((envelope) => browser.runtime.sendMessage(envelope), lang);
// Read from IndexedDB (no 6 MB message, no waking the worker), then patched from broadcasts.
const library = startLibrary({ client, read: createLibraryReader().read, listen: (on) => browser.runtime.onMessage.addListener(on) });
render(<OptionsApp lang={lang} client={client} library={library} adapters={Object.values(SITE_ADAPTERS)} />, document.getElementById('app')!);
