import { describe, expect, it } from 'vitest';
import { RETRY_DELAYS_MS, createProtocolClient, envelope, isBroadcast } from './client';
import { MESSAGE_CHANNEL, REQUEST_KEY_PATTERN } from './messages';

describe('isBroadcast', () => {
  it('recognizes our broadcasts only', () => {
    expect(isBroadcast(envelope({ kind: 'recordsChanged', records: [] }))).toBe(true);
    expect(isBroadcast({ channel: MESSAGE_CHANNEL, body: { kind: 'openSidebar' } })).toBe(true);
    expect(isBroadcast({ channel: MESSAGE_CHANNEL, body: { kind: 'libraryReplaced' } })).toBe(true);
    expect(isBroadcast({ channel: MESSAGE_CHANNEL, body: { kind: 'getLibraryView' } })).toBe(false);
    expect(isBroadcast({ channel: 'x', body: { kind: 'openSidebar' } })).toBe(false);
    expect(isBroadcast(null)).toBe(false);
  });
});

describe('retries', () => {
  const reply = { ok: true, value: 1 };
  const noWait = async () => undefined;

  it('sends a request again with the same key when the port closed, and returns the answer', async () => {
    const keys: unknown[] = [];
    let calls = 0;
    const client = createProtocolClient(
      async (message) => {
        keys.push(message.key);
        if (++calls < 3) throw new Error('The message port closed before a response was received.');
        return reply;
      },
      'en',
      { wait: noWait },
    );
    expect(await client.request({ kind: 'savePhrase' })).toEqual(reply);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(REQUEST_KEY_PATTERN);
  });

  it('gives every request its own key', async () => {
    const keys = new Set<unknown>();
    const client = createProtocolClient(async (message) => (keys.add(message.key), reply));
    await client.request({ kind: 'a' });
    await client.request({ kind: 'a' });
    expect(keys.size).toBe(2);
  });

  it('does not retry a refusal, and gives up with a clear sentence after the last pause', async () => {
    let calls = 0;
    const refused = { ok: false, error: { code: 'conflict', message: 'changed elsewhere' } };
    const refusing = createProtocolClient(async () => (calls++, refused), 'en', { wait: noWait });
    expect(await refusing.request({ kind: 'savePhrase' })).toEqual(refused);
    expect(calls).toBe(1);

    const waits: number[] = [];
    const gone = createProtocolClient(() => Promise.reject(new Error('Receiving end does not exist.')), 'en', {
      retryDelays: [10, 20],
      wait: async (ms) => void waits.push(ms),
    });
    expect(await gone.request({ kind: 'savePhrase' })).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/did not answer/) } });
    expect(waits).toEqual([10, 20]);
    expect(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeLessThan(5000);
  });
});
