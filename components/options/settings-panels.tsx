import { SnapshotsPanel } from '../manager/SnapshotsPanel';
import { definePanel } from '../panels/panel';
import { t } from '../ui/i18n';
import { DataSettings } from './DataSettings';
import { ReplyPickSettings } from './ReplyPickSettings';
import { SelectorSettings } from './SelectorSettings';
import { SynonymSettings } from './SynonymSettings';
import { VariableSettings } from './VariableSettings';

// The settings tabs of the options page.

export const variablesPanel = definePanel({
  id: 'variables',
  name: { zh: '变量', en: 'Variables' },
  order: 60,
  pages: ['options'],
  component: ({ lang, client, library, notice }) =>
    library.snapshot.value && <VariableSettings lang={lang} client={client} saved={library.snapshot.value.variableSettings} status={notice} />,
});

export const synonymsPanel = definePanel({
  id: 'synonyms',
  name: { zh: '同义词', en: 'Synonyms' },
  order: 65,
  pages: ['options'],
  // Both teach the sidebar's search and suggestions the shop's words: the owner's pairs, and what the agent picked.
  component: ({ lang, client, library, notice }) =>
    library.snapshot.value && (
      <>
        <SynonymSettings lang={lang} client={client} saved={library.snapshot.value.synonymPairs} status={notice} />
        <ReplyPickSettings lang={lang} client={client} picks={library.snapshot.value.replyPicks} phrases={library.snapshot.value.phrases} status={notice} />
      </>
    ),
});

export const selectorsPanel = definePanel({
  id: 'selectors',
  name: { zh: '页面选择器', en: 'Page selectors' },
  order: 70,
  pages: ['options'],
  component: ({ lang, client, library, notice, adapters }) => {
    const overrides = library.snapshot.value?.selectorOverrides ?? [];
    return (
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
              status={notice}
            />
          ))}
      </section>
    );
  },
});

export const backupPanel = definePanel({
  id: 'backup',
  name: { zh: '备份', en: 'Backup' },
  order: 80,
  pages: ['options'],
  component: ({ lang, client, library, notice }) => (
    <>
      <SnapshotsPanel lang={lang} client={client} library={library} notice={notice} />
      <DataSettings lang={lang} client={client} status={notice} />
    </>
  ),
});
