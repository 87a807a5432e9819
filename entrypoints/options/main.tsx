import '../../core/zod-jitless'; // first: before any schema is built
import { OptionsApp } from '../../components/options/OptionsApp';
import { bootstrapPage } from '../../components/shell/bootstrap-page';
import { CHAT_ADAPTERS } from '../../sites/registry';
import '../../components/options/options.css';

bootstrapPage({
  title: { zh: '客服侧边栏 · 设置', en: 'Kefu Sidebar · Options' },
  app: ({ lang, client, library }) => <OptionsApp lang={lang} client={client} library={library} adapters={Object.values(CHAT_ADAPTERS)} />,
});
