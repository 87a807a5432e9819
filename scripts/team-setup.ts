/**
 * Sets a shop's CouchDB 3 up for team sync (README, "Team sync"), with the app's own rules:
 *   COUCHDB_ADMIN_PASSWORD=… npx tsx scripts/team-setup.ts --server https://couch.example.com --admin admin --agents mei,lan
 * Creates CouchDB's `_users` and `_replicator` when missing (the Docker image leaves them to you),
 * then `installTeamRules`: the `shop` database and one `agent-<name>` per agent, who may read them
 * (`_security`) and who may write (`validate_doc_update`). Safe to run again, e.g. with a new agent
 * added to the list. It creates no user: user names and passwords stay with whoever runs the server.
 */
import { installTeamRules } from '../platform/sync/install-rules';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function usage(problem: string): never {
  console.error(`[team-setup] ${problem}
usage: COUCHDB_ADMIN_PASSWORD=… npx tsx scripts/team-setup.ts --server <https://host:port> --admin <server admin> --agents <name,name,…>`);
  process.exit(2);
}

async function main(): Promise<void> {
  const server = argument('server')?.replace(/\/+$/, '');
  const admin = argument('admin');
  const agents = (argument('agents') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const password = process.env.COUCHDB_ADMIN_PASSWORD;
  if (!server || !/^https?:\/\/[^\s/]+$/.test(server)) usage('--server must be the server address, e.g. https://couch.example.com:6984');
  if (!admin) usage('--admin must name a CouchDB server admin');
  if (!password) usage('set COUCHDB_ADMIN_PASSWORD (kept out of the command line and the shell history)');
  if (server.startsWith('http://') && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(server)) {
    console.warn('[team-setup] warning: plain http sends passwords in the clear; put TLS in front of the server (README)');
  }

  const authorization = `Basic ${Buffer.from(`${admin}:${password}`).toString('base64')}`;
  const asAdmin = (url: string, init: RequestInit = {}) => fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization } });

  for (const system of ['_users', '_replicator']) {
    const made = await asAdmin(`${server}/${system}`, { method: 'PUT' });
    if (made.status === 401) throw new Error(`the server refused the password of ${admin}`);
    if (!made.ok && made.status !== 412) throw new Error(`could not create ${system}: ${made.status} ${(await made.text()).slice(0, 200)}`);
    console.log(`[team-setup] ${system}: ${made.status === 412 ? 'already there' : 'created'}`);
  }
  await installTeamRules(server, asAdmin, agents);
  console.log(`[team-setup] shop and ${agents.length} agent database(s) ready: ${['shop', ...agents.map((a) => `agent-${a.toLowerCase()}`)].join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(`[team-setup] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
