import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createFlakyBackend, createTestClock, createTestStore } from '../../test/helpers/store';
import { STARTER_PHRASES } from '../phrases/starter-library';
import { createLibraryService, starterPhraseId } from './library-service';

function setup() {
  const backend = createFlakyBackend();
  const now = createTestClock();
  const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
  const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'en' });
  const group = async (name: string, parentId: string | null = null) => (await library.saveGroup({ name, parentId })).value.id;
  const phrase = async (title: string, groupId: string | null) => (await library.savePhrase({ title, text: title, groupId })).value.id;
  return { backend, store, library, group, phrase };
}

describe('nested groups', () => {
  it('orders the snapshot depth-first: each group followed by its children, siblings by order', async () => {
    const { library, group, phrase } = setup();
    const pre = await group('售前');
    const after = await group('售后');
    const preB = await group('活动', pre);
    const preA = await group('尺码', pre);
    const deep = await group('大促', preB);
    await library.reorderGroups(pre, [preA, preB]);
    const p1 = await phrase('退货', after);
    const p2 = await phrase('满减', deep);
    const p3 = await phrase('尺码表', preA);
    const p4 = await phrase('没有分组', null);
    const p5 = await phrase('欢迎', pre);

    const snap = await library.view();
    expect(snap.groups.map((g) => g.name)).toEqual(['售前', '尺码', '活动', '大促', '售后']);
    expect(snap.groups.find((g) => g.id === deep)).toMatchObject({ parentId: preB });
    expect(snap.phrases.map((p) => p.id)).toEqual([p5, p3, p2, p1, p4]);
    // The search index follows the same group order.
    expect(snap.phraseIndex.groups.map((g) => g.name)).toEqual(['售前', '尺码', '活动', '大促', '售后']);
  });

  it('refuses a group inside itself or inside one of its own subgroups, and a missing parent', async () => {
    const { library, store, group } = setup();
    const a = await group('A');
    const b = await group('B', a);
    const c = await group('C', b);
    await expect(library.saveGroup({ id: a, name: 'A', parentId: a })).rejects.toMatchObject({ code: 'invalid-data', message: expect.stringMatching(/inside itself/) });
    await expect(library.saveGroup({ id: a, name: 'A', parentId: c })).rejects.toMatchObject({ code: 'invalid-data', message: expect.stringMatching(/subgroups/) });
    await expect(library.saveGroup({ name: 'X', parentId: 'grp_nope' })).rejects.toMatchObject({ code: 'invalid-data', message: expect.stringMatching(/grp_nope/) });
    expect(await store.get(a)).toMatchObject({ parentId: null });

    // Moving a group elsewhere is fine, and it goes to the end of its new siblings.
    await library.saveGroup({ id: c, name: 'C', parentId: null });
    expect(await store.get(c)).toMatchObject({ parentId: null, order: 1 });
    // Renaming without parentId keeps the parent.
    await library.saveGroup({ id: b, name: 'B2' });
    expect(await store.get(b)).toMatchObject({ parentId: a, name: 'B2' });
  });

  it('deleting a group moves its phrases and its child groups up one level, in one commit', async () => {
    const { library, store, backend, group, phrase } = setup();
    const top = await group('Top');
    const mid = await group('Mid', top);
    const leaf1 = await group('Leaf1', mid);
    const leaf2 = await group('Leaf2', mid);
    const sibling = await group('Sibling', top);
    const inTop = await phrase('in top', top);
    const m1 = await phrase('m1', mid);
    const m2 = await phrase('m2', mid);
    const inLeaf = await phrase('in leaf', leaf1);
    const commits = backend.commits;

    await library.deleteGroup(mid);
    expect(backend.commits).toBe(commits + 1);
    expect(await store.get(mid)).toMatchObject({ deleted: true });
    expect(await store.get(leaf1)).toMatchObject({ parentId: top });
    expect(await store.get(leaf2)).toMatchObject({ parentId: top });
    expect(await store.get(m1)).toMatchObject({ groupId: top });
    expect(await store.get(m2)).toMatchObject({ groupId: top });
    expect(await store.get(inLeaf)).toMatchObject({ groupId: leaf1 });
    const snap = await library.view();
    // Moved children follow the parent's own children, keeping their order.
    expect(snap.groups.map((g) => g.name)).toEqual(['Top', 'Sibling', 'Leaf1', 'Leaf2']);
    expect(snap.phrases.filter((p) => p.groupId === top).map((p) => p.id)).toEqual([inTop, m1, m2]);
    expect(sibling).toBeDefined();

    // A top-level group: its phrases become ungrouped, its children top-level.
    await library.deleteGroup(top);
    expect(await store.get(leaf1)).toMatchObject({ parentId: null });
    expect(await store.get(m1)).toMatchObject({ groupId: null });
  });

  it('a failed delete moves nothing', async () => {
    const { library, store, backend, group, phrase } = setup();
    const top = await group('Top');
    const child = await group('Child', top);
    const p = await phrase('p', top);
    backend.failCommits(true);
    await expect(library.deleteGroup(top)).rejects.toMatchObject({ code: 'storage-failed' });
    expect(await store.get(child)).toMatchObject({ parentId: top });
    expect(await store.get(p)).toMatchObject({ groupId: top });
    expect((await store.get(top))?.deleted).toBeUndefined();
  });
});

describe('phrase stage, tags and library', () => {
  it('a new phrase gets no stage, no tags and the shop library; an edit keeps what it does not mention', async () => {
    const { library, store } = setup();
    const { value } = await library.savePhrase({ title: 't', text: 'x', groupId: null });
    expect(await store.get(value.id)).toMatchObject({ stage: null, tags: [], scope: 'shop' });
    await library.savePhrase({ id: value.id, title: 't', text: 'x', groupId: null, stage: 'aftersale', tags: [' 退货 ', '退货', '运费'], scope: 'agent' });
    expect(await store.get(value.id)).toMatchObject({ stage: 'aftersale', tags: ['退货', '运费'], scope: 'agent' });
    await library.savePhrase({ id: value.id, title: 't2', text: 'x', groupId: null });
    expect(await store.get(value.id)).toMatchObject({ title: 't2', stage: 'aftersale', tags: ['退货', '运费'], scope: 'agent' });
    await library.savePhrase({ id: value.id, title: 't2', text: 'x', groupId: null, stage: null, tags: [] });
    expect(await store.get(value.id)).toMatchObject({ stage: null, tags: [] });
  });

  it('refuses a bad stage, too many tags and a tag too long, naming the field', async () => {
    const { library } = setup();
    await expect(library.savePhrase({ title: 't', text: 'x', groupId: null, stage: 'later' })).rejects.toMatchObject({ details: [expect.stringMatching(/^field stage: not an allowed value/)] });
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`);
    await expect(library.savePhrase({ title: 't', text: 'x', groupId: null, tags: eleven })).rejects.toMatchObject({ details: [expect.stringMatching(/^field tags: too large/)] });
    await expect(library.savePhrase({ title: 't', text: 'x', groupId: null, tags: ['一二三四五六七八九十一二三四五六七'] })).rejects.toMatchObject({
      details: ['field tags[0]: too long (at most 16 characters)'],
    });
    await expect(library.savePhrase({ title: 't', text: 'x', groupId: null, scope: 'local' })).rejects.toMatchObject({ code: 'invalid-data' });
  });

  it('starter phrases carry their stage and tags', async () => {
    const { library, store } = setup();
    await library.seedStarterLibraryIfEmpty();
    for (const starter of STARTER_PHRASES.slice(0, 20)) {
      expect(await store.get(starterPhraseId(starter.key))).toMatchObject({ stage: starter.stage, tags: [...(starter.tags ?? [])] });
    }
    const stages = new Set((await library.view()).phrases.map((p) => p.stage));
    expect([...stages].sort()).toEqual(['aftersale', 'closing', 'insale', 'presale', 'promotion']);
  });
});
