/** What this browser may do in the team: the owner edits the shop library, an agent uses it. */
export type TeamRole = 'owner' | 'agent';

/** CouchDB roles that make a user the shop's owner: the app's `owner`/`admin`, or a server admin. */
const OWNER_ROLES = new Set(['owner', 'admin', '_admin']);

/** The team role of a CouchDB user from the roles the server gave it; none when it has neither. */
export function teamRoleOf(roles: readonly string[]): TeamRole | undefined {
  if (roles.some((r) => OWNER_ROLES.has(r))) return 'owner';
  if (roles.includes('agent')) return 'agent';
  return undefined;
}
