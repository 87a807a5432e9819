import { UserFacingError } from '../errors';
import { say, type Lang } from '../i18n';
import { agentDatabaseName, describeSyncFailure, type SyncFailureKind, type SyncStatus } from '../sync';
import { ConnectFailure, describeConnectFailure } from './connect-failure';
import { teamRoleOf, type TeamRole } from './roles';
import { checkServerUrl } from './server-url';

/** How this browser is connected to a team (the same shape as the background's `TeamConnection`). */
export interface TeamLink {
  enabled: boolean;
  serverUrl: string;
  userName: string;
  roles: string[];
}

/** What the options page shows about the team: who I am, my role, the server, the last sync. */
export interface TeamStatus {
  connected: boolean;
  serverUrl?: string;
  userName?: string;
  role?: TeamRole;
  lastSuccessAt?: number;
  /** The last failed run, in the seller's words; `stale` when a successful run came after it. */
  lastFailure?: { at: number; kind: SyncFailureKind; message: string; stale: boolean };
}

/** The background's parts the team service drives (HTTP, storage, alarms, the membership). */
export interface TeamPorts {
  /** The stored connection and sync status (the keeper). */
  connection(): Promise<TeamLink | undefined>;
  saveConnection(link: TeamLink): Promise<void>;
  status(): Promise<SyncStatus>;
  saveStatus(status: SyncStatus): Promise<void>;
  /** Whether the browser lets the extension talk to this origin (the host permission). */
  hasAccess(origin: string): Promise<boolean>;
  /** Gives up the host permission for this origin (after leaving). */
  dropAccess(origin: string): Promise<void>;
  /** Logs in (the browser keeps the session cookie) and says who the server says we are; throws `ConnectFailure`. */
  logIn(origin: string, user: string, password: string): Promise<{ name: string; roles: string[] }>;
  /** Ends the session on the server; never throws (leaving works offline too). */
  logOut(origin: string): Promise<void>;
  /** The periodic sync alarm. */
  startAlarm(): Promise<void>;
  stopAlarm(): Promise<void>;
  /** One sync run now (records its outcome in the status). */
  runSync(): Promise<void>;
  /** The membership: move the synced records in and run the first sync; keep a local copy and stop. */
  joined(link: TeamLink): Promise<void>;
  left(): Promise<void>;
}

export interface TeamService {
  status(): Promise<TeamStatus>;
  connect(input: { serverUrl: string; user: string; password: string }): Promise<TeamStatus>;
  syncNow(): Promise<TeamStatus>;
  leave(): Promise<TeamStatus>;
}

/**
 * Joining and leaving a team from the options page. The password goes to the server once, to log
 * in, and is kept nowhere: the login lives on as CouchDB's session cookie in the browser. What is
 * stored is only the server, the user name and the roles the server reported.
 */
export function createTeamService(ports: TeamPorts, lang: Lang): TeamService {
  async function status(): Promise<TeamStatus> {
    const link = await ports.connection();
    if (!link?.enabled) return { connected: false };
    const { lastSuccessAt, lastFailure } = await ports.status();
    return {
      connected: true,
      serverUrl: link.serverUrl,
      userName: link.userName,
      role: teamRoleOf(link.roles),
      ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
      ...(lastFailure
        ? { lastFailure: { ...lastFailure, message: describeSyncFailure(lastFailure.kind, lang), stale: lastSuccessAt !== undefined && lastSuccessAt > lastFailure.at } }
        : {}),
    };
  }

  const refuse = (kind: ConnectFailure['kind']) => new UserFacingError(kind === 'wrong-password' || kind === 'no-role' || kind === 'no-permission' ? 'unauthorized' : 'invalid-request', describeConnectFailure(kind, lang));

  async function connect({ serverUrl, user, password }: { serverUrl: string; user: string; password: string }): Promise<TeamStatus> {
    const checked = checkServerUrl(serverUrl, lang);
    if (!checked.ok) throw new UserFacingError('invalid-request', checked.message);
    const current = await ports.connection();
    if (current?.enabled) {
      throw new UserFacingError(
        'conflict',
        say(lang, `这台电脑已经连接了团队（${current.userName}，${current.serverUrl}）。请先退出团队再连接。`, `This computer is already in a team (${current.userName}, ${current.serverUrl}). Leave that team first.`),
      );
    }
    const { origin } = checked;
    if (!(await ports.hasAccess(origin))) throw refuse('no-permission');
    let who: { name: string; roles: string[] };
    try {
      who = await ports.logIn(origin, user.trim(), password);
    } catch (error) {
      if (error instanceof ConnectFailure) throw refuse(error.kind);
      throw error;
    }
    const role = teamRoleOf(who.roles);
    const unusable = role === undefined ? 'no-role' : role === 'agent' && !validAgentName(who.name) ? 'bad-user-name' : undefined;
    if (unusable) {
      await ports.logOut(origin);
      throw refuse(unusable);
    }
    const link: TeamLink = { enabled: true, serverUrl: origin, userName: who.name, roles: who.roles };
    // A new team starts with a blank status: another team's last sync says nothing about this one.
    await ports.saveStatus({});
    await ports.saveConnection(link);
    await ports.startAlarm();
    await ports.joined(link);
    return status();
  }

  async function syncNow(): Promise<TeamStatus> {
    const link = await ports.connection();
    if (!link?.enabled) throw new UserFacingError('invalid-request', say(lang, '这台电脑还没有加入团队，没有可同步的。', 'This computer is not in a team; there is nothing to sync.'));
    await ports.runSync();
    return status();
  }

  async function leave(): Promise<TeamStatus> {
    const link = await ports.connection();
    if (!link?.enabled) return status();
    await ports.stopAlarm();
    await ports.saveConnection({ ...link, enabled: false });
    await ports.left();
    await ports.logOut(link.serverUrl);
    await ports.dropAccess(link.serverUrl);
    return status();
  }

  return { status, connect, syncNow, leave };
}

function validAgentName(name: string): boolean {
  try {
    agentDatabaseName(name);
    return true;
  } catch {
    return false;
  }
}
