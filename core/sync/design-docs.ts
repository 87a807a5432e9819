import { AGENT_ROLE, SHOP_WRITER_ROLES } from './databases';

/**
 * The design documents and `_security` objects the app installs on the team's CouchDB. CouchDB runs
 * `validate_doc_update` on every write (replicated ones too), so the rule holds on the server
 * whatever a client does; the source is a string because CouchDB runs it, not us.
 */
export const SHOP_DESIGN_ID = '_design/kefu-shop';

/** The shop library: only owner/admin roles (and server admins) write; agents read. */
export function shopDesignDoc(): { _id: string; language: 'javascript'; validate_doc_update: string } {
  const writers = JSON.stringify(['_admin', ...SHOP_WRITER_ROLES]);
  return {
    _id: SHOP_DESIGN_ID,
    language: 'javascript',
    validate_doc_update: `function (newDoc, oldDoc, userCtx) {
  var writers = ${writers};
  var roles = (userCtx && userCtx.roles) || [];
  for (var i = 0; i < roles.length; i++) if (writers.indexOf(roles[i]) !== -1) return;
  throw({ forbidden: 'Only the shop owner or an admin may change the shop library.' });
}`,
  };
}

export const AGENT_DESIGN_ID = '_design/kefu-agent';

/** An agent's database: only that agent (and server admins) write; the owner reads. */
export function agentDesignDoc(agentName: string): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return {
    _id: AGENT_DESIGN_ID,
    language: 'javascript',
    validate_doc_update: `function (newDoc, oldDoc, userCtx) {
  var roles = (userCtx && userCtx.roles) || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (userCtx && userCtx.name === ${JSON.stringify(agentName)}) return;
  throw({ forbidden: 'Only this agent may change their own data.' });
}`,
  };
}

/** Who may read a database at all (CouchDB `_security` members); writes are then up to the design doc. */
export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

/** The shop: every agent and the owner/admins are members. */
export function shopSecurity(): SecurityObject {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: [AGENT_ROLE, ...SHOP_WRITER_ROLES] } };
}

/** An agent's database: the agent and the owner/admins. */
export function agentSecurity(agentName: string): SecurityObject {
  return { admins: { names: [], roles: [] }, members: { names: [agentName], roles: [...SHOP_WRITER_ROLES] } };
}
