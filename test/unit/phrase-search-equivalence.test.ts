/**
 * The fast paths (2-letter postings, initials filter, column reads, the anchored matcher and the
 * character postings for mixed input) return exactly what the search returned before them (the
 * bench's frozen copy), on generated shop phrases: same phrases, order, fields and highlight ranges.
 */
import { describe, expect, it } from 'vitest';
import { createPhraseIndex, fieldKeys } from '../../core/phrases/search-index';
import { searchPhrases } from '../../core/phrases/search';
import { searchPhrases as searchBefore } from '../bench/baseline/search-v1/search';
import { generatePhrases, tailQueries } from '../bench/phrase-search.bench';
import { seededRandom } from '../helpers/random';

const strip = (r: ReturnType<typeof searchPhrases>) => r.map(({ id, field, ranges, typo, score }) => ({ id, field, ranges, typo, score }));

describe('search fast paths against the search before them', () => {
  const phrases = generatePhrases(1500, 11).map(({ id, title, text, code, group }) => ({ id, title, text, code, group }));
  // Astral characters and polyphones around the words, so the column reads meet both.
  phrases.push({ id: 'astral', title: '𩸽发货说明', text: '𠀀退货请看𩸽这里', code: undefined, group: undefined });
  phrases.push({ id: 'poly', title: '银行卡发货', text: '行长说发货了', code: undefined, group: undefined });
  const index = createPhraseIndex(phrases);
  const queries = [...new Set([...tailQueries().map((t) => t.q), 'yinxing卡', 'yh卡', '银x', '行zhang', 'hang长', 'x长', '𩸽f', 'fa货', 'tui货', '𩸽发', 'zh', 'hu', 'ok'])];

  it.each(queries)('%s', (q) => {
    expect(strip(searchPhrases(index, q, 40))).toEqual(strip(searchBefore(index, q, 40)));
  });
});

describe('mixed input on awkward fields, against the search before', () => {
  // Repeated characters (the run occurs twice within reach), readings that spell each other
  // (xi an / xian), polyphones, astral characters, letters and punctuation inside the fields.
  const titles = [
    '发货发货', '货发货', '发发货', '西安发货', '先发货', '发货𩸽货', '𩸽发𩸽货', '银行行长', '行行好', '长长的货',
    '重新发货', '发货重量', 'ok发货', '发货ok货', '发，货', '发 货', '说明书说明', '明明说明', '好好说话', '货到付款货',
    '退货退款', '退退货', '推推货', '发货时间发货', '红包发货', '绿色发货', 'lv货', '发hu货', 'fa货', '差评差评',
    // readings that begin and end with the same letter (nin, nan, gang): two starts spell the same letters
    '那南货', '泥您好', '你您好说', '刚刚好', '更耿发货', '各宫货',
  ];
  const phrases = titles.map((title, i) => ({ id: `t${i}`, title, text: `${titles[(i + 7) % titles.length]}，${title}说明`, code: undefined, group: undefined }));
  phrases.push(...generatePhrases(300, 5).map(({ id, title, text }) => ({ id, title, text, code: undefined, group: undefined })));
  const index = createPhraseIndex(phrases);
  // pinyin-pro reads no character outside the BMP, but a stored index may come from elsewhere:
  // fields where 𠮷 (ji) spans two units, the second of reading length 0.
  const astral = ['𠮷发货', '发𠮷货', '𠮷𠮷货', '货𠮷', '吉𠮷货', '𠮷货发货'];
  const keysOf = (text: string) => {
    const k = { s: '', i: '', p: '', l: '' };
    for (const ch of text) {
      const one = ch === '𠮷' ? { s: ch, i: 'j ', p: 'ji', l: '20' } : fieldKeys(ch, false);
      k.s += one.s;
      k.i += one.i;
      k.p += one.p;
      k.l += one.l;
    }
    return k;
  };
  for (const title of astral) {
    index.phrases.push({ id: `a${index.phrases.length}`, code: '', title: keysOf(title), text: fieldKeys('说明'), group: -1 });
    phrases.push({ id: '', title, text: '', code: undefined, group: undefined }); // for the queries below
  }

  /** Pieces of a field spelled the ways people type: as written, full reading, initial, first letters. */
  function queriesFrom(text: string, rnd: () => number, count: number): string[] {
    const keys = astral.includes(text) ? keysOf(text) : fieldKeys(text);
    const units: { s: string; p: string }[] = [];
    for (let u = 0, at = 0; u < text.length; u++) {
      const len = keys.l.charCodeAt(u) - 48;
      if (len === 0) {
        units[units.length - 1]!.s += text[u];
        continue;
      }
      units.push({ s: text[u]!, p: keys.p.slice(at, at + len) });
      at += len;
    }
    const out: string[] = [];
    for (let n = 0; n < count; n++) {
      const from = Math.floor(rnd() * units.length);
      const to = Math.min(units.length, from + 1 + Math.floor(rnd() * 4));
      let q = '';
      for (let u = from; u < to; u++) {
        const { s, p } = units[u]!;
        const way = rnd();
        if (!/^[a-z]+$/.test(p) || way < 0.4) q += s;
        else if (way < 0.7) q += p;
        else if (way < 0.9 || u < to - 1) q += p[0];
        else q += p.slice(0, 1 + Math.floor(rnd() * p.length));
      }
      out.push(q);
    }
    return out;
  }

  const rnd = seededRandom(2026);
  const queries = new Set<string>();
  for (const p of [...phrases.slice(0, titles.length), ...phrases.slice(-astral.length)]) for (const q of queriesFrom(p.title, rnd, 30)) queries.add(q);
  for (const p of phrases.slice(titles.length, titles.length + 100)) for (const q of queriesFrom(p.text, rnd, 6)) queries.add(q);
  for (const q of ['nan货', 'nin好', 'ninin好', 'nn好', 'gg货', 'gang好', 'gegong货', 'fafa货', 'fh货', 'hh好', 'ji货', 'j货', '𠮷h', 'jfa货', '𠮷fa货', 'jj货', 'jiji货', 'fa𠮷h', 'huo𠮷', 'h𠮷', 'jij货']) queries.add(q);
  const mixed = [...queries].filter((q) => /[a-z]/.test(q) && /[^a-z0-9]/.test(q));

  it('has enough mixed queries to mean something', () => {
    expect(mixed.length).toBeGreaterThan(500);
  });

  it('returns the same results for every generated mixed query', () => {
    const differ = mixed.filter((q) => JSON.stringify(strip(searchPhrases(index, q, 40))) !== JSON.stringify(strip(searchBefore(index, q, 40))));
    expect(differ).toEqual([]);
  });
});
