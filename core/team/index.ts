/**
 * Joining a team (issue 13 item 2), the pure part: the server address check, roles, the failures
 * of a login in words, and the service the background wires with its HTTP, storage and alarms.
 */
export { teamArea } from './area';
export { SERVER_URL_MAX, checkServerUrl, type ServerUrlCheck } from './server-url';
export { teamRoleOf, type TeamRole } from './roles';
export { ConnectFailure, describeConnectFailure, type ConnectFailureKind } from './connect-failure';
export { createTeamService, type TeamLink, type TeamPorts, type TeamService, type TeamStatus } from './service';
