import { describe, expect, it, vi } from 'vitest';
import { createDataPack } from '../data-pack';
import { createIdMaker } from '../ids';
import { createLibraryService, type LibraryService } from '../library';
import { createPhraseImport } from '../phrase-import';
import { createSnapshotService } from '../snapshots';
import { createRecordStore, type RecordStore, type StoredRecord } from '../store';
import { createUsageService } from '../usage';
import { createFlakyBackend, createTestClock } from '../../test/helpers/store';
import { CONSOLE_HOST_PATTERNS } from '../consoles';
import { createProtocolClient } from './client';
import { createRequestHandler, createSenderCheck } from './handler';
import { MESSAGE_CHANNEL } from './messages';

/** Every service the handler dispatches to, over one store (the real ones, as the background wires them). */
function services(store: RecordStore, now: () => number) {
  const newId = createIdMaker({ now });
  return {
    library: createLibraryService({ store, newId, lang: 'en' }),
    dataPack: createDataPack({ store, now, newId, lang: 'en' }),
    usage: createUsageService({ store, now, lang: 'en' }),
    snapshots: createSnapshotService({ store, newId, lang: 'en' }),
    phraseImport: createPhraseImport({ store, newId, lang: 'en' }),
  };
}

function setup(overrides: Partial<LibraryService> = {}) {
  const backend = createFlakyBackend();
  const now = createTestClock();
  const store = createRecordStore({ backend, now, actor: 'dev', lang: 'en' });
  const library = { ...createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' }), ...overrides };
  const written: StoredRecord[][] = [];
  const onUnexpectedError = vi.fn();
  const handle = createRequestHandler({ ...services(store, now), library, lang: 'en', onWritten: (r) => written.push(r), onUnexpectedError });
  return { handle, written, backend, store, onUnexpectedError, client: createProtocolClient(handle) };
}

const wrap = (body: unknown) => ({ channel: MESSAGE_CHANNEL, body });

describe('request handler', () => {
  it('answers a valid request and reports what it wrote', async () => {
    const { handle, written } = setup();
    const reply = await handle(wrap({ kind: 'saveGroup', group: { name: '售后' } }));
    expect(reply).toEqual({ ok: true, value: { id: expect.stringMatching(/^grp_/) } });
    expect(written).toEqual([[expect.objectContaining({ type: 'phraseGroup', name: '售后' })]]);

    const snap = await handle(wrap({ kind: 'getSnapshot' }));
    expect(snap.ok && 'groups' in snap.value && snap.value.groups).toHaveLength(1);
    expect(written).toHaveLength(1); // reads broadcast nothing
  });

  it('refuses anything outside our envelope', async () => {
    const { handle, written } = setup();
    for (const raw of [undefined, 'hi', { kind: 'getSnapshot' }, { channel: 'other', body: { kind: 'getSnapshot' } }]) {
      expect(await handle(raw)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(written).toEqual([]);
  });

  it('names the field of an invalid request and changes nothing', async () => {
    const { handle, backend } = setup();
    const reply = await handle(wrap({ kind: 'savePhrase', phrase: { title: 'x', text: '', groupId: null } }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request', details: ['field phrase.text: must not be empty'] } });
    expect(await handle(wrap({ kind: 'dropDatabase' }))).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(backend.commits).toBe(0);
  });

  it('passes service errors through and hides unexpected ones', async () => {
    const { handle, backend, store } = setup();
    expect(await handle(wrap({ kind: 'deletePhrase', id: 'phr_missing' }))).toMatchObject({ ok: false, error: { code: 'not-found' } });

    await store.open();
    backend.failCommits(true);
    expect(await handle(wrap({ kind: 'saveGroup', group: { name: 'G' } }))).toMatchObject({ ok: false, error: { code: 'storage-failed' } });

    const boom = setup({ snapshot: () => Promise.reject(new TypeError('secret internals at foo.ts:12')) });
    const reply = await boom.handle(wrap({ kind: 'getSnapshot' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toMatch(/secret|foo\.ts/);
    expect(boom.onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('a failing broadcast does not turn a saved change into an error', async () => {
    const s = setup();
    const handle = createRequestHandler({
      ...services(s.store, Date.now),
      lang: 'en',
      onWritten: () => {
        throw new Error('no receiver');
      },
    });
    expect(await handle(wrap({ kind: 'saveGroup', group: { name: 'G' } }))).toMatchObject({ ok: true });
  });
});

describe('request handler: library requests of issue 4', () => {
  it('dispatches usage, bulk, snapshot and import requests, reporting what each wrote', async () => {
    const { handle, written } = setup();
    const ask = async (body: unknown) => {
      const reply = await handle(wrap(body));
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      return reply.value as unknown as Record<string, unknown>;
    };
    const group = await ask({ kind: 'saveGroup', group: { name: 'G' } });
    const child = await ask({ kind: 'saveGroup', group: { name: 'C', parentId: group.id } });
    const p = await ask({ kind: 'savePhrase', phrase: { title: 't', text: 'x', groupId: null, stage: 'presale', tags: ['a'] } });
    expect(await ask({ kind: 'recordUsage', phraseId: p.id })).toEqual({ count: 1 });
    expect(await ask({ kind: 'movePhrases', ids: [p.id], groupId: child.id })).toEqual({ moved: 1 });
    expect(await ask({ kind: 'reorderPhrases', groupId: child.id, orderedIds: [p.id] })).toEqual({ count: 0 });
    expect(await ask({ kind: 'reorderGroups', parentId: null, orderedIds: [group.id] })).toEqual({ count: 0 });
    const preview = await ask({ kind: 'previewImport', fileName: 'a.csv', rows: [{ rowNumber: 2, text: 'y', code: 'yy' }, { rowNumber: 3, text: '' }] });
    expect(preview.counts).toEqual({ new: 1, changed: 0, duplicate: 0, invalid: 1 });
    const applied = await ask({ kind: 'applyImport', fileName: 'a.csv', rows: [{ rowNumber: 2, text: 'y', code: 'yy' }] });
    expect(applied).toMatchObject({ written: 1, groupsCreated: 0 });
    const deleted = await ask({ kind: 'deletePhrases', ids: [p.id] });
    expect(deleted).toMatchObject({ deleted: 1 });
    const listed = await ask({ kind: 'listSnapshots' });
    expect((listed.snapshots as { reason: string }[]).map((x) => x.reason)).toEqual(['bulk-delete', 'import']);
    expect(await ask({ kind: 'restoreSnapshot', id: deleted.snapshotId })).toMatchObject({ phrases: 2, groups: 2 });
    expect(await ask({ kind: 'createSnapshot', label: 'mine' })).toEqual({ id: expect.stringMatching(/^local:snapshot:/) });
    const snapshot = await ask({ kind: 'getSnapshot' });
    expect(snapshot.usage).toEqual({ [p.id as string]: { count: 1, lastUsedAt: expect.any(Number) } });
    const library = await ask({ kind: 'exportLibrary' });
    expect(JSON.parse(library.json as string)).toMatchObject({ format: 'kefu-sidebar-library', phrases: [expect.anything(), expect.anything()] });
    // Every write was reported for the broadcast; reads were not.
    expect(written.map((w) => w.length > 0)).toEqual(Array.from({ length: written.length }, () => true));
    expect(written.flat().some((r) => r.type === 'phraseUsage')).toBe(true);
  });

  it('names the field of a malformed import request and of a bad bulk request', async () => {
    const { handle, backend } = setup();
    await handle(wrap({ kind: 'getSnapshot' }));
    const commits = backend.commits;
    expect(await handle(wrap({ kind: 'applyImport', fileName: 'a.csv', rows: [{ rowNumber: 0, text: 'x' }] }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', details: ['field rows[0].rowNumber: too small (must be more than 0)'] },
    });
    expect(await handle(wrap({ kind: 'deletePhrases', ids: [] }))).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await handle(wrap({ kind: 'movePhrases', ids: ['phr_missing'], groupId: null }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(backend.commits).toBe(commits);
  });
});

describe('protocol client', () => {
  it('sends an envelope and returns the typed reply', async () => {
    const { client } = setup();
    const reply = await client.request({ kind: 'restoreStarterPhrases' });
    expect(reply.ok && reply.value.restored).toBeGreaterThan(0);
  });

  it('turns a send that throws or answers nothing into a seller-readable internal error', async () => {
    const throwing = createProtocolClient(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    const reply = await throwing.request({ kind: 'getSnapshot' });
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('扩展后台没有响应') } });
    const silent = createProtocolClient(() => Promise.resolve(undefined), 'en');
    expect(await silent.request({ kind: 'getSnapshot' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/did not answer/) } });
  });
});

describe('sender check', () => {
  const trusted = createSenderCheck({ extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', consolePatterns: CONSOLE_HOST_PATTERNS });

  it('accepts our pages and our content script on a console', () => {
    expect(trusted({ id: 'ext', url: 'chrome-extension://ext/options.html' })).toBe(true);
    expect(trusted({ id: 'ext', url: 'https://mms.pinduoduo.com/chat-merchant/index.html' })).toBe(true);
    expect(trusted({ id: 'ext', tabUrl: 'https://dongdong.jd.com/chat' })).toBe(true);
  });

  it('refuses other extensions, other pages and senders without a url', () => {
    expect(trusted({ id: 'evil', url: 'chrome-extension://ext/options.html' })).toBe(false);
    expect(trusted({ id: 'ext', url: 'https://evil.example/mms.pinduoduo.com/chat-merchant/' })).toBe(false);
    expect(trusted({ id: 'ext', url: 'chrome-extension://other/page.html' })).toBe(false);
    expect(trusted({ id: 'ext' })).toBe(false);
  });
});
