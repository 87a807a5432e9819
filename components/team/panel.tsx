import { definePanel } from '../panels/panel';
import { TeamSettings } from './TeamSettings';

/** 团队同步 in the options page: join a team's CouchDB server, see the last sync, leave. */
export const teamPanel = definePanel({
  id: 'team',
  name: { zh: '团队同步', en: 'Team sync' },
  order: 75,
  pages: ['options'],
  component: ({ lang, client, notice }) => <TeamSettings lang={lang} client={client} notice={notice} />,
});
