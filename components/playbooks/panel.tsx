import { definePanel } from '../panels/panel';
import { PlaybooksPanel } from './PlaybooksPanel';

/** 应对: guided playbooks for the hard cases and the closing checklist (chat consoles only). */
export const playbooksPanel = definePanel({
  id: 'playbooks',
  name: { zh: '应对', en: 'Playbooks' },
  order: 30,
  pages: ['chat'],
  component: ({ host, library, status }) => <PlaybooksPanel host={host} library={library} status={status} />,
});
