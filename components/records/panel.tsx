import { definePanel } from '../panels/panel';
import { RecordsSidebar } from './RecordsSidebar';

/*
 * The sidebar's tab only: the options page's tab (options-panel.tsx) brings the recurring questions,
 * which load zod and the reply ranker; the sidebar frame must not.
 */

/** 记录 in the sidebar on the chat console: save the open conversation, find and read saved ones. */
export const recordsPanel = definePanel({
  id: 'records',
  name: { zh: '记录', en: 'Records' },
  order: 35,
  pages: ['chat'],
  component: RecordsSidebar,
});
