import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPhraseIndex, fieldKeys } from './search-index';
import { matchMixed, searchPhrases } from './search';
import type { SearchablePhrase } from './search-types';

const PHRASES: SearchablePhrase[] = [
  { id: 'greet', title: '欢迎光临', text: '您好，欢迎光临小店，请问有什么可以帮您？', code: 'hy', group: '接待问候' },
  { id: 'ship', title: '发货时间', text: '亲，付款后48小时内为您发货。', code: 'fh', group: '发货物流' },
  { id: 'urge', title: '催发货-未超时', text: '亲，您的包裹今天下午就会发出，请再耐心等一下。', code: 'cfh', group: '发货物流' },
  { id: 'bank', title: '银行转账', text: '暂不支持银行转账，请在平台下单付款。', code: 'yh', group: '付款' },
  { id: 'size', title: '尺码推荐', text: '您平时穿M码还是L码？告诉我身高体重帮您推荐。', code: 'cm', group: '售前咨询' },
  { id: 'fhq', title: '返还券', text: '已为您返还优惠券。', code: 'fhq', group: '售后' },
  { id: 'long', title: '长度说明', text: '这条裤子长度是一百厘米，偏长的话可以免费改短。', group: '售前咨询' },
  { id: 'green', title: '绿色有货', text: '绿色现在有货，今天拍今天发。', group: '售前咨询' },
];

const index = createPhraseIndex(PHRASES);
const ids = (q: string, limit?: number) => searchPhrases(index, q, limit).map((r) => r.id);
const hit = (q: string, id: string) => searchPhrases(index, q).find((r) => r.id === id);

describe('createPhraseIndex', () => {
  it('is plain data that survives JSON', () => {
    const copy = JSON.parse(JSON.stringify(index));
    expect(copy).toEqual(index);
    expect(searchPhrases(copy, 'fahuo').map((r) => r.id)).toEqual(ids('fahuo'));
  });

  it('keeps initials and folded text aligned with the original', () => {
    const k = fieldKeys('发货ＡＢ，ok');
    expect(k.s).toBe('发货ab,ok'); // full-width punctuation folds too, length kept
    expect(k.i).toBe('fhab ok');
    expect(k.p).toBe('fahuoab ok');
    expect(k.l).toBe('2311111');
  });

  it('indexes the other reading of common polyphones', () => {
    const bank = fieldKeys('银行');
    expect(bank.p).toBe('yinhang');
    expect(bank.p2).toBe('yinxing');
    expect(fieldKeys('绿色').p2).toBe('luse');
    expect(fieldKeys('您好').p2).toBeUndefined();
  });
});

describe('searchPhrases', () => {
  it('finds by initials, full pinyin, partial pinyin and characters', () => {
    expect(ids('fh')[0]).toBe('ship');
    expect(ids('fahuo')[0]).toBe('ship');
    expect(ids('fah')[0]).toBe('ship');
    expect(ids('发货')[0]).toBe('ship');
    expect(ids('fahuo')).toContain('urge');
  });

  it('matches mixed input', () => {
    expect(ids('fa货')[0]).toBe('ship');
    expect(ids('发h')[0]).toBe('ship');
    expect(ids('c发货')[0]).toBe('urge');
    expect(ids('m码')).toContain('size');
  });

  it('ignores case, full-width letters and spaces', () => {
    expect(ids('FaHuo')[0]).toBe('ship');
    expect(ids('ｆａｈｕｏ')[0]).toBe('ship');
    expect(ids(' fa huo ')[0]).toBe('ship');
    expect(ids('ＦＨ')[0]).toBe('ship');
  });

  it('ignores invisible characters pasted with a query (zero-width, bidi overrides, BOM)', () => {
    expect(ids('发\u200B货\u202E')[0]).toBe('ship');
    expect(ids('\uFEFFf\u2060h')[0]).toBe('ship');
  });

  it('ranks exact code above code prefix above title above text', () => {
    const r = searchPhrases(index, 'fh');
    expect(r[0]).toMatchObject({ id: 'ship', field: 'code' });
    expect(r[1]).toMatchObject({ id: 'fhq', field: 'code' });
    const cfh = r.find((x) => x.id === 'urge');
    expect(cfh?.field).toBe('title');
    expect(r.indexOf(cfh!)).toBe(2);
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score);
    expect(r[1]!.score).toBeGreaterThan(cfh!.score);
  });

  it('ranks a title match above a text-only match', () => {
    const r = searchPhrases(index, 'youhuo');
    expect(r[0]).toMatchObject({ id: 'green', field: 'title' });
    const text = searchPhrases(index, '耐心');
    expect(text[0]).toMatchObject({ id: 'urge', field: 'text' });
  });

  it('breaks ties by usage count, then recency', () => {
    const twins = createPhraseIndex([
      { id: 'a', title: '包邮说明一', text: '满两件包邮。' },
      { id: 'b', title: '包邮说明二', text: '满两件包邮。' },
      { id: 'c', title: '包邮说明三', text: '满两件包邮。' },
    ]);
    expect(searchPhrases(twins, 'by').map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const usage = { c: { count: 5, lastUsedAt: 1 }, b: { count: 5, lastUsedAt: 9 } };
    expect(searchPhrases(twins, 'by', 20, { usage }).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('returns highlight ranges into the original field', () => {
    const title = (q: string) => {
      const r = hit(q, 'urge')!;
      expect(r.field).toBe('title');
      return r.ranges.map(([a, b]) => '催发货-未超时'.slice(a, b));
    };
    expect(title('fahuo')).toEqual(['发货']);
    expect(title('fh')).toEqual(['发货']);
    expect(title('cuifah')).toEqual(['催发货']);
    expect(title('发货')).toEqual(['发货']);
    expect(title('fa货')).toEqual(['发货']);
    const text = hit('naixin', 'urge')!;
    expect(text.field).toBe('text');
    expect(text.ranges.map(([a, b]) => PHRASES[2]!.text.slice(a, b))).toEqual(['耐心']);
    const code = hit('cf', 'urge')!;
    expect(code).toMatchObject({ field: 'code', ranges: [[0, 2]] });
  });

  it('finds polyphones by either reading and ü as v or u', () => {
    expect(hit('yinhang', 'bank')?.field).toBe('title');
    expect(hit('yinxing', 'bank')?.field).toBe('title');
    expect(hit('changdu', 'long')?.field).toBe('title');
    expect(hit('lvse', 'green')?.field).toBe('title');
    expect(hit('luse', 'green')?.field).toBe('title');
  });

  it('requires pinyin hits to start at a syllable', () => {
    // "ahuo" is inside "fahuo" but no syllable starts with it
    expect(searchPhrases(index, 'ahuo').filter((r) => r.id === 'ship' && !r.typo)).toEqual([]);
  });

  it('tolerates one typo in pinyin queries of 4+ letters, below exact matches', () => {
    for (const typo of ['fahou', 'fahu0', 'fhuo', 'fahhuo', 'vahuo']) {
      const r = searchPhrases(index, typo);
      const ship = r.find((x) => x.id === 'ship');
      expect(ship, typo).toBeDefined();
    }
    const r = searchPhrases(index, 'fahou');
    expect(r.every((x) => x.typo)).toBe(true);
    expect(r[0]!.id).toBe('ship');
    // short queries get no typo tolerance
    expect(ids('fhx')).toEqual([]);
    // faguo is one letter from fahuo: listed, but below the exact match
    const mixed = createPhraseIndex([
      { id: 'typo', title: '法国', text: '无' },
      { id: 'exact', title: '发货', text: '无' },
    ]);
    const m = searchPhrases(mixed, 'fahuo');
    expect(m.map((x) => [x.id, x.typo])).toEqual([['exact', false], ['typo', true]]);
    // when exact matches fill the page, no typo match can enter it
    expect(searchPhrases(mixed, 'fahuo', 1).map((x) => x.id)).toEqual(['exact']);
    const m2 = searchPhrases(mixed, 'fahue');
    expect(m2.every((x) => x.typo)).toBe(true);
  });

  it('puts typo matches below every exact match when both exist', () => {
    const idx = createPhraseIndex([
      { id: 'typo-title', title: '法国站', text: '无' },
      { id: 'exact-text', title: '其他', text: '我们已经发货了' },
    ]);
    const r = searchPhrases(idx, 'fahuo');
    expect(r.map((x) => x.id)).toEqual(['exact-text', 'typo-title']);
    expect(r[1]!.typo).toBe(true);
  });

  it('matches group names below text', () => {
    const r = hit('wuliu', 'ship')!;
    expect(r.field).toBe('group');
    expect(r.ranges).toEqual([[2, 4]]);
  });

  it('respects limit and handles empty queries', () => {
    expect(searchPhrases(index, '')).toEqual([]);
    expect(searchPhrases(index, '   ')).toEqual([]);
    expect(searchPhrases(index, '亲', 1)).toHaveLength(1);
    expect(searchPhrases(createPhraseIndex([]), 'fh')).toEqual([]);
  });

  it('does not leak state between queries', () => {
    const first = searchPhrases(index, 'fh');
    searchPhrases(index, '亲');
    expect(searchPhrases(index, 'fh')).toEqual(first);
  });
});

describe('matchMixed', () => {
  it('spells readings, initials and a final partial syllable', () => {
    const k = fieldKeys('催发货');
    expect(matchMixed(k, 'cfahuo')).toEqual([0, 3]);
    expect(matchMixed(k, 'fa货')).toEqual([1, 3]);
    expect(matchMixed(k, '催fh')).toEqual([0, 3]);
    expect(matchMixed(k, 'x货')).toBeNull();
  });
});

describe('search module import graph', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const importsOf = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map(
      (m) => (m[1] ?? m[2])!,
    );

  it('never reaches pinyin-pro from search.ts', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) walk(resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
        else external.add(spec);
      }
    };
    walk(resolve(here, 'search.ts'));
    expect(seen.size).toBeGreaterThan(1); // the walk really followed local imports
    expect([...external].filter((s) => s.includes('pinyin'))).toEqual([]);
    expect(external.size).toBe(0);
  });

  it('the walker does see pinyin-pro from the index builder', () => {
    expect(importsOf(resolve(here, 'search-index.ts'))).toContain('pinyin-pro');
  });
});

describe('mixed input and two-letter queries (the fast paths)', () => {
  it('finds a two-letter hit at the very end of the last field', () => {
    const idx = createPhraseIndex([
      { id: 'a', title: '欢迎', text: '您好' },
      { id: 'b', title: '其他', text: '收到请回ok' },
    ]);
    expect(searchPhrases(idx, 'ok').map((r) => r.id)).toEqual(['b']);
    expect(searchPhrases(idx, 'hu').map((r) => r.id)).toEqual(['a', 'b']); // huan, hui
    expect(searchPhrases(idx, 'hy').map((r) => r.id)).toEqual(['a']);
  });

  it('finds every phrase a two-letter query spells, whatever follows the syllable', () => {
    const idx = createPhraseIndex([
      { id: 'huo', title: '发货', text: '无' },
      { id: 'huan', title: '换货', text: '无' },
      { id: 'hui', title: '回复', text: '无' },
      { id: 'shu', title: '数量', text: '无' }, // `hu` inside `shu`: no syllable starts there
    ]);
    expect(searchPhrases(idx, 'hu').map((r) => r.id).sort()).toEqual(['huan', 'hui', 'huo']);
  });

  it('keeps mixed matches that only the other reading of a polyphone spells', () => {
    const idx = createPhraseIndex([
      { id: 'bank', title: '银行卡', text: '无' },
      { id: 'walk', title: '行走', text: '无' },
    ]);
    expect(searchPhrases(idx, 'yinxing卡').map((r) => r.id)).toEqual(['bank']);
    expect(searchPhrases(idx, 'yx卡').map((r) => r.id)).toEqual(['bank']);
    expect(searchPhrases(idx, 'hang走').map((r) => r.id)).toEqual(['walk']);
    expect(searchPhrases(idx, '银x').map((r) => r.id)).toEqual(['bank']);
    expect(searchPhrases(idx, '银h').map((r) => r.id)).toEqual(['bank']);
  });

  it('rejects mixed candidates whose neighbour does not start with the letters', () => {
    const idx = createPhraseIndex([
      { id: 'ship', title: '发货', text: '退货请联系我们' },
      { id: 'ret', title: '退货', text: '无' },
      { id: 'swap', title: '换货', text: '无' },
    ]);
    expect(searchPhrases(idx, 'fa货').map((r) => r.id)).toEqual(['ship']);
    expect(searchPhrases(idx, 'tui货').map((r) => [r.id, r.field])).toEqual([['ret', 'title'], ['ship', 'text']]);
    expect(searchPhrases(idx, 'th货')).toEqual([]);
    expect(searchPhrases(idx, '退h').map((r) => r.id)).toEqual(['ret', 'ship']);
    expect(searchPhrases(idx, '退x')).toEqual([]);
  });
});
