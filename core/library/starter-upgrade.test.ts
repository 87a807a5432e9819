import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { STARTER_GROUPS, STARTER_PHRASES, STARTER_V1_WORDING, STARTER_VERSION, type PhraseRecord, type StarterPhrase } from '../phrases';
import { createMemoryBackend } from '../store';
import { createTestClock, createTestStore } from '../../test/helpers/store';
import { createLibraryService, starterGroupId, starterPhraseId, type StarterLibrary } from './library-service';

function setup() {
  const now = createTestClock();
  const store = createTestStore({ backend: createMemoryBackend(), now, actor: 'dev', lang: 'en' });
  const newId = createIdMaker({ now });
  const service = (starter?: StarterLibrary) => createLibraryService({ store, newId, lang: 'en', starter });
  return { store, service };
}

const p = (key: string, groupKey: string, text: string, more: Partial<StarterPhrase> = {}): StarterPhrase => ({ key, groupKey, title: key, text, stage: 'presale', ...more });

const v1: StarterLibrary = {
  version: 1,
  groups: [
    { key: 'a', name: 'A' },
    { key: 'b', name: 'B' },
  ],
  phrases: [p('p1', 'a', 'one'), p('p2', 'b', 'two'), p('p5', 'a', 'five', { tags: ['x'] })],
};

const v2: StarterLibrary = {
  version: 2,
  groups: [...v1.groups, { key: 'c', name: 'C' }],
  phrases: [
    p('p1', 'a', 'one, reworded', { examples: ['q1', 'q1b', 'q1c'] }),
    p('p2', 'b', 'two, reworded'),
    p('p5', 'c', 'five, reworded', { tags: ['x', 'y'], examples: ['q5', 'q5b', 'q5c'], publicReply: true }),
    p('p3', 'c', 'three', { since: 2, examples: ['q3', 'q3b', 'q3c'] }),
    p('p4', 'a', 'four', { since: 2 }),
  ],
  v1Wording: { p1: { text: 'one' }, p2: { text: 'two' }, p5: { text: 'five', tags: ['x'], groupKey: 'a' } },
};

const v3: StarterLibrary = { ...v2, version: 3, phrases: [...v2.phrases, p('p6', 'a', 'six', { since: 3 })] };

describe('starter library upgrade', () => {
  it('adds new starter phrases once, updates unedited ones, leaves edited and deleted ones alone', async () => {
    const { store, service } = setup();
    const old = service(v1);
    await old.seedStarterLibraryIfEmpty();
    await old.savePhrase({ id: 'phr_starter_p1', title: 'mine', text: 'my own words', groupId: 'grp_starter_a' });
    await old.deletePhrase('phr_starter_p2');
    const edited = await store.get('phr_starter_p1');

    const { value, written } = await service(v2).seedStarterLibraryIfEmpty();
    expect(value).toEqual({ seeded: 2, updated: 1 });
    expect(await store.get('phr_starter_p1')).toEqual(edited); // not even its examples
    expect((await store.get('phr_starter_p2'))?.deleted).toBe(true);
    expect(await store.get('phr_starter_p3')).toMatchObject({ text: 'three', groupId: 'grp_starter_c', examples: ['q3', 'q3b', 'q3c'] });
    expect(await store.get('phr_starter_p4')).toMatchObject({ text: 'four', groupId: 'grp_starter_a' });
    // Unedited: today's wording, tags, examples and flag; moved from its old group into the new one.
    expect(await store.get('phr_starter_p5')).toMatchObject({ text: 'five, reworded', tags: ['x', 'y'], examples: ['q5', 'q5b', 'q5c'], publicReply: true, groupId: 'grp_starter_c' });
    expect(await store.get('starter_library_state')).toMatchObject({ version: 2 });
    expect(written.map((r) => r.id).sort()).toEqual(['grp_starter_c', 'phr_starter_p3', 'phr_starter_p4', 'phr_starter_p5', 'starter_library_state']);

    // Once per version: nothing more, and a new phrase deleted after the upgrade stays deleted.
    await service(v2).deletePhrase('phr_starter_p3');
    expect((await service(v2).seedStarterLibraryIfEmpty()).written).toEqual([]);
    const next = await service(v3).seedStarterLibraryIfEmpty();
    expect(next.value).toEqual({ seeded: 1, updated: 0 });
    expect(next.written.map((r) => r.id).sort()).toEqual(['phr_starter_p6', 'starter_library_state']);
    expect((await store.get('phr_starter_p3'))?.deleted).toBe(true);
    expect((await store.get('phr_starter_p2'))?.deleted).toBe(true);
  });

  it('a new phrase whose group the owner deleted arrives ungrouped; the group is not brought back', async () => {
    const { store, service } = setup();
    await service(v1).seedStarterLibraryIfEmpty();
    await service(v1).deleteGroup('grp_starter_a');
    await service(v2).seedStarterLibraryIfEmpty();
    expect(await store.get('phr_starter_p4')).toMatchObject({ groupId: null });
    expect((await store.get('grp_starter_a'))?.deleted).toBe(true);
  });

  it('an owner who deleted every starter phrase gets no new ones, and no empty new groups', async () => {
    const { store, service } = setup();
    await service(v1).seedStarterLibraryIfEmpty();
    await service(v1).deletePhrases(['phr_starter_p1', 'phr_starter_p2', 'phr_starter_p5']);
    await service(v1).savePhrase({ title: 'own', text: 'my own phrase', groupId: null });
    const { value, written } = await service(v2).seedStarterLibraryIfEmpty();
    expect(value).toEqual({ seeded: 0, updated: 0 });
    expect(written.map((r) => r.id)).toEqual(['starter_library_state']);
    expect(await store.get('grp_starter_c')).toBeUndefined();
  });

  it('a first run records the version, so nothing is added twice', async () => {
    const { store, service } = setup();
    expect((await service(v2).seedStarterLibraryIfEmpty()).value).toEqual({ seeded: 5, updated: 0 });
    expect(await store.get('starter_library_state')).toMatchObject({ version: 2, scope: 'shop' });
    await service(v2).deletePhrase('phr_starter_p4');
    expect((await service(v2).seedStarterLibraryIfEmpty()).written).toEqual([]);
  });

  it('brings a real v1 library to today: 30 new phrases, reworded ones updated, an edited one untouched', async () => {
    const { store, service } = setup();
    // The library as v1 stored it: v1 phrases in their v1 wording, without examples or flags.
    const v1Phrases = STARTER_PHRASES.filter((s) => (s.since ?? 1) === 1).map(({ examples: _e, publicReply: _p, since: _s, ...s }) => ({ ...s, ...STARTER_V1_WORDING[s.key] }));
    const v1Groups = STARTER_GROUPS.filter((g) => v1Phrases.some((s) => s.groupKey === g.key));
    await service({ version: 1, groups: v1Groups, phrases: v1Phrases }).seedStarterLibraryIfEmpty();
    const xs = starterPhraseId('close-deadline');
    const before = (await store.get(xs)) as PhraseRecord;
    await service({ version: 1, groups: v1Groups, phrases: v1Phrases }).savePhrase({ id: xs, title: before.title, text: '活动价到本周日结束。', groupId: before.groupId });
    const edited = await store.get(xs);

    const { value } = await service().seedStarterLibraryIfEmpty();
    expect(value.seeded).toBe(STARTER_PHRASES.length - v1Phrases.length);
    expect(value.seeded).toBeGreaterThanOrEqual(30);
    expect(value.updated).toBe(v1Phrases.length - 1);
    expect(await store.get(xs)).toEqual(edited);
    const live = ((await service().view()).phrases as PhraseRecord[]).filter((r) => r.id !== xs);
    expect(live).toHaveLength(STARTER_PHRASES.length - 1);
    const byId = new Map(STARTER_PHRASES.map((s) => [starterPhraseId(s.key), s]));
    for (const r of live) {
      const s = byId.get(r.id)!;
      expect({ text: r.text, examples: r.examples, publicReply: r.publicReply === true }, r.id).toEqual({ text: s.text, examples: [...s.examples!], publicReply: s.publicReply === true });
    }
    expect(await store.get(starterPhraseId('pre-size'))).toMatchObject({ groupId: starterGroupId('clothing') });
    expect(await store.get('starter_library_state')).toMatchObject({ version: STARTER_VERSION });
    expect((await service().seedStarterLibraryIfEmpty()).written).toEqual([]);
  });
});
