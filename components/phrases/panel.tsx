import { definePanel } from '../panels/panel';
import { PhrasesPanel } from './PhrasesPanel';

/** 话术: search the library and insert into the chat input (chat consoles only). */
export const phrasesPanel = definePanel({
  id: 'phrases',
  name: { zh: '话术', en: 'Phrases' },
  order: 10,
  pages: ['chat'],
  component: ({ host, library, status, focusRequest, pickRequest }) => (
    <PhrasesPanel host={host} library={library} status={status} focusRequest={focusRequest} pickRequest={pickRequest} />
  ),
});
