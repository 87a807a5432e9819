import { describe, expect, it } from 'vitest';
import { createPhraseIndex } from './search-index';
import { searchPhrases } from './search';
import type { SearchablePhrase } from './search-types';
import { SHOP_SYNONYMS, synonymTable } from './synonyms';

const PHRASES: SearchablePhrase[] = [
  { id: 'postage', title: '运费说明', text: '亲，满99元免运费，不满收10元。' },
  { id: 'free', title: '包邮活动', text: '本店全场包邮。' },
  { id: 'mail', title: '偏远地区', text: '新疆西藏需补邮费。' },
  { id: 'ship', title: '发货时间', text: '付款后48小时内发货。' },
  { id: 'out', title: '仓库说明', text: '您的订单已经出库了。' },
  { id: 'refund', title: '退款进度', text: '退款会原路退回。', tags: ['售后'] },
  { id: 'bad1', title: '安抚一', text: '非常抱歉给您带来不好的体验。', tags: ['差评', '安抚'] },
  { id: 'bad2', title: '安抚二', text: '我们会认真改进。', tags: ['差评'] },
  { id: 'bad3', title: '差评回复', text: '感谢您的反馈。', tags: ['公开回复'] },
  { id: 'shunfeng', title: '指定快递', text: '可以加钱发顺丰。' },
];
const index = createPhraseIndex(PHRASES);
const table = synonymTable();
const search = (q: string, synonyms = table, limit?: number) => searchPhrases(index, q, limit, { synonyms });
const ids = (q: string, synonyms = table) => search(q, synonyms).map((r) => r.id);

describe('synonymTable', () => {
  it('widens a query both ways, longest word first, never to itself', () => {
    expect(table.widen('包邮')).toEqual(expect.arrayContaining(['运费', '邮费']));
    expect(table.widen('运费')).toContain('包邮');
    expect(table.widen('包邮吗')).toContain('运费吗');
    expect(table.widen('退货')).toContain('退款');
    expect(table.widen('退货')).not.toContain('退货');
    expect(table.widen('你好')).toEqual([]);
  });

  it('folds the words like queries and caps the variants', () => {
    expect(table.widen('包 邮')).toContain('运费');
    expect(synonymTable([['SF', '顺丰']]).widen('sf')).toEqual(['顺丰']);
    expect(table.widen('退货包邮').length).toBeLessThanOrEqual(6);
  });

  it('covers the shop words of the issue', () => {
    const rows = SHOP_SYNONYMS.map((r) => r.join('/'));
    for (const word of ['包邮', '运费', '邮费', '发货', '寄出', '出库', '发出', '退', '退货', '退款', '便宜', '优惠', '打折', '快递', '物流', '包裹', '尺码', '码数', '大小', '发票', '开票', '保修', '质保', '维修']) {
      expect(rows.some((r) => r.split('/').includes(word)), word).toBe(true);
    }
  });
});

describe('search with synonyms', () => {
  it('finds the phrases that say 运费 or 邮费 when searching 包邮, below the direct match', () => {
    const r = search('包邮');
    expect(r[0]).toMatchObject({ id: 'free', field: 'title' });
    expect(r[0]!.synonym).toBeUndefined();
    expect(r.map((x) => x.id)).toEqual(expect.arrayContaining(['postage', 'mail']));
    for (const x of r.slice(1)) expect(x).toMatchObject({ synonym: true });
    // the synonym match's highlight is the word it found
    const postage = r.find((x) => x.id === 'postage')!;
    expect(postage.field).toBe('title');
    expect(postage.ranges.map(([a, b]) => '运费说明'.slice(a, b))).toEqual(['运费']);
  });

  it('works the other way round: 运费 finds 包邮', () => {
    const r = ids('运费');
    expect(r[0]).toBe('postage');
    expect(r).toContain('free');
  });

  it('ranks a synonym title match below a direct text match', () => {
    // 发货 is in ship's title; 出库 only in out's text: direct first
    const r = search('出库');
    expect(r[0]).toMatchObject({ id: 'out', field: 'text' });
    const ship = r.find((x) => x.id === 'ship');
    expect(ship).toMatchObject({ field: 'title', synonym: true });
    expect(r[0]!.score).toBeGreaterThan(ship!.score);
  });

  it('is off without a table', () => {
    expect(searchPhrases(index, '包邮').map((r) => r.id)).toEqual(['free']);
  });

  it('takes the owner pairs, and forgets a pair once it is gone', () => {
    expect(ids('顺丰')).toEqual(['shunfeng']);
    expect(ids('顺风')).toEqual([]);
    const withPair = synonymTable([['顺风', '顺丰']]); // buyers' spelling
    expect(ids('顺风', withPair)).toEqual(['shunfeng']);
    expect(search('顺风', withPair)[0]!.synonym).toBe(true);
    expect(ids('顺丰', withPair)).toEqual(['shunfeng']);
    expect(ids('顺风', synonymTable([]))).toEqual([]);
  });

  it('ranks synonym matches above typo matches, even when typos could fill the page', () => {
    const idx = createPhraseIndex([
      { id: 'typo', title: '法国', text: '无' }, // faguo: one letter from fahuo
      { id: 'syn', title: '顺丰', text: '无' },
    ]);
    const synonyms = synonymTable([['fahuo', '顺丰']], []);
    expect(searchPhrases(idx, 'fahuo', 20, { synonyms }).map((x) => [x.id, x.synonym ?? false, x.typo])).toEqual([
      ['syn', true, false],
      ['typo', false, true],
    ]);
    expect(searchPhrases(idx, 'fahuo', 1, { synonyms }).map((x) => x.id)).toEqual(['syn']);
  });

  it('does not chain an owner pair into a row', () => {
    const t = synonymTable([['顺丰', '快递']]);
    expect(t.widen('顺丰')).toEqual(['快递']);
    expect(t.widen('快递')).toContain('顺丰');
  });

  it('skips synonyms when direct matches fill the page', () => {
    expect(ids('包邮').length).toBeGreaterThan(1);
    expect(search('包邮', table, 1).map((x) => x.id)).toEqual(['free']);
  });
});

describe('search over tags', () => {
  it('finds every phrase tagged 差评, below title and text matches', () => {
    const r = searchPhrases(index, '差评');
    expect(r.map((x) => x.id)).toEqual(['bad3', 'bad1', 'bad2']);
    expect(r[0]!.field).toBe('title');
    expect(r[1]).toMatchObject({ field: 'tag', tag: '差评', ranges: [[0, 2]] });
    expect(r[2]).toMatchObject({ field: 'tag', tag: '差评' });
  });

  it('matches inside a tag and reports which tag', () => {
    expect(searchPhrases(index, '回复').find((x) => x.id === 'bad3')?.field).toBe('title');
    expect(searchPhrases(index, '公开').map((x) => [x.id, x.tag])).toEqual([['bad3', '公开回复']]);
  });

  it('ranks a tag match above a group match', () => {
    const idx = createPhraseIndex([
      { id: 'g', title: '甲', text: '无', group: '售后' },
      { id: 't', title: '乙', text: '无', tags: ['售后'] },
    ]);
    expect(searchPhrases(idx, '售后').map((x) => [x.id, x.field])).toEqual([
      ['t', 'tag'],
      ['g', 'group'],
    ]);
  });

  it('finds tags by pinyin, initials and mixed input, ranked as tag matches', () => {
    for (const q of ['cp', 'chaping', 'chap', 'cha评', '差p']) {
      const r = searchPhrases(index, q);
      // the title that says 差评 first, then the two phrases tagged 差评, as for the characters
      expect(r.map((x) => x.id).slice(0, 3), q).toEqual(['bad3', 'bad1', 'bad2']);
      expect(r[0]!.field, q).toBe('title');
      expect(r[1], q).toMatchObject({ field: 'tag', tag: '差评', ranges: [[0, 2]] });
      expect(r[2], q).toMatchObject({ field: 'tag', tag: '差评' });
    }
    expect(searchPhrases(index, 'huifu').map((x) => [x.id, x.field])).toEqual([['bad3', 'title']]);
    expect(searchPhrases(index, 'gongkai')).toEqual([]); // 公开 is written nowhere but in the tag: no reading known
    expect(searchPhrases(index, '公开').map((x) => [x.id, x.tag])).toEqual([['bad3', '公开回复']]);
    // 安抚 read from the titles 安抚一/安抚二: the tagged phrase is found by its title first
    expect(searchPhrases(index, 'anfu').map((x) => [x.id, x.field])).toEqual([
      ['bad1', 'title'],
      ['bad2', 'title'],
    ]);
  });

  it('reads a tag as its words read where the library says them, else character by character', () => {
    const idx = createPhraseIndex([
      { id: 'trip', title: '出差', text: '出差期间回复慢' }, // 差 read chai here
      { id: 'note', title: '记录', text: '这是差评的处理' }, // and cha in 差评
      { id: 'bad', title: '道歉', text: '抱歉', tags: ['差评'] },
      { id: 'good', title: '感谢', text: '好的，请评价', tags: ['好评'] }, // 好评 written nowhere
      { id: 'odd', title: '其他', text: '无', tags: ['𠮷祥'] }, // characters with no reading anywhere
      { id: 'after', title: '丁', text: '无', tags: ['维保'], group: '保修维护' }, // read from a group name
    ]);
    expect(searchPhrases(idx, 'wb').map((x) => [x.id, x.field, x.tag])).toEqual([['after', 'tag', '维保']]);
    expect(searchPhrases(idx, 'chaping').map((x) => [x.id, x.field])).toEqual([
      ['note', 'text'],
      ['bad', 'tag'],
    ]);
    expect(searchPhrases(idx, 'chaiping')).toEqual([]);
    expect(searchPhrases(idx, 'hp').map((x) => [x.id, x.field, x.tag])).toEqual([['good', 'tag', '好评']]);
    expect(searchPhrases(idx, 'haoping').map((x) => x.id)).toEqual(['good']);
    expect(searchPhrases(idx, '𠮷祥').map((x) => x.id)).toEqual(['odd']);
    expect(searchPhrases(idx, 'jx')).toEqual([]);
  });

  it('ranks a tag found by pinyin below titles and texts and above group names', () => {
    const idx = createPhraseIndex([
      { id: 'g', title: '甲', text: '无', group: '售后' },
      { id: 't', title: '乙', text: '无', tags: ['售后'] },
      { id: 'x', title: '丙', text: '售后服务' },
      { id: 'y', title: '售后说明', text: '无' },
    ]);
    expect(searchPhrases(idx, 'sh').map((x) => [x.id, x.field])).toEqual([
      ['y', 'title'],
      ['x', 'text'],
      ['t', 'tag'],
      ['g', 'group'],
    ]);
  });

  it('widens into tags too: 差评 also finds 投诉 phrases, lower', () => {
    const idx = createPhraseIndex([
      { id: 'c', title: '处理投诉', text: '无' },
      { id: 'd', title: '其他', text: '无', tags: ['差评'] },
    ]);
    expect(searchPhrases(idx, '差评', 20, { synonyms: table }).map((x) => [x.id, x.synonym ?? false])).toEqual([
      ['d', false],
      ['c', true],
    ]);
  });
});
