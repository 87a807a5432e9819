import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { STARTER_GROUPS, STARTER_PHRASES } from '../phrases/starter-library';
import { createMemoryBackend } from '../store';
import { createFlakyBackend, createTestClock, createTestStore } from '../../test/helpers/store';
import { createLibraryService, starterGroupId, starterPhraseId } from './library-service';

function setup(backend = createMemoryBackend()) {
  const now = createTestClock();
  const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
  const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' });
  return { store, library, backend };
}

const smallStarter = {
  groups: [
    { key: 'a', name: 'A' },
    { key: 'b', name: 'B' },
  ],
  phrases: [
    { key: 'p1', groupKey: 'a', title: 'One', text: 'one', stage: 'presale' as const },
    { key: 'p2', groupKey: 'b', title: 'Two', text: 'two', stage: 'insale' as const },
  ],
};

describe('library service', () => {
  it('seeds the real starter library once, all valid, with stable ids', async () => {
    const { library, store } = setup();
    const first = await library.seedStarterLibraryIfEmpty();
    expect(first.value.seeded).toBe(STARTER_PHRASES.length);
    const snap = await library.view();
    expect(snap.phrases).toHaveLength(STARTER_PHRASES.length);
    expect(snap.groups.map((g) => g.id)).toEqual(STARTER_GROUPS.map((g) => starterGroupId(g.key)));
    expect(snap.phrases.every((p) => p.scope === 'shop' && p.id.startsWith('phr_starter_'))).toBe(true);
    expect(await store.get(starterPhraseId(STARTER_PHRASES[0]!.key))).toMatchObject({ text: STARTER_PHRASES[0]!.text });

    expect((await library.seedStarterLibraryIfEmpty()).value.seeded).toBe(0);
  });

  it('does not seed again after everything was deleted (tombstones count as history)', async () => {
    const { library } = setup();
    await library.seedStarterLibraryIfEmpty();
    for (const p of (await library.view()).phrases) await library.deletePhrase(p.id);
    for (const g of (await library.view()).groups) await library.deleteGroup(g.id);
    expect((await library.seedStarterLibraryIfEmpty()).written).toEqual([]);
    expect((await library.view()).phrases).toEqual([]);
  });

  it('creates and updates phrases, keeping id and createdAt', async () => {
    const { library } = setup();
    const { value: g } = await library.saveGroup({ name: '售后' });
    const { value, written } = await library.savePhrase({ title: '退货', text: '  七天无理由退货  ', groupId: g.id });
    expect(value.id).toMatch(/^phr_[0-9A-Z]{26}$/);
    expect(written[0]).toMatchObject({ text: '七天无理由退货', groupId: g.id, order: 0, type: 'phrase' });
    const second = await library.savePhrase({ title: 'Another', text: 'x', groupId: g.id });
    expect(second.written[0]!.order).toBe(1);

    const update = await library.savePhrase({ id: value.id, title: '退货说明', text: '支持七天无理由', groupId: g.id, code: 'th' });
    expect(update.written[0]).toMatchObject({ id: value.id, title: '退货说明', code: 'th', order: 0, createdAt: written[0]!.createdAt });
  });

  it('refuses bad drafts with the field, an unknown group and an unknown id', async () => {
    const { library, store } = setup();
    await expect(library.savePhrase({ title: 'x', text: '   ', groupId: null })).rejects.toMatchObject({
      code: 'invalid-data',
      details: ['field text: must not be empty'],
    });
    await expect(library.savePhrase({ title: 'x', text: 'y', groupId: 'grp_nope' })).rejects.toMatchObject({
      code: 'invalid-data',
      message: expect.stringContaining('grp_nope'),
    });
    await expect(library.savePhrase({ id: 'phr_nope', title: 'x', text: 'y', groupId: null })).rejects.toMatchObject({ code: 'not-found' });
    expect(await store.all()).toEqual([]);
  });

  it('deleting a group moves its phrases to ungrouped in the same write', async () => {
    const backend = createFlakyBackend();
    const { library, store } = setup(backend);
    const { value: g } = await library.saveGroup({ name: 'G' });
    const { value: other } = await library.saveGroup({ name: 'Other' });
    const { value: p1 } = await library.savePhrase({ title: 'a', text: 'a', groupId: g.id });
    const { value: p2 } = await library.savePhrase({ title: 'b', text: 'b', groupId: other.id });
    const commits = backend.commits;

    const { written } = await library.deleteGroup(g.id);
    expect(backend.commits).toBe(commits + 1);
    expect(written.map((r) => r.id).sort()).toEqual([g.id, p1.id].sort());
    expect(await store.get(p1.id)).toMatchObject({ groupId: null });
    expect(await store.get(p1.id)).not.toHaveProperty('deleted', true);
    expect(await store.get(p2.id)).toMatchObject({ groupId: other.id });
    expect(await store.get(g.id)).toMatchObject({ deleted: true });
    expect((await library.view()).groups.map((x) => x.id)).toEqual([other.id]);
    await expect(library.deleteGroup(g.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a failed group delete moves nothing', async () => {
    const backend = createFlakyBackend();
    const { library, store } = setup(backend);
    const { value: g } = await library.saveGroup({ name: 'G' });
    const { value: p } = await library.savePhrase({ title: 'a', text: 'a', groupId: g.id });
    backend.failCommits(true);
    await expect(library.deleteGroup(g.id)).rejects.toMatchObject({ code: 'storage-failed' });
    expect(await store.get(p.id)).toMatchObject({ groupId: g.id });
    expect((await store.get(g.id))?.deleted).toBeUndefined();
  });

  it('restores missing and deleted starter phrases without overwriting an edited one', async () => {
    const { store } = setup();
    const library = createLibraryService({ store, newId: createIdMaker({ now: Date.now }), lang: 'zh', starter: smallStarter });
    await library.seedStarterLibraryIfEmpty();
    await library.savePhrase({ id: 'phr_starter_p1', title: 'One (mine)', text: 'my words', groupId: 'grp_starter_a' });
    await library.deletePhrase('phr_starter_p2');
    await library.deleteGroup('grp_starter_b');

    const { value, written } = await library.restoreStarterPhrases();
    expect(value.restored).toBe(1);
    expect(written.map((r) => r.id).sort()).toEqual(['grp_starter_b', 'phr_starter_p2']);
    expect(await store.get('phr_starter_p1')).toMatchObject({ title: 'One (mine)', text: 'my words' });
    expect(await store.get('phr_starter_p2')).toMatchObject({ text: 'two', groupId: 'grp_starter_b' });
    expect((await store.get('phr_starter_p2'))?.deleted).toBeUndefined();
    expect((await library.restoreStarterPhrases()).value.restored).toBe(0);
  });
});
