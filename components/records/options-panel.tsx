import { definePanel } from '../panels/panel';
import { RecordsOptions } from './RecordsOptions';

/** 会话记录 in the options page: list, search, export, delete, and the recurring questions. */
export const recordsOptionsPanel = definePanel({
  id: 'records',
  name: { zh: '会话记录', en: 'Records' },
  order: 59,
  pages: ['options'],
  component: RecordsOptions,
});
