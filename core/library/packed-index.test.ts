import { describe, expect, it } from 'vitest';
import { searchPhrases } from '../phrases/search';
import type { GroupRecord, PhraseRecord } from '../phrases';
import { createPhraseIndexCache } from './phrase-index-cache';
import { buildLibraryView, type LibraryRecords } from './library-view';
import { adoptPackedIndex, packedIndexStamp, savedPackedIndex } from './packed-index';

const group = (id: string, name: string, order: number) => ({ id, type: 'phraseGroup', name, parentId: null, order, createdAt: 1, updatedAt: 1 }) as unknown as GroupRecord;
const phrase = (id: string, title: string, text: string, groupId: string | null, order: number) =>
  ({ id, type: 'phrase', title, text, groupId, order, createdAt: 1, updatedAt: 1 }) as unknown as PhraseRecord;

const GROUPS = [group('g1', '发货物流', 1), group('g2', '售后', 2)];
const PHRASES = [
  phrase('p1', '发货时间', '亲，付款后48小时内发货。', 'g1', 1),
  phrase('p2', '查询物流', '亲，物流信息在订单详情里可以看到。', 'g1', 2),
  phrase('p3', '银行卡退款', '退款会原路退回到您的银行卡。', 'g2', 1),
  phrase('p4', '尺码推荐', '亲，身高体重发给我。', null, 1),
];

/** A view as the background builds it, or a page from what it read: each call makes new objects. */
function viewOf(phrases: PhraseRecord[], groups = GROUPS) {
  const records: LibraryRecords = { phrases, groups, selectorOverrides: [], usage: [] };
  return buildLibraryView(records, createPhraseIndexCache().keysOfLibrary(phrases, groups));
}

/** What IndexedDB gives back: a structured clone. */
const stored = <T>(value: T): T => structuredClone(value);

const QUERIES = ['fh', 'fahuo', '物流', 'yinhang', 'yh', 'cmtj', 'sh', '退'];
const results = (index: ReturnType<typeof viewOf>['phraseIndex']) => QUERIES.map((q) => searchPhrases(index, q, 10));

describe('packed search index', () => {
  it('is adopted by a view built from the same library, and searches exactly like one packed there', () => {
    const saved = stored(savedPackedIndex(viewOf(PHRASES).phraseIndex));
    const page = viewOf(PHRASES.map((p) => ({ ...p })));
    expect(adoptPackedIndex(page.phraseIndex, saved)).toBe(true);
    expect(results(page.phraseIndex)).toEqual(results(viewOf(PHRASES).phraseIndex));
    expect(results(page.phraseIndex)[0]!.map((r) => r.id)).toContain('p1');
  });

  it('is refused when a phrase\'s words changed since it was packed, and the page packs its own', () => {
    const saved = stored(savedPackedIndex(viewOf(PHRASES).phraseIndex));
    const edited = PHRASES.map((p) => (p.id === 'p3' ? { ...p, title: '信用卡退款', updatedAt: 2 } : p));
    const page = viewOf(edited);
    expect(adoptPackedIndex(page.phraseIndex, saved)).toBe(false);
    expect(searchPhrases(page.phraseIndex, 'xyk').map((r) => r.id)).toEqual(['p3']);
    expect(searchPhrases(page.phraseIndex, 'yinhang').map((r) => r.id)).toEqual(['p3']); // still in its text
  });

  it('is refused when phrases moved, were added or removed, or a group was renamed', () => {
    const saved = stored(savedPackedIndex(viewOf(PHRASES).phraseIndex));
    const moved = PHRASES.map((p) => (p.id === 'p4' ? { ...p, groupId: 'g2', order: 0 } : p));
    const renamed = [GROUPS[0]!, { ...GROUPS[1]!, name: '退换货' }];
    for (const page of [viewOf(moved), viewOf(PHRASES.slice(1)), viewOf([...PHRASES, phrase('p5', '新的', '新的话术', null, 2)]), viewOf(PHRASES, renamed)]) {
      expect(adoptPackedIndex(page.phraseIndex, saved)).toBe(false);
    }
  });

  it('is refused in another format, without a stamp, or with columns that do not fit the index', () => {
    const saved = stored(savedPackedIndex(viewOf(PHRASES).phraseIndex))!;
    const fresh = () => viewOf(PHRASES).phraseIndex;
    expect(adoptPackedIndex(fresh(), { ...saved, format: 2 })).toBe(false);
    expect(adoptPackedIndex(fresh(), { ...saved, stamp: undefined })).toBe(false);
    expect(adoptPackedIndex(fresh(), null)).toBe(false);
    expect(adoptPackedIndex(fresh(), 'packed')).toBe(false);
    // Same stamp, columns of a smaller library (a forged or corrupted entry): sizes are checked too.
    const small = savedPackedIndex(viewOf(PHRASES.slice(0, 2)).phraseIndex)!;
    expect(adoptPackedIndex(fresh(), { ...small, stamp: saved.stamp })).toBe(false);
    expect(adoptPackedIndex(fresh(), { ...saved, title: { ...saved.title, py: { ...saved.title.py, postList: [] } } })).toBe(false);
  });

  it('has no stamp for an index whose entries carry no content stamps', () => {
    const index = viewOf(PHRASES).phraseIndex;
    const bare = { ...index, phrases: index.phrases.map(({ ...entry }) => (delete (entry as { stamp?: string }).stamp, entry)) };
    expect(packedIndexStamp(bare)).toBeNull();
    expect(savedPackedIndex(bare)).toBeNull();
    expect(packedIndexStamp(index)).toBe(packedIndexStamp(viewOf(PHRASES).phraseIndex));
  });
});
