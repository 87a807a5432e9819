/**
 * Which CouchDB databases a team uses: `shop` (the shop library: agents read, owner and admins
 * write) and one `agent-<id>` per agent (the agent writes, the owner reads).
 */
export const SHOP_DATABASE = 'shop';

/** CouchDB roles (from `_users`) that may write the shop library. Server admins (`_admin`) may too. */
export const SHOP_WRITER_ROLES = ['owner', 'admin'] as const;
/** The role every agent's CouchDB user has. */
export const AGENT_ROLE = 'agent';

/** CouchDB database names: a lowercase letter first, then lowercase letters, digits and _$()+-/ */
const COUCH_DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/**
 * The database of one agent. The agent id is the CouchDB user name, lowercased (CouchDB refuses
 * capitals in database names); a name CouchDB cannot take is an error that says which.
 */
export function agentDatabaseName(agentId: string): string {
  const name = `agent-${agentId.trim().toLowerCase()}`;
  if (agentId.trim() === '' || !COUCH_DB_NAME.test(name) || name.length > 238) {
    throw new Error(`agent id ${JSON.stringify(agentId.slice(0, 40))}: a team database name may hold lowercase letters, digits and _$()+-/ only`);
  }
  return name;
}

/**
 * The agent's own data the owner's team views read (usage, picks, outcomes, measured routing days,
 * relation scan summaries). Stored with scope `local` like any per-machine record; in a team they
 * replicate to the agent's own database, never to `shop`. Relation rows (chunks), selector
 * overrides and UI preferences are not among them: they never leave the machine.
 */
export const AGENT_DATA_TYPES: ReadonlySet<string> = new Set(['phraseUsage', 'replyPicks', 'conversationOutcome', 'routingMyDay', 'relationSet']);
