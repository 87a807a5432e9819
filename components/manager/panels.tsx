import { definePanel } from '../panels/panel';
import { AutoReplyComposer } from './AutoReplyComposer';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { PhraseManager } from './PhraseManager';

// The phrase manager's tabs of the options page.

export const libraryPanel = definePanel({
  id: 'library',
  name: { zh: '话术库', en: 'Library' },
  order: 10,
  pages: ['options'],
  component: ({ lang, client, library, notice }) => <PhraseManager lang={lang} client={client} library={library} notice={notice} />,
});

export const filesPanel = definePanel({
  id: 'files',
  name: { zh: '导入导出', en: 'Import & export' },
  order: 20,
  pages: ['options'],
  component: ({ lang, client, library, notice, files }) => (
    <>
      <ImportPanel lang={lang} client={client} notice={notice} files={files} />
      <ExportPanel lang={lang} client={client} library={library} notice={notice} files={files} />
    </>
  ),
});

export const autoReplyPanel = definePanel({
  id: 'autoreply',
  name: { zh: '自动回复', en: 'Auto-reply' },
  order: 30,
  pages: ['options'],
  component: ({ lang, notice }) => <AutoReplyComposer lang={lang} notice={notice} />,
});
