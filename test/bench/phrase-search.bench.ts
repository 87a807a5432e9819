/**
 * Phrase search over 10,000 generated phrases (seeded, Chinese shop vocabulary), mixed queries:
 * characters, full pinyin, initials, codes, mixed (`fa货`-style) and one-letter typos.
 * Ours (`searchPhrases` on a prebuilt index) against, in the same run:
 * - a naive scan that computes pinyin with pinyin-pro for every phrase on every query (sampled:
 *   it takes far too long to run every query; figures are still per query);
 * - fuse.js over the same keys (title, text, code, and their precomputed pinyin and initials).
 * Quality: share of queries whose intended phrase is in the top 3.
 * Goals (issue 4): p99 ≤ 1 ms, ≥ 10× the naive scan, faster than fuse.js with at least as good top-3.
 * The mixed-input tail (issue 10): `fa货`-style, `发h`-style and 2-letter queries, p99 ≤ 0.5 ms
 * each, against the search as it was before (test/bench/baseline/search-v1, a frozen copy), in
 * CPU time per query: the bench machine is shared, and wall-clock p99 there measures the other
 * processes (a query descheduled once reads 5–50 ms).
 */
import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import { createPhraseIndex } from '../../core/phrases/search-index';
import { searchPhrases } from '../../core/phrases/search';
import { searchPhrases as searchPhrasesV1 } from './baseline/search-v1/search';
import type { SearchablePhrase } from '../../core/phrases/search-types';
import { against, median, round, type BenchResult } from './run';
import { seededRandom } from '../helpers/random';

const PHRASES = 10_000;
const QUERIES_PER_KIND = 150;
const ROUNDS = 5;
const NAIVE_SAMPLE = 24;
const FUSE_SAMPLE = 300;
/** The tail's p99 is taken in this many runs (ours and before interleaved); the median is reported. */
const TAIL_ROUNDS = 7;

// ---- deterministic data ------------------------------------------------------------------------

const TOPICS = ['发货', '物流', '退货', '换货', '尺码', '优惠券', '库存', '包邮', '质量', '颜色', '面料', '快递', '地址', '付款', '发票', '赠品', '预售', '售后', '补偿', '评价', '色差', '退款', '运费', '活动', '满减', '到货', '补发', '破损', '拦截', '改价'];
const MODIFIERS = ['说明', '提醒', '咨询', '处理', '建议', '确认', '政策', '时间', '进度', '问题', '安抚', '流程'];
const PRODUCTS = ['连衣裙', '卫衣', '牛仔裤', '运动鞋', '保温杯', '手机壳', '床单', '面膜', '口红', '背包', '羽绒服', '衬衫', '拖鞋', '台灯', '茶叶', '枕头', '围巾', '帽子', '袜子', '水杯', '耳机', '数据线', '毛巾', '雨伞', '皮带', '钱包', '短裤', '睡衣', '外套', '手套', '沙发垫', '收纳盒', '花瓶', '香薰', '笔记本', '书包', '童装', '奶瓶', '狗粮', '猫砂'];
const OPENERS = ['亲，', '您好，', '亲亲，', '不好意思亲，', '感谢您的耐心，'];
const MIDDLES = ['这款{p}的{t}我们已经帮您{m}好了', '关于{p}的{t}，我们会尽快{m}', '{p}目前{t}正常，有任何问题随时联系', '您拍的{p}已经安排{t}，请留意', '{t}方面请放心，{p}都是认真检查过的'];
const CLOSERS = ['，谢谢您的支持。', '，有问题随时找我哦。', '，祝您生活愉快。', '，给您添麻烦了。', '。'];
const GROUPS = ['接待问候', '售前咨询', '活动优惠', '库存批量', '发货物流', '订单修改', '退换售后', '投诉安抚', '评价处理', '促成下单', '结束对话', '常用回复'];

interface Generated extends SearchablePhrase {
  /** Title pieces, for query generation. */
  parts: [string, string, string];
}

function initialsOf(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
}

function fullPinyinOf(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
}

export function generatePhrases(count: number, seed = 42): Generated[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const titles = new Set<string>();
  const codes = new Set<string>();
  const out: Generated[] = [];
  while (out.length < count) {
    const t = pick(TOPICS);
    const m = pick(MODIFIERS);
    const p = pick(PRODUCTS);
    let title = `${t}${m}${p}`;
    if (titles.has(title)) title = `${title}${Math.floor(rnd() * 90 + 10)}`;
    if (titles.has(title)) continue;
    titles.add(title);
    const text = `${pick(OPENERS)}${pick(MIDDLES).replace('{p}', p).replace('{t}', t).replace('{m}', m)}${pick(CLOSERS)}`;
    const i = out.length;
    let code: string | undefined;
    if (rnd() < 0.7) {
      code = `${initialsOf(t + m)}${i.toString(36)}`;
      if (codes.has(code)) code = undefined;
      else codes.add(code);
    }
    out.push({ id: `p${i}`, title, text, code, group: pick(GROUPS), parts: [t, m, p] });
  }
  return out;
}

type QueryKind = 'chars' | 'pinyin' | 'initials' | 'code' | 'mixed' | 'typo';
interface Query {
  kind: QueryKind;
  q: string;
  want: string;
}

function typoOf(word: string, rnd: () => number): string {
  const at = 1 + Math.floor(rnd() * (word.length - 1));
  const op = Math.floor(rnd() * 3);
  const letter = String.fromCharCode(97 + Math.floor(rnd() * 26));
  if (op === 0) return word.slice(0, at) + word.slice(at + 1); // missing letter
  if (op === 1) return word.slice(0, at) + letter + word.slice(at); // extra letter
  const swap = letter === word[at] ? (letter === 'z' ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1)) : letter;
  return word.slice(0, at) + swap + word.slice(at + 1); // wrong letter
}

export function generateQueries(phrases: readonly Generated[], perKind: number, seed = 7): Query[] {
  const rnd = seededRandom(seed);
  const queries: Query[] = [];
  const kinds: QueryKind[] = ['chars', 'pinyin', 'initials', 'code', 'mixed', 'typo'];
  for (const kind of kinds) {
    for (let n = 0; n < perKind; ) {
      const target = phrases[Math.floor(rnd() * phrases.length)]!;
      const [t, m, p] = target.parts;
      const titleCore = t + m + p;
      let q: string | undefined;
      if (kind === 'chars') q = titleCore;
      else if (kind === 'pinyin') q = fullPinyinOf(titleCore);
      else if (kind === 'initials') q = initialsOf(titleCore);
      else if (kind === 'code') q = target.code;
      else if (kind === 'mixed') q = fullPinyinOf(t) + m + p;
      else q = typoOf(fullPinyinOf(titleCore), rnd);
      if (!q) continue;
      // Titles that got a numeric suffix share their core with another phrase: skip them as targets.
      if (kind !== 'code' && target.title !== titleCore) continue;
      queries.push({ kind, q, want: target.id });
      n++;
    }
  }
  return queries;
}

/**
 * The tail the main mix hides: per shop word (发货, 退货, 快递…) its first syllable spelled then
 * the rest as typed (`fa货`, `tui货`, `kuai递`), the first character then an initial (`发h`),
 * and 2-letter queries (initials `fh` and syllable starts `fa`, `tu`).
 */
type TailKind = 'pinyin+汉字' | '汉字+letter' | '2 letters';
export function tailQueries(): { kind: TailKind; q: string }[] {
  const out: { kind: TailKind; q: string }[] = [];
  const words = [...new Set([...TOPICS, ...MODIFIERS].filter((w) => w.length >= 2))];
  for (const w of words) {
    const first = fullPinyinOf(w[0]!);
    out.push({ kind: 'pinyin+汉字', q: first + w.slice(1) });
    out.push({ kind: '汉字+letter', q: w[0]! + initialsOf(w[1]!) });
    out.push({ kind: '2 letters', q: initialsOf(w).slice(0, 2) });
    out.push({ kind: '2 letters', q: first.slice(0, 2).padEnd(2, initialsOf(w[1]!)) });
  }
  return out;
}

function tailPercentiles(queries: readonly { kind: TailKind; q: string }[], search: (q: string) => unknown, rounds: number) {
  const times = new Map<TailKind, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const { kind, q } of queries) {
      const u0 = process.cpuUsage();
      search(q);
      const u = process.cpuUsage(u0);
      const dt = (u.user + u.system) / 1000;
      if (r > 0) (times.get(kind) ?? times.set(kind, []).get(kind)!).push(dt); // round 0 warms up
    }
  }
  return new Map([...times].map(([kind, t]) => [kind, percentile(t, 99)]));
}

// ---- contenders --------------------------------------------------------------------------------

/** What a search does without an index: pinyin for every phrase, every query. */
function naiveSearch(phrases: readonly SearchablePhrase[], q: string, limit = 20): string[] {
  const query = q.toLowerCase().replace(/\s+/g, '');
  const scored: { id: string; score: number }[] = [];
  for (const p of phrases) {
    let score = 0;
    const code = p.code?.toLowerCase();
    if (code === query) score = 1000;
    else if (code?.startsWith(query)) score = 900;
    else if (p.title.includes(query) || fullPinyinOf(p.title).includes(query) || initialsOf(p.title).includes(query)) score = 700;
    else if (p.text.includes(query) || fullPinyinOf(p.text).includes(query) || initialsOf(p.text).includes(query)) score = 500;
    if (score) scored.push({ id: p.id, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.id);
}

function createFuse(phrases: readonly SearchablePhrase[]) {
  const docs = phrases.map((p) => ({
    id: p.id,
    title: p.title,
    text: p.text,
    code: p.code ?? '',
    titlePinyin: fullPinyinOf(p.title),
    titleInitials: initialsOf(p.title),
    textPinyin: fullPinyinOf(p.text),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'code', weight: 3 },
      { name: 'title', weight: 2 },
      { name: 'titlePinyin', weight: 2 },
      { name: 'titleInitials', weight: 2 },
      { name: 'text', weight: 1 },
      { name: 'textPinyin', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
  });
  return (q: string) => fuse.search(q, { limit: 20 }).map((r) => r.item.id);
}

// ---- measuring ---------------------------------------------------------------------------------

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function timeQueries(queries: readonly Query[], search: (q: string) => string[], rounds: number) {
  const times: number[] = [];
  let top3 = 0;
  const top3ByKind = new Map<QueryKind, { hit: number; all: number }>();
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      const t0 = performance.now();
      const ids = search(query.q);
      times.push(performance.now() - t0);
      if (r === 0) {
        const ok = ids.slice(0, 3).includes(query.want);
        if (ok) top3++;
        const k = top3ByKind.get(query.kind) ?? { hit: 0, all: 0 };
        k.all++;
        if (ok) k.hit++;
        top3ByKind.set(query.kind, k);
      }
    }
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99), top3: top3 / queries.length, top3ByKind };
}

/** Every `step`-th query, so samples keep the mix of kinds. */
function sample<T>(list: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(list.length / count));
  return list.filter((_, i) => i % step === 0).slice(0, count);
}

const ms = (v: number) => round(v, 4);
const pct = (v: number) => round(v * 100, 1);

export async function run(): Promise<BenchResult[]> {
  const phrases = generatePhrases(PHRASES);
  const queries = generateQueries(phrases, QUERIES_PER_KIND);
  const plain: SearchablePhrase[] = phrases.map(({ id, title, text, code, group }) => ({ id, title, text, code, group }));

  const b0 = performance.now();
  const index = createPhraseIndex(plain);
  const buildMs = performance.now() - b0;
  const stored = JSON.parse(JSON.stringify(index)) as typeof index; // what the content script receives
  const h0 = performance.now();
  searchPhrases(stored, 'fh');
  const firstMs = performance.now() - h0;

  // One untimed round first: JIT warm-up and the GC of the build's garbage are not per-query costs.
  timeQueries(queries, (q) => searchPhrases(stored, q).map((r) => r.id), 1);
  (globalThis as { gc?: () => void }).gc?.();
  const ours = timeQueries(queries, (q) => searchPhrases(stored, q).map((r) => r.id), ROUNDS);

  // The tail, ours and the frozen copy interleaved round by round (same machine load for both),
  // before fuse.js and the naive scan leave garbage behind.
  const tail = tailQueries();
  const oursTail = new Map<TailKind, number[]>();
  const v1Tail = new Map<TailKind, number[]>();
  for (let r = 0; r < TAIL_ROUNDS; r++) {
    for (const [into, search] of [
      [oursTail, searchPhrases],
      [v1Tail, searchPhrasesV1],
    ] as const) {
      for (const [kind, p99] of tailPercentiles(tail, (q) => search(stored, q), 6)) {
        (into.get(kind) ?? into.set(kind, []).get(kind)!).push(p99);
      }
    }
  }

  const fuseSearch = createFuse(plain);
  const fuseQueries = sample(queries, FUSE_SAMPLE);
  const fuse = timeQueries(fuseQueries, fuseSearch, 1);
  const oursOnFuseSample = timeQueries(fuseQueries, (q) => searchPhrases(stored, q).map((r) => r.id), 1);

  const naiveQueries = sample(queries, NAIVE_SAMPLE);
  const naive = timeQueries(naiveQueries, (q) => naiveSearch(plain, q), 1);
  const oursOnNaiveSample = timeQueries(naiveQueries, (q) => searchPhrases(stored, q).map((r) => r.id), 1);

  const n = `${PHRASES.toLocaleString('en')} phrases`;
  const results: BenchResult[] = [
    { name: `phrase index build (${n}, pinyin-pro)`, unit: 'ms', value: round(buildMs) },
    { name: 'phrase index size (JSON)', unit: 'KB', value: round(JSON.stringify(index).length / 1024) },
    { name: 'phrase search first query (packs the index)', unit: 'ms', value: round(firstMs, 2) },
    against({ name: `phrase search p99 per query (${queries.length} queries × ${ROUNDS})`, unit: 'ms', value: ms(ours.p99) }, { name: 'goal ≤ 1 ms', value: 1 }),
    { name: 'phrase search p50 per query', unit: 'ms', value: ms(ours.p50) },
    against({ name: `naive scan p50 per query (pinyin per query, ${naiveQueries.length} sampled)`, unit: 'ms', value: ms(naive.p50) }, { name: 'ours p50', value: ms(ours.p50) }),
    against({ name: 'naive scan p99 per query', unit: 'ms', value: ms(naive.p99) }, { name: 'ours p99', value: ms(ours.p99) }),
    against({ name: `fuse.js p50 per query (${fuseQueries.length} sampled)`, unit: 'ms', value: ms(fuse.p50) }, { name: 'ours p50', value: ms(ours.p50) }),
    against({ name: 'fuse.js p99 per query', unit: 'ms', value: ms(fuse.p99) }, { name: 'ours p99', value: ms(ours.p99) }),
    against({ name: `phrase search top-3 (${queries.length} queries)`, unit: '%', value: pct(ours.top3) }, { name: 'goal', value: 90 }),
    against({ name: 'phrase search top-3 on the fuse.js sample', unit: '%', value: pct(oursOnFuseSample.top3) }, { name: 'fuse.js top-3', value: pct(fuse.top3) }),
    against({ name: 'phrase search top-3 on the naive sample', unit: '%', value: pct(oursOnNaiveSample.top3) }, { name: 'naive top-3', value: pct(naive.top3) }),
  ];
  for (const [kind, list] of oursTail) {
    const v1 = v1Tail.get(kind)!;
    results.push(
      against({ name: `phrase search p99 CPU: ${kind} queries (median of ${TAIL_ROUNDS} runs)`, unit: 'ms', value: ms(median(list)) }, { name: 'goal ≤ 0.5 ms', value: 0.5 }),
      against({ name: `phrase search p99 CPU: ${kind} queries, before (search-v1)`, unit: 'ms', value: ms(median(v1)) }, { name: 'ours', value: ms(median(list)) }),
    );
  }
  for (const [kind, { hit, all }] of ours.top3ByKind) {
    const f = fuse.top3ByKind.get(kind);
    results.push(
      against(
        { name: `phrase search top-3: ${kind} queries`, unit: '%', value: pct(hit / all) },
        { name: 'fuse.js', value: f ? pct(f.hit / f.all) : 0 },
      ),
    );
  }
  return results;
}

// `npx tsx test/bench/phrase-search.bench.ts` runs this bench alone.
if (process.argv[1]?.endsWith('phrase-search.bench.ts')) {
  void run().then((r) => console.table(r.map(({ name, unit, value, baseline, ratio }) => ({ name, value: `${value} ${unit}`, baseline: baseline ? `${baseline.name}: ${baseline.value}` : '', ratio }))));
}
