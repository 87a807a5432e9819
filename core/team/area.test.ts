import { beforeEach, describe, expect, it } from 'vitest';
import { createRequestHandler, MESSAGE_CHANNEL, type SenderKind } from '../protocol';
import { memoryTeamPorts, type FakeTeamServer } from '../../test/helpers/team';
import type { Lang } from '../i18n';
import { teamArea } from './area';
import { createTeamService } from './service';

const ORIGIN = 'https://couch.example.com';

function setup(lang: Lang = 'en') {
  const { ports, server } = memoryTeamPorts();
  server.users.set('boss', { password: 'pw-boss', roles: ['owner'] });
  server.users.set('amy', { password: 'pw-amy', roles: ['agent'] });
  server.users.set('guest', { password: 'pw-guest', roles: ['reader'] });
  server.granted.add(ORIGIN);
  const handle = createRequestHandler(teamArea.requests!({ team: createTeamService(ports, lang) }), { lang });
  const ask = (body: Record<string, unknown>, sender: SenderKind = 'options') => handle({ channel: MESSAGE_CHANNEL, body }, sender);
  return { server, ask };
}

describe('team requests', () => {
  let server: FakeTeamServer;
  let ask: ReturnType<typeof setup>['ask'];
  beforeEach(() => ({ server, ask } = setup()));

  it('reports "not in a team" before anyone connects, and runs nothing', async () => {
    expect(await ask({ kind: 'team.status' })).toEqual({ ok: true, value: { connected: false } });
    expect(server.calls).toEqual([]);
  });

  it('joins as the owner: the origin and roles kept (no password anywhere), the alarm set, joined, first sync shown', async () => {
    server.nextRun = { lastSuccessAt: 5_000 };
    const reply = await ask({ kind: 'team.connect', serverUrl: `${ORIGIN}/`, user: ' boss ', password: 'pw-boss' });
    expect(reply).toEqual({ ok: true, value: { connected: true, serverUrl: ORIGIN, userName: 'boss', role: 'owner', lastSuccessAt: 5_000 } });
    expect(server.stored.link).toEqual({ enabled: true, serverUrl: ORIGIN, userName: 'boss', roles: ['owner'] });
    expect(JSON.stringify(server.stored)).not.toContain('pw-boss');
    expect(server.alarm).toBe(true);
    expect(server.calls).toEqual([`logIn ${ORIGIN} boss`, 'joined boss', 'run']);
  });

  it('joins as an agent, and says the last failure in words (stale once a later run succeeded)', async () => {
    server.nextRun = { lastFailure: { at: 6_000, kind: 'network' } };
    const joined = await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'amy', password: 'pw-amy' });
    expect(joined).toMatchObject({ ok: true, value: { role: 'agent', userName: 'amy', lastFailure: { kind: 'network', at: 6_000, stale: false, message: expect.stringMatching(/Could not reach the team server/) } } });
    server.nextRun = { lastSuccessAt: 7_000 };
    expect(await ask({ kind: 'team.syncNow' })).toMatchObject({ ok: true, value: { lastSuccessAt: 7_000, lastFailure: { stale: true } } });
  });

  it('refuses a wrong password, an unreachable server, a non-CouchDB and a user without a role, each in words, saving nothing', async () => {
    const tries: Array<[Partial<FakeTeamServer>, string, RegExp]> = [
      [{}, 'wrong', /user name or password is wrong/],
      [{ down: 'unreachable' }, 'pw-boss', /Could not reach this server/],
      [{ down: 'not-couchdb' }, 'pw-boss', /not a CouchDB server/],
    ];
    for (const [state, password, message] of tries) {
      Object.assign(server, state);
      expect(await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'boss', password })).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    }
    server.down = undefined;
    expect(await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'guest', password: 'pw-guest' })).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringMatching(/no role in this shop/) } });
    expect(server.calls.at(-1)).toBe(`logOut ${ORIGIN}`); // the session of a user without a role is ended at once
    expect(server.stored.link).toBeUndefined();
    expect(server.alarm).toBe(false);
  });

  it('checks the address before anything leaves, and asks for the permission first', async () => {
    expect(await ask({ kind: 'team.connect', serverUrl: 'http://couch.example.com', user: 'boss', password: 'pw-boss' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/http:\/\/ is only for this computer/) },
    });
    expect(await ask({ kind: 'team.connect', serverUrl: 'https://other.example.com', user: 'boss', password: 'pw-boss' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/did not grant access/) } });
    expect(server.calls).toEqual([]);
  });

  it('leaves: sync stopped, the connection kept disabled, logged out, the permission given back; leaving twice is harmless', async () => {
    await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'boss', password: 'pw-boss' });
    server.calls.length = 0;
    expect(await ask({ kind: 'team.leave' })).toEqual({ ok: true, value: { connected: false } });
    expect(server.alarm).toBe(false);
    expect(server.stored.link).toMatchObject({ enabled: false, userName: 'boss' });
    expect(server.calls).toEqual(['left', `logOut ${ORIGIN}`, `dropAccess ${ORIGIN}`]);
    expect(await ask({ kind: 'team.leave' })).toEqual({ ok: true, value: { connected: false } });
    expect(await ask({ kind: 'team.syncNow' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not in a team/) } });
  });

  it('refuses a second team while in one', async () => {
    await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'boss', password: 'pw-boss' });
    expect(await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'amy', password: 'pw-amy' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already in a team \(boss/) } });
  });

  it('lets any page read the status, but only the options page join, sync or leave; bad fields are refused', async () => {
    expect(await ask({ kind: 'team.status' }, 'console')).toMatchObject({ ok: true });
    for (const kind of ['team.connect', 'team.syncNow', 'team.leave']) {
      expect(await ask({ kind, serverUrl: ORIGIN, user: 'boss', password: 'pw-boss' }, 'console')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: '', password: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'boss', password: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(server.calls).toEqual([]);
  });

  it('answers in Chinese', async () => {
    const zh = setup('zh');
    expect(await zh.ask({ kind: 'team.connect', serverUrl: ORIGIN, user: 'boss', password: 'nope' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^用户名或密码不对/) } });
  });
});
