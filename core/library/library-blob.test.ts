import { describe, expect, it } from 'vitest';
import { searchPhrases } from '../phrases/search';
import type { GroupRecord, PhraseRecord } from '../phrases';
import { blobRevision, libraryBlobOf, loadOfBlob } from './library-blob';
import { createPhraseIndexCache } from './phrase-index-cache';
import { buildLibraryView, phraseIndexOf, type LibraryRecords } from './library-view';
import { adoptPackedIndex } from './packed-index';

const group = (id: string, name: string, order: number) => ({ id, type: 'phraseGroup', name, parentId: null, order, createdAt: 1, updatedAt: 1 }) as unknown as GroupRecord;
const phrase = (id: string, title: string, text: string, groupId: string | null, order: number, code?: string) =>
  ({ id, type: 'phrase', title, text, code, groupId, order, createdAt: 1, updatedAt: 2 }) as unknown as PhraseRecord;

const GROUPS = [group('g1', '发货物流', 1), group('g2', '售后', 2)];
const PHRASES = [
  phrase('p1', '发货时间', '亲，付款后48小时内发货。\n周末照常。', 'g1', 1, 'FH'),
  phrase('p2', '查询物流', '亲，物流信息在订单详情里可以看到。', 'g1', 2),
  phrase('p3', '银行卡退款', '退款会原路退回到您的银行卡，长期有效。', 'g2', 1),
  phrase('p4', '尺码推荐', '亲，身高体重发给我。', null, 1),
];
const SETTINGS: Omit<LibraryRecords, 'phrases' | 'groups'> = {
  selectorOverrides: [],
  usage: [{ phraseId: 'p2', count: 3, lastUsedAt: 5 }],
  variableSettings: { values: { 店铺: '小店' } },
  uiPreferences: { collapsed: { qianniu: true } },
};

/** A view as the background builds it: each call makes new objects. */
function viewOf(phrases = PHRASES, groups = GROUPS) {
  return buildLibraryView({ phrases, groups, ...SETTINGS }, createPhraseIndexCache().keysOfLibrary(phrases, groups));
}

/** What IndexedDB gives back: a structured clone. */
const stored = <T>(value: T): T => structuredClone(value);

const QUERIES = ['fh', 'fahuo', '物流', 'yinhang', 'yh', 'cmtj', 'sh', '退', 'changqi', 'zhoumo'];
const results = (index: ReturnType<typeof viewOf>['phraseIndex']) => QUERIES.map((q) => searchPhrases(index, q, 10));

describe('library blob (the view the background keeps whole)', () => {
  it('loads as the very view the background built, searching and highlighting alike', () => {
    const built = viewOf();
    const blob = stored(libraryBlobOf(built, [['p9', 7]], 42))!;
    expect(blobRevision(blob)).toBe(42);
    const load = loadOfBlob(blob, SETTINGS, new Map([['local:usage:p8', 6]]))!;
    const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T; // entries cut their keys on use
    expect(plain(load.view)).toEqual(plain(viewOf()));
    expect(load.view.phraseIndex.phrases[0]!.title).toEqual(viewOf().phraseIndex.phrases[0]!.title);
    expect(results(load.view.phraseIndex)).toEqual(results(viewOf().phraseIndex));
    expect(results(load.view.phraseIndex)[0]!.map((r) => r.id)).toContain('p1');
    expect(load.records.phrases).toEqual(built.phrases);
    expect(load.records.phrases.find((p) => p.id === 'p2')).not.toHaveProperty('code'); // absent stays absent
    expect(load.records.phrases.find((p) => p.id === 'p4')!.groupId).toBeNull();
    expect([...load.tombstones!]).toEqual([
      ['p9', 7],
      ['local:usage:p8', 6],
    ]);
  });

  it('gives keys that rebuild the index after a change, as plain fields', () => {
    const load = loadOfBlob(stored(libraryBlobOf(viewOf(), [], 1)), SETTINGS)!;
    const moved = PHRASES.map((p) => (p.id === 'p4' ? { ...p, groupId: 'g2' } : p));
    const view = buildLibraryView({ phrases: moved, groups: GROUPS, ...SETTINGS }, load.keys);
    const fresh = viewOf(moved);
    expect(JSON.parse(JSON.stringify(view.phraseIndex))).toEqual(JSON.parse(JSON.stringify(fresh.phraseIndex)));
    expect(results(view.phraseIndex)).toEqual(results(fresh.phraseIndex));
    expect(phraseIndexOf(fresh.phrases, fresh.groups, load.keys).phrases[0]).toEqual(fresh.phraseIndex.phrases[0]);
  });

  it('carries the packed starts, which a view built from the same records adopts', () => {
    const blob = stored(libraryBlobOf(viewOf(), [], 1))!;
    const page = viewOf(PHRASES.map((p) => ({ ...p })));
    expect(adoptPackedIndex(page.phraseIndex, blob.packed)).toBe(true);
    expect(results(page.phraseIndex)).toEqual(results(viewOf().phraseIndex));
  });

  it('is refused when it is of another format or its parts do not fit together', () => {
    const blob = libraryBlobOf(viewOf(), [], 1)!;
    expect(loadOfBlob(undefined, SETTINGS)).toBeNull();
    expect(loadOfBlob({ ...stored(blob), format: 99 }, SETTINGS)).toBeNull();
    expect(blobRevision({ ...blob, revision: 'x' })).toBeNull();
    expect(loadOfBlob({ ...stored(blob), records: '{not json' }, SETTINGS)).toBeNull();
    const fewer = stored(blob);
    fewer.phrases.fields.title = JSON.stringify((JSON.parse(fewer.phrases.fields.title!) as string[]).slice(1));
    expect(loadOfBlob(fewer, SETTINGS)).toBeNull();
    expect(loadOfBlob({ ...stored(blob), phrases: { ...blob.phrases, n: 3 } }, SETTINGS)).toBeNull();
    const cut = stored(blob);
    cut.columns.title.py.isStart = new Uint8Array(3);
    expect(loadOfBlob(cut, SETTINGS)).toBeNull();
  });

  it('is not made for an index whose entries carry no key stamps', () => {
    const view = viewOf();
    const unstamped = { ...view, phraseIndex: { ...view.phraseIndex, phrases: view.phraseIndex.phrases.map((e) => ({ ...e, stamp: undefined })) } };
    expect(libraryBlobOf(unstamped as typeof view, [], 1)).toBeNull();
  });
});
