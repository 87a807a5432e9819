import { describe, expect, it } from 'vitest';
import { ConnectFailure } from '../../core/team';
import { logInToCouch, logOutOfCouch } from './team-login';

const ORIGIN = 'http://127.0.0.1:5984';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch answering POST and GET /_session in turn, recording every call. */
function server(post: () => Response | Promise<Response>, get: () => Response = () => json(200, { ok: true, userCtx: { name: 'boss', roles: ['owner'] } })) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return (init?.method ?? 'GET') === 'POST' ? post() : get();
  };
  return { fetch, calls };
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  return error instanceof ConnectFailure ? error.kind : `not a ConnectFailure: ${String(error)}`;
}

describe('logInToCouch', () => {
  it('posts the name and password to /_session with the cookie kept, then reads who we are', async () => {
    const s = server(() => json(200, { ok: true, name: 'boss', roles: ['owner'] }));
    expect(await logInToCouch(s.fetch, ORIGIN, 'boss', 'pw')).toEqual({ name: 'boss', roles: ['owner'] });
    expect(s.calls.map((c) => `${c.init?.method ?? 'GET'} ${c.url} ${c.init?.credentials}`)).toEqual([`POST ${ORIGIN}/_session include`, `GET ${ORIGIN}/_session include`]);
    expect(JSON.parse(String(s.calls[0]!.init?.body))).toEqual({ name: 'boss', password: 'pw' });
  });

  it('takes the roles from the session (an agent), ignoring anything that is not a role name', async () => {
    const s = server(() => json(200, { ok: true }), () => json(200, { ok: true, userCtx: { name: 'amy', roles: ['agent', 7, null] } }));
    expect(await logInToCouch(s.fetch, ORIGIN, 'amy', 'pw')).toEqual({ name: 'amy', roles: ['agent'] });
  });

  it('401 is a wrong password', async () => {
    expect(await failureOf(logInToCouch(server(() => json(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' })).fetch, ORIGIN, 'boss', 'x'))).toBe('wrong-password');
  });

  it('no answer at all is an unreachable server', async () => {
    expect(await failureOf(logInToCouch(server(() => Promise.reject(new TypeError('Failed to fetch'))).fetch, ORIGIN, 'boss', 'x'))).toBe('unreachable');
  });

  it('an answer that is not CouchDB (an HTML page, other JSON, a 404) is "not a CouchDB"', async () => {
    for (const answer of [
      () => new Response('<html>hello</html>', { status: 200 }),
      () => json(200, { status: 'ok', version: '1.2' }),
      () => new Response('Not found', { status: 404 }),
      () => json(405, { message: 'Method not allowed' }),
    ]) {
      expect(await failureOf(logInToCouch(server(answer).fetch, ORIGIN, 'boss', 'x'))).toBe('not-couchdb');
    }
    // Logged in, but the session endpoint has no user context.
    expect(await failureOf(logInToCouch(server(() => json(200, { ok: true }), () => json(200, { ok: true })).fetch, ORIGIN, 'boss', 'x'))).toBe('not-couchdb');
  });

  it('a CouchDB error answer is a server error', async () => {
    expect(await failureOf(logInToCouch(server(() => json(500, { error: 'internal_server_error', reason: 'x' })).fetch, ORIGIN, 'boss', 'x'))).toBe('server');
  });

  it('a login the browser did not keep (anonymous right after) is said as such', async () => {
    const s = server(() => json(200, { ok: true, name: 'boss', roles: [] }), () => json(200, { ok: true, userCtx: { name: null, roles: [] } }));
    expect(await failureOf(logInToCouch(s.fetch, ORIGIN, 'boss', 'pw'))).toBe('session-not-kept');
  });
});

describe('logOutOfCouch', () => {
  it('deletes the session with the cookie, and never throws (leaving works offline)', async () => {
    const calls: string[] = [];
    await logOutOfCouch(async (url, init) => (calls.push(`${init?.method} ${url} ${init?.credentials}`), json(200, { ok: true })), ORIGIN);
    expect(calls).toEqual([`DELETE ${ORIGIN}/_session include`]);
    await expect(logOutOfCouch(() => Promise.reject(new TypeError('Failed to fetch')), ORIGIN)).resolves.toBeUndefined();
  });
});
