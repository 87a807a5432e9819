import { SHOP_DATABASE, agentDatabaseName, agentDesignDoc, agentSecurity, shopDesignDoc, shopSecurity, type SecurityObject } from '../../core/sync';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Sets a team's server up (the owner does it once, logged in as the CouchDB server admin, as only a
 * server admin may create databases and design documents): the `shop` database and each agent's,
 * their `_security` members, and the `validate_doc_update` rules. Safe to run again: a rule that is
 * already there is left as it is, a changed one is replaced.
 */
export async function installTeamRules(serverUrl: string, fetchAsAdmin: Fetch, agentNames: readonly string[]): Promise<void> {
  const base = serverUrl.replace(/\/+$/, '');
  await setUpDatabase(base, fetchAsAdmin, SHOP_DATABASE, shopSecurity(), shopDesignDoc());
  for (const agent of agentNames) {
    await setUpDatabase(base, fetchAsAdmin, agentDatabaseName(agent), agentSecurity(agent), agentDesignDoc(agent));
  }
}

async function setUpDatabase(base: string, fetchAsAdmin: Fetch, name: string, security: SecurityObject, design: { _id: string }): Promise<void> {
  const db = `${base}/${encodeURIComponent(name)}`;
  const created = await fetchAsAdmin(db, { method: 'PUT' });
  if (!created.ok && created.status !== 412) await fail(created, `create database ${name}`); // 412: it exists
  await send(fetchAsAdmin, `${db}/_security`, 'PUT', security, `set who may read ${name}`);
  const existing = await fetchAsAdmin(`${db}/${design._id}`);
  const current = existing.ok ? ((await existing.json()) as { _rev: string; validate_doc_update?: string }) : undefined;
  const wanted = design as { validate_doc_update?: string };
  if (current && current.validate_doc_update === wanted.validate_doc_update) return;
  await send(fetchAsAdmin, `${db}/${design._id}`, 'PUT', current ? { ...design, _rev: current._rev } : design, `install the rules of ${name}`);
}

async function send(fetchAsAdmin: Fetch, url: string, method: string, body: unknown, what: string): Promise<void> {
  const response = await fetchAsAdmin(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) await fail(response, what);
}

async function fail(response: Response, what: string): Promise<never> {
  const text = (await response.text()).slice(0, 200);
  throw new Error(`could not ${what}: the server answered ${response.status} ${text}`);
}
