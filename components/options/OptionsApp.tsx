import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/protocol/client';
import type { SiteAdapter } from '../../entrypoints/console.content/sites/types';
import type { LibraryState } from '../phrases/library-state';
import { createStatus } from '../sidebar/status';
import { t } from '../ui/i18n';
import { DataSettings } from './DataSettings';
import { SelectorSettings } from './SelectorSettings';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  library: LibraryState;
  adapters: readonly SiteAdapter[];
}

const status = createStatus();

/** The full-page manager. Later issues add the phrase manager, relations, transfer and routing here. */
export function OptionsApp({ lang, client, library, adapters }: Props) {
  const message = status.current.value;
  const overrides = library.snapshot.value?.selectorOverrides ?? [];
  return (
    <main>
      <h1>{t(lang, 'optionsTitle')}</h1>
      {message?.kind === 'alert' && (
        <div role="alert" class="alert">
          {message.text}
        </div>
      )}
      <div role="status" class="status">
        {message?.kind === 'status' ? message.text : ''}
      </div>
      <DataSettings lang={lang} client={client} status={status} />
      <section class="card" aria-labelledby="selectors-heading">
        <h2 id="selectors-heading">{t(lang, 'selectorsHeading')}</h2>
        <p class="intro">{t(lang, 'selectorsIntro')}</p>
        {library.snapshot.value &&
          adapters.map((adapter) => (
            <SelectorSettings
              key={adapter.id}
              lang={lang}
              client={client}
              adapter={adapter}
              saved={overrides.find((o) => o.site === adapter.id)}
              status={status}
            />
          ))}
      </section>
    </main>
  );
}
