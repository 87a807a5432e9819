/**
 * A team's CouchDB as a shop sets it up (README, "Team sync"), on pouchdb-server in memory: the
 * server admin, an owner and an agent in `_users` with their roles, the databases and their rules
 * installed by the app's own `installTeamRules`. For the two-profile e2e and `npm run demo -- --team`.
 *
 * CORS is switched off (pouchdb-server has it on by default; CouchDB 3 has it off): the extension
 * reaches the server from its background with a host permission, which CORS does not apply to, so
 * everything that works here works against a CouchDB without a CORS section.
 */
import { installTeamRules } from '../../platform/sync/install-rules';
import { startCouchServer, type CouchServer } from './couch-server';

export interface TeamUser {
  name: string;
  password: string;
  roles: string[];
}

export interface TeamServer {
  server: CouchServer;
  owner: TeamUser;
  agent: TeamUser;
  stop(): Promise<void>;
}

export const TEAM_OWNER: TeamUser = { name: 'boss', password: 'boss-pw-1', roles: ['owner'] };
export const TEAM_AGENT: TeamUser = { name: 'mei', password: 'mei-pw-1', roles: ['agent'] };

export async function startTeamServer(): Promise<TeamServer> {
  const server = await startCouchServer();
  try {
    await server.adminRequest('PUT', '/_config/httpd/enable_cors', 'false');
    for (const user of [TEAM_OWNER, TEAM_AGENT]) await server.createUser(user.name, user.password, user.roles);
    await installTeamRules(server.url, server.fetchAs(server.admin.name, server.admin.password), [TEAM_AGENT.name]);
    return { server, owner: TEAM_OWNER, agent: TEAM_AGENT, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
