/**
 * The fast paths (2-letter postings, initials filter and column reads for mixed input) return
 * exactly what the search returned before them (the bench's frozen copy), on generated shop
 * phrases: same phrases, order, fields and highlight ranges.
 */
import { describe, expect, it } from 'vitest';
import { createPhraseIndex } from '../../core/phrases/search-index';
import { searchPhrases } from '../../core/phrases/search';
import { searchPhrases as searchBefore } from '../bench/baseline/search-v1/search';
import { generatePhrases, tailQueries } from '../bench/phrase-search.bench';

describe('search fast paths against the search before them', () => {
  const phrases = generatePhrases(1500, 11).map(({ id, title, text, code, group }) => ({ id, title, text, code, group }));
  // Astral characters and polyphones around the words, so the column reads meet both.
  phrases.push({ id: 'astral', title: '𩸽发货说明', text: '𠀀退货请看𩸽这里', code: undefined, group: undefined });
  phrases.push({ id: 'poly', title: '银行卡发货', text: '行长说发货了', code: undefined, group: undefined });
  const index = createPhraseIndex(phrases);
  const queries = [...new Set([...tailQueries().map((t) => t.q), 'yinxing卡', 'yh卡', '银x', '行zhang', 'hang长', 'x长', '𩸽f', 'fa货', 'tui货', '𩸽发', 'zh', 'hu', 'ok'])];

  it.each(queries)('%s', (q) => {
    const strip = (r: ReturnType<typeof searchPhrases>) => r.map(({ id, field, ranges, typo, score }) => ({ id, field, ranges, typo, score }));
    expect(strip(searchPhrases(index, q, 40))).toEqual(strip(searchBefore(index, q, 40)));
  });
});
