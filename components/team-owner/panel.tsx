import { definePanel } from '../panels/panel';
import { TeamOwnerPage } from './TeamOwnerPage';

/** 团队管理 in the options page: the owner's conflicts, roster and team data (issue 13 items 4 and 5). */
export const teamOwnerOptionsPanel = definePanel({
  id: 'team-owner',
  name: { zh: '团队管理', en: 'Team overview' },
  order: 76,
  pages: ['options'],
  component: ({ lang, client, notice }) => <TeamOwnerPage lang={lang} client={client} reporter={notice} />,
});
