import { describe, expect, it } from 'vitest';
import type { GroupRecord, PhraseRecord } from '../phrases/model';
import { searchPhrases } from '../phrases/search';
import { createPhraseIndexCache } from './phrase-index-cache';

const meta = { schemaVersion: 1, createdAt: 1, updatedBy: 'test', scope: 'shop' as const };
const group: GroupRecord = { ...meta, id: 'grp_1', type: 'phraseGroup', name: '发货物流', order: 0, updatedAt: 1, parentId: null };
const phrase = (id: string, title: string, updatedAt = 1): PhraseRecord => ({
  ...meta, id, type: 'phrase', title, text: `${title}的说明`, groupId: 'grp_1', order: 0, updatedAt, stage: null, tags: [],
});

describe('phrase index cache', () => {
  it('builds an index the search understands, groups included', () => {
    const { indexFor } = createPhraseIndexCache();
    const index = indexFor([phrase('phr_a', '发货时间'), phrase('phr_b', '退货地址')], [group]);
    expect(searchPhrases(index, 'fh')[0]?.id).toBe('phr_a');
    expect(searchPhrases(index, 'thdz')[0]?.id).toBe('phr_b');
    expect(index.groups.map((g) => g.name)).toEqual(['发货物流']);
  });

  it('reuses unchanged entries and recomputes edited ones', () => {
    const { indexFor } = createPhraseIndexCache();
    const a = phrase('phr_a', '发货时间');
    const first = indexFor([a, phrase('phr_b', '退货地址')], [group]);
    const second = indexFor([a, phrase('phr_b', '换货流程', 2)], [group]);
    expect(second.phrases[0]).toBe(first.phrases[0]);
    expect(second.phrases[1]).not.toBe(first.phrases[1]);
    expect(searchPhrases(second, 'hhlc')[0]?.id).toBe('phr_b');
    expect(searchPhrases(second, 'thdz')).toEqual([]);
  });

  it('saves its keys and, seeded with them, recomputes nothing that did not change', () => {
    const first = createPhraseIndexCache();
    const a = phrase('phr_a', '发货时间');
    const b = phrase('phr_b', '退货地址');
    const built = first.indexFor([a, b], [group]);
    const saved = JSON.parse(JSON.stringify(first.takeChanges()));
    expect(first.takeChanges()).toBeNull();

    const woken = createPhraseIndexCache(saved);
    const again = woken.indexFor([a, phrase('phr_b', '换货流程', 2)], [group]);
    expect(again.phrases[0]).toEqual(built.phrases[0]);
    expect(again.phrases[0], 'taken from the saved keys, not recomputed').toBe(saved.entries[0][2]);
    expect(searchPhrases(again, 'hhlc')[0]?.id).toBe('phr_b');
    // Only the edited phrase was new work: the saved state now differs, and only in phr_b.
    const changes = woken.takeChanges()!;
    expect(changes.entries.map(([id]) => id)).toEqual(['phr_a', 'phr_b']);
    expect(changes.entries[0]).toEqual(saved.entries[0]);
    expect(changes.entries[1]).not.toEqual(saved.entries[1]);
  });

  it('ignores saved keys of another index version or shape', () => {
    const cache = createPhraseIndexCache({ version: 999, entries: [['phr_a', 'x', { id: 'phr_a' }]] });
    const index = cache.indexFor([phrase('phr_a', '发货时间')], [group]);
    expect(searchPhrases(index, 'fh')[0]?.id).toBe('phr_a');
    expect(createPhraseIndexCache('garbage').takeChanges()).toBeNull();
  });
});
