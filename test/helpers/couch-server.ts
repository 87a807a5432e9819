/**
 * A CouchDB stand-in for integration tests: `pouchdb-server` in memory on 127.0.0.1 (Debian has no
 * `couchdb` package), one child process per test file, on a free port, stopped by its pid. Speaks
 * CouchDB's HTTP API: `_users`, `_session`, `_security`, `validate_doc_update`, replication.
 * One bug of its validation plugin is corrected as it loads (see pouchdb-server-fix.cjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta.url, not __dirname: the benches and the demo load this file as an ES module (tsx).
const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = resolve(HERE, '..', '..', 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
const FIX = resolve(HERE, 'pouchdb-server-fix.cjs');

export interface CouchServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  pid: number;
  /** The server admin's name and password (made at start). */
  admin: { name: string; password: string };
  /** A request as the server admin; throws with the server's answer when it is not 2xx. */
  adminRequest(method: string, path: string, body?: unknown): Promise<any>;
  /** A CouchDB user in `_users`, with roles (`owner`, `agent`…). */
  createUser(name: string, password: string, roles: string[]): Promise<void>;
  /** A fetch that logs in as this user (Basic auth), for PouchDB's http adapter. */
  fetchAs(name: string, password: string): typeof fetch;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pouchdb-server did not answer on ${url} within 20 s: ${output()}`);
}

const basic = (name: string, password: string) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** Starts pouchdb-server in memory; call `stop()` in `afterAll`. */
export async function startCouchServer(): Promise<CouchServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kefu-couch-'));
  // --in-memory: no leveldown, nothing on disk but the config and log files in a temp folder.
  const child = spawn(process.execPath, ['--require', FIX, BIN, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '--config', join(dir, 'config.json'), '--dir', dir, '--no-stdout-logs'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-2000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => output);
    const admin = { name: 'server-admin', password: 'admin-pw' };
    // Ends the "admin party": from here on, anonymous requests are anonymous.
    const made = await fetch(`${url}/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) });
    if (!made.ok) throw new Error(`could not create the server admin: ${made.status} ${await made.text()}`);
    const adminRequest = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: basic(admin.name, admin.password), 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    return {
      url,
      pid: child.pid!,
      admin,
      adminRequest,
      async createUser(name, password, roles) {
        await adminRequest('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user' });
      },
      fetchAs(name, password) {
        return (input, init) => {
          const headers = new Headers(init?.headers);
          headers.set('authorization', basic(name, password));
          return fetch(input, { ...init, headers });
        };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
