/**
 * Service-worker death, in unit form: the background (store + request handler, as
 * entrypoints/background.ts wires them) is dropped after a write committed and before its reply
 * reached the page; the page's client sends the request again with the same key, to a new
 * background over the same storage. The write is applied once, and the retry gets the first reply.
 */
import { describe, expect, it } from 'vitest';
import { createProtocolClient } from '../../core/client';
import { createIdMaker } from '../../core/ids';
import { createLibraryService, libraryArea } from '../../core/library';
import { createRequestHandler, type Envelope } from '../../core/protocol';
import { createMemoryBackend, type StoredRecord } from '../../core/store';
import { createTestClock, createTestStore } from '../helpers/store';

/** A background that can die: each `boot()` is a new worker (new store, new services) over the same storage. */
function createWorkerOverStorage() {
  const backend = createMemoryBackend();
  const now = createTestClock();
  const broadcasts: StoredRecord[][] = [];
  const boot = () => {
    const store = createTestStore({ backend, now, actor: 'local', lang: 'en' });
    const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' });
    return createRequestHandler(libraryArea.requests!({ library }), { lang: 'en', onWritten: (r) => broadcasts.push(r), keyed: (key, start) => store.keyed(key, start) });
  };
  return { backend, boot, broadcasts };
}

const phrasesIn = (rows: unknown[]) => rows.filter((r) => (r as { type?: string }).type === 'phrase') as StoredRecord[];
const noWait = { wait: async () => undefined };

describe('a write retried after the worker died', () => {
  it('between commit and reply: applied once, the retry answers with the first reply', async () => {
    const worker = createWorkerOverStorage();
    let handle = worker.boot();
    let firstReply: unknown;
    let sends = 0;
    const client = createProtocolClient(
      async (message: Envelope<unknown>) => {
        const reply = await handle(message, 'console');
        if (++sends === 1) {
          firstReply = reply;
          handle = worker.boot(); // the worker is stopped; the next send wakes a new one
          throw new Error('The message port closed before a response was received.');
        }
        return reply;
      },
      'en',
      noWait,
    );
    const reply = await client.request({ kind: 'savePhrase', phrase: { title: 'Ship today', text: 'We ship today.', groupId: null } });
    expect(sends).toBe(2);
    expect(reply).toEqual(firstReply);
    const stored = phrasesIn(worker.backend.peek());
    expect(stored).toHaveLength(1);
    expect(reply).toEqual({ ok: true, value: { id: stored[0]!.id } });
    // The new worker tells the pages again (the first may have died before its broadcast).
    expect(worker.broadcasts.at(-1)?.map((r) => r.id)).toEqual([stored[0]!.id]);
  });

  it('before the commit: the retry applies the write (once)', async () => {
    const worker = createWorkerOverStorage();
    let handle = worker.boot();
    let sends = 0;
    const client = createProtocolClient(
      async (message: Envelope<unknown>) => {
        if (++sends === 1) {
          handle = worker.boot();
          throw new Error('The message port closed before a response was received.');
        }
        return handle(message, 'options');
      },
      'en',
      noWait,
    );
    const reply = await client.request({ kind: 'savePhrase', phrase: { title: 'A', text: 'a', groupId: null } });
    expect(reply.ok).toBe(true);
    expect(phrasesIn(worker.backend.peek())).toHaveLength(1);
  });

  it('an edit retried after a later edit by another tab answers its own reply and does not undo the later edit', async () => {
    const worker = createWorkerOverStorage();
    const handle = worker.boot();
    const send = (message: Envelope<unknown>) => handle(message, 'console');
    const client = createProtocolClient(send, 'en', noWait);
    const created = await client.request({ kind: 'savePhrase', phrase: { title: 'A', text: 'v1', groupId: null } });
    const id = created.ok ? created.value.id : '';
    // Tab 1's edit, whose reply is lost; tab 2 edits after it; tab 1 retries with the same key.
    const edit = { channel: 'kefu-sidebar/v1' as const, key: 'tab1-edit-000001', body: { kind: 'savePhrase', phrase: { id, title: 'A', text: 'v2 (tab 1)', groupId: null } } };
    const first = await send(edit);
    await client.request({ kind: 'savePhrase', phrase: { id, title: 'A', text: 'v3 (tab 2)', groupId: null } });
    expect(await send(edit)).toEqual(first);
    expect(phrasesIn(worker.backend.peek()).map((p) => p.text)).toEqual(['v3 (tab 2)']);
  });

  it('refuses a malformed key and changes nothing', async () => {
    const worker = createWorkerOverStorage();
    const reply = await worker.boot()({ channel: 'kefu-sidebar/v1', key: 'no spaces!', body: { kind: 'savePhrase', phrase: { title: 'A', text: 'a', groupId: null } } }, 'console');
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request', details: ['the request key is malformed'] } });
    expect(phrasesIn(worker.backend.peek())).toHaveLength(0);
  });
});
