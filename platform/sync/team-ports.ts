import type { TeamLink, TeamPorts } from '../../core/team';
import { logInToCouch, logOutOfCouch } from './team-login';
import type { TeamConnection, TeamSyncKeeper } from './team-sync';
import type { TeamConnectionWriter } from './team-sync-keeper';
import { TEAM_SYNC_ALARM, TEAM_SYNC_PERIOD_MINUTES, type TeamAlarmsLike } from './team-sync-alarms';

/** What joining and leaving need of a team membership (S's `team-membership.ts` gives the real one). */
export interface TeamMembershipLike {
  joined(connection: TeamConnection): Promise<void>;
  left(): Promise<void>;
}

/** The parts of `browser.permissions` used: the one server origin the seller granted. */
export interface HostPermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface TeamPortsDeps {
  keeper: TeamSyncKeeper & TeamConnectionWriter;
  membership: TeamMembershipLike;
  alarms: Pick<TeamAlarmsLike, 'create' | 'clear'>;
  permissions: HostPermissionsLike;
  /** One sync run (the team sync's `run`), its outcome kept as the status. */
  run(): Promise<unknown>;
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
}

/** The team service's parts in the extension: the keeper, CouchDB's session API, the alarm, the host permission. */
export function createTeamPorts({ keeper, membership, alarms, permissions, run, fetch }: TeamPortsDeps): TeamPorts {
  const pattern = (origin: string) => ({ origins: [`${origin}/*`] });
  return {
    connection: () => keeper.connection(),
    saveConnection: (link: TeamLink) => keeper.saveConnection(link),
    status: () => keeper.status(),
    saveStatus: (status) => keeper.saveStatus(status),
    hasAccess: (origin) => permissions.contains(pattern(origin)).catch(() => false),
    dropAccess: async (origin) => void (await permissions.remove(pattern(origin)).catch(() => false)),
    logIn: (origin, user, password) => logInToCouch(fetch, origin, user, password),
    logOut: (origin) => logOutOfCouch(fetch, origin),
    startAlarm: async () => void (await alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: TEAM_SYNC_PERIOD_MINUTES })),
    stopAlarm: async () => void (await alarms.clear(TEAM_SYNC_ALARM)),
    runSync: async () => void (await run()),
    joined: (link) => membership.joined(link),
    left: () => membership.left(),
  };
}
