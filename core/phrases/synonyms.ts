/**
 * Shop wording: words buyers and agents use for the same thing (包邮 / 运费), so that a search for
 * one finds phrases that say the other, ranked below what the query finds as typed. Our table
 * plus the owner's own pairs (settings). Pure and dictionary-free: the sidebar frame bundles it
 * (the content script does not search).
 */
import { normalizeQuery } from './normalize';
import type { SynonymLookup } from './search-types';

/**
 * Each row: words that stand for one another in Chinese e-commerce chat. Written by us; kept to
 * words whose swap keeps the meaning in shop talk (发货 ≈ 出库, not 发货 ≈ 到货).
 */
export const SHOP_SYNONYMS: readonly (readonly string[])[] = [
  ['包邮', '运费', '邮费', '免邮'],
  ['发货', '寄出', '出库', '发出', '出货'],
  ['退', '退货', '退款', '退钱'],
  ['换', '换货', '调换'],
  ['便宜', '优惠', '打折', '折扣', '降价'],
  ['优惠券', '券', '红包', '折扣券'],
  ['快递', '物流', '包裹', '快件'],
  ['尺码', '码数', '大小', '尺寸', '码'],
  ['发票', '开票', '票据'],
  ['保修', '质保', '维修', '保固'],
  ['到货', '签收', '收到'],
  ['库存', '现货', '有货'],
  ['缺货', '断货', '没货', '补货'],
  ['价保', '保价', '差价'],
  ['破损', '坏了', '损坏'],
  ['色差', '颜色不一样'],
  ['地址', '收货地址'],
  ['改地址', '修改地址', '换地址'],
  ['催', '催发货', '催单'],
  ['赠品', '礼品', '小礼物'],
  ['发错', '错发', '发错货'],
  ['漏发', '少发', '缺件'],
  ['差评', '不满意', '投诉'],
  ['好评', '评价', '晒图'],
  ['付款', '支付', '付钱'],
  ['预售', '定金', '尾款'],
  ['拦截', '退回', '截件'],
  ['安装', '装机', '上门安装'],
  ['保质期', '生产日期', '有效期'],
  ['正品', '真假', '假货'],
];

/** An owner's pair (validated in core/settings). */
export type SynonymPair = readonly [string, string];

/** A query widens into at most this many variants: each costs a pass over the columns. */
const MAX_VARIANTS = 6;

/**
 * Each shop word (folded) → the words that may stand for it, in table order: our rows (every word
 * with every other) and the owner's pairs (both ways). An owner's pair joins two words only, never
 * their rows: adding 顺丰/快递 does not make 顺丰 mean 包裹.
 */
export function synonymAlternatives(ownerPairs: readonly SynonymPair[] = [], base: readonly (readonly string[])[] = SHOP_SYNONYMS): Map<string, string[]> {
  const alternatives = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const x = normalizeQuery(a);
    const y = normalizeQuery(b);
    if (!x || !y || x === y) return;
    for (const [from, to] of [
      [x, y],
      [y, x],
    ] as const) {
      const list = alternatives.get(from) ?? [];
      if (!list.includes(to)) list.push(to);
      alternatives.set(from, list);
    }
  };
  for (const row of base) for (const a of row) for (const b of row) link(a, b);
  for (const [a, b] of ownerPairs) link(a, b);
  return alternatives;
}

class SynonymTable implements SynonymLookup {
  private readonly longest: number;

  constructor(private readonly alternatives: Map<string, string[]>) {
    this.longest = Math.max(0, ...[...alternatives.keys()].map((word) => word.length));
  }

  /**
   * The query with one shop word swapped at a time, longest word first at each place (`退货`
   * before `退`), then two swapped when the query holds two words, up to `MAX_VARIANTS`.
   */
  widen(query: string): string[] {
    const q = normalizeQuery(query);
    const found: { at: number; word: string; to: string[] }[] = [];
    for (let at = 0; at < q.length; ) {
      let hit: string | undefined;
      for (let len = Math.min(this.longest, q.length - at); len > 0 && !hit; len--) {
        const word = q.slice(at, at + len);
        if (this.alternatives.has(word)) hit = word;
      }
      if (hit) {
        found.push({ at, word: hit, to: this.alternatives.get(hit)! });
        at += hit.length;
      } else at++;
    }
    const out: string[] = [];
    const push = (v: string) => {
      if (v !== q && !out.includes(v) && out.length < MAX_VARIANTS) out.push(v);
    };
    const swap = (s: string, f: (typeof found)[number], to: string, shift = 0) => s.slice(0, f.at + shift) + to + s.slice(f.at + shift + f.word.length);
    for (const f of found) for (const to of f.to) push(swap(q, f, to));
    if (found.length >= 2) {
      const [a, b] = found as [(typeof found)[number], (typeof found)[number]];
      for (const ta of a.to) for (const tb of b.to) push(swap(swap(q, a, ta), b, tb, ta.length - a.word.length));
    }
    return out;
  }
}

/** The table a search widens queries with: ours and the owner's pairs (see `synonymAlternatives`). */
export function synonymTable(ownerPairs: readonly SynonymPair[] = [], base: readonly (readonly string[])[] = SHOP_SYNONYMS): SynonymLookup {
  return new SynonymTable(synonymAlternatives(ownerPairs, base));
}
