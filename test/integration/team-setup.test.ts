import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..', '..');

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
});
afterAll(async () => {
  await server?.stop();
});

/** `scripts/team-setup.ts` as the README runs it; resolves with its exit code and output. */
async function teamSetup(args: string[], password: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/team-setup.ts', ...args], { cwd: ROOT, env: { ...process.env, COUCHDB_ADMIN_PASSWORD: password } });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('scripts/team-setup.ts (README: setting a team up)', () => {
  it('makes the shop and each agent database with their readers and rules; running it again changes nothing', async () => {
    const args = ['--server', server.url, '--admin', server.admin.name, '--agents', 'mei,lan'];
    const first = await teamSetup(args, server.admin.password);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('shop, agent-mei, agent-lan');
    expect(await server.adminRequest('GET', '/agent-lan/_security')).toMatchObject({ members: { names: ['lan'], roles: ['owner', 'admin'] } });
    expect(await server.adminRequest('GET', '/shop/_security')).toMatchObject({ members: { roles: ['agent', 'owner', 'admin'] } });
    const rule = await server.adminRequest('GET', '/shop/_design/kefu-shop');

    expect(await teamSetup(args, server.admin.password)).toMatchObject({ code: 0 });
    expect((await server.adminRequest('GET', '/shop/_design/kefu-shop'))._rev).toBe(rule._rev);
  });

  it('says so when the password is wrong or an argument is missing, and writes nothing', async () => {
    const wrong = await teamSetup(['--server', server.url, '--admin', server.admin.name, '--agents', 'zoe'], 'not-the-password');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain(`the server refused the password of ${server.admin.name}`);
    const missing = await teamSetup(['--server', server.url, '--agents', 'zoe'], server.admin.password);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('--admin must name a CouchDB server admin');
    await expect(server.adminRequest('GET', '/agent-zoe')).rejects.toThrow(/404/);
  });
});
