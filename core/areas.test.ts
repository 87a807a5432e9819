import { describe, expect, it, vi } from 'vitest';
import { createRequests } from './areas';
import { createProtocolClient } from './client';
import { createIdMaker } from './ids';
import { createLibraryService, type LibraryService } from './library';
import { MESSAGE_CHANNEL, OPTIONS_ONLY, createRequestHandler, type SenderKind } from './protocol';
import { type StoredRecord } from './store';
import { createFlakyBackend, createTestClock, createTestStore } from '../test/helpers/store';
import { realServices } from '../test/helpers/services';

function setup(overrides: Partial<LibraryService> = {}, sender: SenderKind = 'options') {
  const backend = createFlakyBackend();
  const now = createTestClock();
  const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
  const library = { ...createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' }), ...overrides };
  const written: StoredRecord[][] = [];
  const onUnexpectedError = vi.fn();
  const requests = createRequests({ ...realServices(store, now), library });
  const serve = createRequestHandler(requests, { lang: 'en', onWritten: (r) => written.push(r), onUnexpectedError });
  const handle = (raw: unknown) => serve(raw, sender);
  return { handle, serve, requests, written, backend, store, onUnexpectedError, client: createProtocolClient(handle, 'en') };
}

const wrap = (body: unknown) => ({ channel: MESSAGE_CHANNEL, body });

describe('request handler', () => {
  it('answers a valid request and reports what it wrote', async () => {
    const { handle, written } = setup();
    const reply = await handle(wrap({ kind: 'saveGroup', group: { name: '售后' } }));
    expect(reply).toEqual({ ok: true, value: { id: expect.stringMatching(/^grp_/) } });
    expect(written).toEqual([[expect.objectContaining({ type: 'phraseGroup', name: '售后' })]]);

    const snap = await handle(wrap({ kind: 'getLibraryView' }));
    expect(snap.ok && (snap.value as { groups: unknown[] }).groups).toHaveLength(1);
    expect(written).toHaveLength(1); // reads broadcast nothing
  });

  it('refuses anything outside our envelope', async () => {
    const { handle, written } = setup();
    for (const raw of [undefined, 'hi', { kind: 'getLibraryView' }, { channel: 'other', body: { kind: 'getLibraryView' } }]) {
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

    const boom = setup({ view: () => Promise.reject(new TypeError('secret internals at foo.ts:12')) });
    const reply = await boom.handle(wrap({ kind: 'getLibraryView' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toMatch(/secret|foo\.ts/);
    expect(boom.onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('a failing broadcast does not turn a saved change into an error', async () => {
    const s = setup();
    const handle = createRequestHandler(createRequests(realServices(s.store, Date.now)), {
      lang: 'en',
      onWritten: () => {
        throw new Error('no receiver');
      },
    });
    expect(await handle(wrap({ kind: 'saveGroup', group: { name: 'G' } }), 'options')).toMatchObject({ ok: true });
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
    const snapshot = await ask({ kind: 'getLibraryView' });
    expect(snapshot.usage).toEqual({ [p.id as string]: { count: 1, lastUsedAt: expect.any(Number) } });
    const library = await ask({ kind: 'exportLibrary' });
    expect(JSON.parse(library.json as string)).toMatchObject({ format: 'kefu-sidebar-library', phrases: [expect.anything(), expect.anything()] });
    // Every write was reported for the broadcast; reads were not.
    expect(written.map((w) => w.length > 0)).toEqual(Array.from({ length: written.length }, () => true));
    expect(written.flat().some((r) => r.type === 'phraseUsage')).toBe(true);
  });

  it('names the field of a malformed import request and of a bad bulk request', async () => {
    const { handle, backend } = setup();
    await handle(wrap({ kind: 'getLibraryView' }));
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
    const noWait = { wait: async () => undefined }; // every retry, without the pauses
    const throwing = createProtocolClient(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'zh', noWait);
    const reply = await throwing.request({ kind: 'getLibraryView' });
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('扩展后台没有响应') } });
    const silent = createProtocolClient(() => Promise.resolve(undefined), 'en', noWait);
    expect(await silent.request({ kind: 'getLibraryView' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/did not answer/) } });
  });
});

/** The requests only the options page may make (BRIEF: import, restore, full export, bulk changes). */
const OPTIONS_ONLY_KINDS = [
  'addRoutingCounts',
  'addTeamMember',
  'applyImport',
  'chooseTeamVersion',
  'cleanUpCustomers',
  'createSnapshot',
  'deleteAllConversationRecords',
  'deleteCustomerGroup',
  'deleteGroup',
  'deletePhrases',
  'deleteRelationData',
  'deleteRoutingTeamDays',
  'exportAll',
  'exportConversationRecords',
  'exportLibrary',
  'forgetReplyPicks',
  'getRoutingTeamDays',
  'getTeamConflicts',
  'getTeamRoster',
  'getTeamViews',
  'importAll',
  'importRoutingDayFiles',
  'listSnapshots',
  'movePhrases',
  'previewCustomerCleanup',
  'previewImport',
  'previewImportAll',
  'pullTeamAgents',
  'removeTeamMember',
  'reorderGroups',
  'reorderPhrases',
  'restoreSnapshot',
  'restoreStarterPhrases',
  'saveCustomerGroup',
  'saveGroup',
  'saveRoutingScenario',
  'team.connect',
  'team.leave',
  'team.syncNow',
  'undoCustomerCleanup',
];

describe('authority: what a console sender may ask', () => {
  it('the table: exactly these requests are for the options page only', () => {
    const { requests } = setup();
    const optionsOnly = Object.entries(requests).filter(([, r]) => !r.allow.includes('console'));
    expect(optionsOnly.map(([kind]) => kind).sort()).toEqual(OPTIONS_ONLY_KINDS);
    for (const [, r] of optionsOnly) expect(r.allow).toEqual(OPTIONS_ONLY);
  });

  it.each(OPTIONS_ONLY_KINDS)('a console sender asking for %s is refused in words and nothing is written', async (kind) => {
    const { handle, backend, written } = setup({}, 'console');
    await handle(wrap({ kind: 'getLibraryView' })); // seeds nothing, opens the store
    const commits = backend.commits;
    const reply = await handle(wrap({ kind, ids: ['phr_x'], id: 'local:snapshot:x', json: '{}', rows: [], fileName: 'a.csv', label: 'x', group: { name: 'G' } }));
    expect(reply).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringMatching(/only be done on the Kefu Sidebar options page/), details: [`request ${kind}, from a console page`] },
    });
    expect(backend.commits).toBe(commits);
    expect(written).toEqual([]);
  });

  it('the options page may make the same request', async () => {
    const { handle } = setup({}, 'options');
    expect(await handle(wrap({ kind: 'listSnapshots' }))).toEqual({ ok: true, value: { snapshots: [] } });
  });

  it('a console sender may read, save, use and delete a single phrase, undo the delete, and save its settings', async () => {
    const { handle } = setup({}, 'console');
    const ask = async (body: unknown) => {
      const reply = await handle(wrap(body));
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      return reply.value as Record<string, unknown>;
    };
    const { id } = await ask({ kind: 'savePhrase', phrase: { title: '问候', text: '您好', groupId: null } });
    expect(await ask({ kind: 'recordUsage', phraseId: id })).toEqual({ count: 1 });
    expect(await ask({ kind: 'deletePhrase', id })).toEqual({ id });
    expect((await ask({ kind: 'getLibraryView' })).phrases).toEqual([]);
    expect(await ask({ kind: 'undoDeletePhrase', id })).toEqual({ id });
    expect((await ask({ kind: 'getLibraryView' })).phrases).toEqual([expect.objectContaining({ id, title: '问候', text: '您好' })]);
    await ask({ kind: 'saveSidebarCollapsed', site: 'jd', collapsed: true });
    await ask({ kind: 'saveSelectorOverrides', site: 'jd', overrides: { chatInput: '#editor' } });
    await ask({ kind: 'saveVariableSettings', values: { 店铺: '小鹿家居' } });
    expect(await ask({ kind: 'getLibraryView' })).toMatchObject({ sidebarCollapsed: { jd: true }, variableSettings: { 店铺: '小鹿家居' } });
  });
});

describe('stale writes: a save based on an older version', () => {
  async function savedPhrase() {
    const s = setup({}, 'console');
    const saved = await s.client.request({ kind: 'savePhrase', phrase: { title: '发货', text: '48小时内发货', groupId: null } });
    if (!saved.ok) throw new Error(saved.error.message);
    const stored = (await s.store.get(saved.value.id))!;
    return { ...s, id: saved.value.id, base: stored.updatedAt };
  }

  it('a fresh save (based on the stored version) is accepted', async () => {
    const { client, store, id, base } = await savedPhrase();
    const reply = await client.request({ kind: 'savePhrase', phrase: { id, title: '发货', text: '24小时内发货', groupId: null }, baseUpdatedAt: base });
    expect(reply).toEqual({ ok: true, value: { id } });
    expect((await store.get(id))?.text).toBe('24小时内发货');
  });

  it('is refused with conflict naming the fields that differ, and nothing is written', async () => {
    const { client, store, backend, written, id, base } = await savedPhrase();
    // Another window saves first …
    expect(await client.request({ kind: 'savePhrase', phrase: { id, title: '发货时间', text: '24小时内发货', groupId: null }, baseUpdatedAt: base })).toMatchObject({ ok: true });
    const latest = await store.get(id);
    const commits = backend.commits;
    const broadcasts = written.length;
    // … then this window saves the edit it began from the older version.
    const reply = await client.request({ kind: 'savePhrase', phrase: { id, title: '发货', text: '当天发货', groupId: null }, baseUpdatedAt: base });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/another window changed it while you were editing\. Load the latest version/),
        details: ['title: differs from the latest version', 'text: differs from the latest version'],
      },
    });
    expect(backend.commits).toBe(commits);
    expect(written).toHaveLength(broadcasts);
    expect(await store.get(id)).toEqual(latest);
  });

  it('a save without a base (an old page) still saves, as before', async () => {
    const { client, store, id } = await savedPhrase();
    expect(await client.request({ kind: 'savePhrase', phrase: { id, title: '发货', text: '当天发货', groupId: null } })).toMatchObject({ ok: true });
    expect((await store.get(id))?.text).toBe('当天发货');
  });
});
