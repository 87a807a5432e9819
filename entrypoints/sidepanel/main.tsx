import { bootstrapPage } from '../../components/shell/bootstrap-page';
import { StandaloneApp } from '../../components/standalone/StandaloneApp';
import sidebarCss from '../../components/sidebar/sidebar.css?inline';
import '../../components/standalone/standalone.css';

// The same library and search for consoles a page script cannot reach (Qianniu's desktop 接待台,
// any console we don't know): choosing a phrase copies it, variables filled, to the clipboard.
async function openWindow() {
  await browser.windows.create({ url: browser.runtime.getURL('/sidepanel.html'), type: 'popup', width: 400, height: 760 });
}

bootstrapPage({
  shadowCss: sidebarCss,
  app: ({ lang, client, library }) => <StandaloneApp lang={lang} client={client} library={library} onOpenWindow={openWindow} />,
});
