import { describe, expect, it } from 'vitest';
import type { GroupRecord, PhraseRecord } from '../phrases/model';
import { searchPhrases } from '../phrases/search';
import { libraryOrder, phraseIndexOf } from './library-view';
import { createPhraseIndexCache, type PhraseIndexCache } from './phrase-index-cache';

const meta = { schemaVersion: 1, createdAt: 1, updatedBy: 'test', scope: 'shop' as const };
const group: GroupRecord = { ...meta, id: 'grp_1', type: 'phraseGroup', name: '发货物流', order: 0, updatedAt: 1, parentId: null };
const phrase = (id: string, title: string, updatedAt = 1): PhraseRecord => ({
  ...meta, id, type: 'phrase', title, text: `${title}的说明`, groupId: 'grp_1', order: 0, updatedAt, stage: null, tags: [],
});

function indexOf(cache: PhraseIndexCache, phrases: PhraseRecord[], groups: GroupRecord[]) {
  const ordered = libraryOrder(phrases, groups);
  return phraseIndexOf(ordered.phrases, ordered.groups, cache.keysOfLibrary(phrases, groups));
}

describe('phrase index cache', () => {
  it('makes keys the search understands, groups included', () => {
    const cache = createPhraseIndexCache();
    const index = indexOf(cache, [phrase('phr_a', '发货时间'), phrase('phr_b', '退货地址')], [group]);
    expect(searchPhrases(index, 'fh')[0]?.id).toBe('phr_a');
    expect(searchPhrases(index, 'thdz')[0]?.id).toBe('phr_b');
    expect(searchPhrases(index, 'fhwl').map((r) => r.field)).toEqual(['group', 'group']);
  });

  it('reuses the keys of unchanged words, a move included, and remakes edited ones', () => {
    const cache = createPhraseIndexCache();
    const a = phrase('phr_a', '发货时间');
    const first = cache.keysOfLibrary([a, phrase('phr_b', '退货地址')], [group]);
    const aKeys = first.phrases.get('phr_a');
    const bKeys = first.phrases.get('phr_b');
    const second = cache.keysOfLibrary([{ ...a, groupId: null, order: 7, updatedAt: 5 }, phrase('phr_b', '换货流程', 2)], [group]);
    expect(second.phrases.get('phr_a')).toBe(aKeys);
    expect(second.phrases.get('phr_b')).not.toBe(bKeys);
    const index = indexOf(cache, [a, phrase('phr_b', '换货流程', 2)], [group]);
    expect(searchPhrases(index, 'hhlc')[0]?.id).toBe('phr_b');
    expect(searchPhrases(index, 'thdz')).toEqual([]);
  });

  it('saves its keys and, seeded with them, remakes nothing that did not change', () => {
    const first = createPhraseIndexCache();
    const a = phrase('phr_a', '发货时间');
    first.keysOfLibrary([a, phrase('phr_b', '退货地址')], [group]);
    const saved = structuredClone(first.takeChanges()!);
    expect(first.takeChanges()).toBeNull();

    const woken = createPhraseIndexCache(saved);
    const again = woken.keysOfLibrary([a, phrase('phr_b', '换货流程', 2)], [group]);
    expect(again.phrases.get('phr_a'), 'taken from the saved keys, not remade').toBe(saved.phrases[0]);
    const changes = woken.takeChanges()!;
    expect(changes.phrases.map((p) => p.id)).toEqual(['phr_a', 'phr_b']);
    expect(changes.phrases[1]).not.toEqual(saved.phrases[1]);
    expect(changes.groups).toEqual(saved.groups);
  });

  it('drops the keys of phrases and groups no longer in the library', () => {
    const cache = createPhraseIndexCache();
    cache.keysOfLibrary([phrase('phr_a', '发货时间'), phrase('phr_b', '退货地址')], [group]);
    cache.takeChanges();
    const keys = cache.keysOfLibrary([phrase('phr_a', '发货时间')], []);
    expect([...keys.phrases.keys()]).toEqual(['phr_a']);
    expect([...keys.groups.keys()]).toEqual([]);
    expect(cache.takeChanges()?.phrases).toHaveLength(1);
  });

  it('gives a write only the keys of the live phrases and groups it stored', () => {
    const cache = createPhraseIndexCache();
    const delta = cache.keysOfWritten([phrase('phr_a', '发货时间'), { ...phrase('phr_b', '退货地址'), deleted: true }, { ...group, name: '售后' }, { type: 'phraseUsage' }]);
    expect(delta.phrases.map((p) => p.id)).toEqual(['phr_a']);
    expect(delta.groups.map((g) => g.name)).toEqual(['售后']);
    expect(delta.phrases[0]!.title.p).toBe('fahuoshijian');
  });

  it('ignores saved keys of another format or index version', () => {
    const old = createPhraseIndexCache({ version: 1, entries: [['phr_a', 'x', { id: 'phr_a' }]] });
    expect(old.takeChanges()).toBeNull();
    const cache = createPhraseIndexCache({ format: 2, indexVersion: 999, phrases: [], groups: [] });
    const index = indexOf(cache, [phrase('phr_a', '发货时间')], [group]);
    expect(searchPhrases(index, 'fh')[0]?.id).toBe('phr_a');
    expect(createPhraseIndexCache('garbage').takeChanges()).toBeNull();
  });
});
