import { ConnectFailure } from '../../core/team';

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Who the server says we are (`GET /_session`'s `userCtx`). */
export interface SessionUser {
  name: string;
  roles: string[];
}

// The session cookie is the only login we keep: every request carries it, and the server sets it.
const withCookie = (init: RequestInit = {}): RequestInit => ({ ...init, credentials: 'include', headers: { accept: 'application/json', ...(init.headers as Record<string, string> | undefined) } });

/**
 * Logs in to CouchDB with `POST /_session` (the browser keeps the `AuthSession` cookie it sets; the
 * password is sent once and kept nowhere), then asks `GET /_session` who we are. Each way it can go
 * wrong becomes a `ConnectFailure` the options page says in words: 401 = wrong password, no answer =
 * not reachable, an answer that is not CouchDB's = not a CouchDB, a login the browser did not keep.
 */
export async function logInToCouch(fetchFn: Fetch, origin: string, name: string, password: string): Promise<SessionUser> {
  const login = await send(fetchFn, `${origin}/_session`, withCookie({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) }));
  if (login.status === 401) throw new ConnectFailure('wrong-password');
  const loginBody = await jsonOf(login);
  if (!login.ok) throw new ConnectFailure(login.status >= 500 && looksLikeCouch(loginBody) ? 'server' : 'not-couchdb', `POST /_session answered ${login.status}`);
  if (!isRecord(loginBody) || loginBody.ok !== true) throw new ConnectFailure('not-couchdb', 'POST /_session did not answer {ok: true}');

  const session = await send(fetchFn, `${origin}/_session`, withCookie());
  const sessionBody = await jsonOf(session);
  if (!session.ok) throw new ConnectFailure(session.status >= 500 ? 'server' : 'not-couchdb', `GET /_session answered ${session.status}`);
  const user = isRecord(sessionBody) && isRecord(sessionBody.userCtx) ? sessionBody.userCtx : undefined;
  if (!user) throw new ConnectFailure('not-couchdb', 'GET /_session has no userCtx');
  // Logged in a moment ago, yet anonymous now: the browser did not keep (or send) the cookie.
  if (typeof user.name !== 'string' || user.name === '') throw new ConnectFailure('session-not-kept');
  const roles = Array.isArray(user.roles) ? user.roles.filter((r): r is string => typeof r === 'string') : [];
  return { name: user.name, roles };
}

/** Ends the session (`DELETE /_session`, which also clears the cookie). Leaving works offline: failures are ignored. */
export async function logOutOfCouch(fetchFn: Fetch, origin: string): Promise<void> {
  await fetchFn(`${origin}/_session`, withCookie({ method: 'DELETE' })).catch(() => undefined);
}

async function send(fetchFn: Fetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetchFn(url, init);
  } catch (error) {
    // fetch rejects (a TypeError) only when no answer came at all: offline, wrong port, refused, TLS.
    throw new ConnectFailure('unreachable', error instanceof Error ? error.message : String(error));
  }
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

function looksLikeCouch(body: unknown): boolean {
  return isRecord(body) && typeof body.error === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
