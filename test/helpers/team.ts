import { ConnectFailure, type TeamLink, type TeamPorts } from '../../core/team';
import type { SyncStatus } from '../../core/sync';

export interface FakeTeamServer {
  /** Users the fake server knows: name → password and roles. */
  users: Map<string, { password: string; roles: string[] }>;
  /** When set, every login fails this way (no server, not a CouchDB…). */
  down?: ConnectFailure['kind'];
  /** Origins the browser granted. */
  granted: Set<string>;
  /** Every call that reached the outside or the membership, in order (`logIn origin user`…). */
  calls: string[];
  /** What the next sync run records. */
  nextRun: SyncStatus;
  stored: { link?: TeamLink; status: SyncStatus };
  alarm: boolean;
}

/** The team service's ports over memory: a server with users, a browser's host grants, an alarm. */
export function memoryTeamPorts(): { ports: TeamPorts; server: FakeTeamServer } {
  const server: FakeTeamServer = { users: new Map(), granted: new Set(), calls: [], nextRun: {}, stored: { status: {} }, alarm: false };
  const run = async () => {
    server.calls.push('run');
    server.stored.status = { ...server.stored.status, ...server.nextRun };
  };
  const ports: TeamPorts = {
    connection: async () => server.stored.link && structuredClone(server.stored.link),
    saveConnection: async (link) => void (server.stored.link = structuredClone(link)),
    status: async () => structuredClone(server.stored.status),
    saveStatus: async (status) => void (server.stored.status = structuredClone(status)),
    hasAccess: async (origin) => server.granted.has(origin),
    dropAccess: async (origin) => void (server.calls.push(`dropAccess ${origin}`), server.granted.delete(origin)),
    async logIn(origin, user, password) {
      server.calls.push(`logIn ${origin} ${user}`);
      if (server.down) throw new ConnectFailure(server.down);
      const known = server.users.get(user);
      if (!known || known.password !== password) throw new ConnectFailure('wrong-password');
      return { name: user, roles: known.roles };
    },
    logOut: async (origin) => void server.calls.push(`logOut ${origin}`),
    startAlarm: async () => void (server.alarm = true),
    stopAlarm: async () => void (server.alarm = false),
    runSync: run,
    joined: async (link) => (server.calls.push(`joined ${link.userName}`), run()),
    left: async () => void server.calls.push('left'),
  };
  return { ports, server };
}
