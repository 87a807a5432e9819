/**
 * Suggested replies: the phrases most likely to answer what the buyer just wrote, best first, and
 * none when nothing fits (a wrong suggestion costs the agent more than none).
 *
 * A phrase scores on four things, each between 0 and 1: how close the message is to one of its
 * example questions, to its title and tags, how much of the message its text covers, and how many
 * of the message's intents (intents.ts) it answers. What this agent picked before for a similar
 * question adds to that; the order state the page shows favours the shipped or not-shipped variant.
 * Courtesy said next to a question (您好, 等了好久) weighs little; a message asking two things keeps a
 * place for the second answer; a short acknowledgement (好的, 谢谢) gets nothing.
 * Work per call: the buyer's last `MAX_MESSAGES` messages, `MESSAGE_CHARS` of each.
 */
import { SHIP_NOT_SHIPPED, SHIP_SHIPPED, type Postings, type ReplyIndex } from './suggest-index';
import { MAX_MESSAGES, MESSAGE_CHARS, foldForIntents, plainWording, tokensOf } from './suggest-text';
import { withoutInvisibles } from './normalize';
import { isAcknowledgement } from './acknowledgement';

export { createReplyIndex, replyIndexBuilder, type ReplyIndex, type ReplyIndexOptions, type SuggestablePhrase } from './suggest-index';

/** The order state a console shows for the open conversation. */
export type OrderState = 'unpaid' | 'not-shipped' | 'shipped' | 'received' | 'after-sale';

/** A phrase this agent inserted while a buyer question was open (kept by the usage area). */
export interface ReplyPick {
  question: string;
  phraseId: string;
  at: number;
  count: number;
}

export interface SuggestContext {
  /** From `orderStateOf` the page's status text; null/absent: unknown. */
  orderState?: OrderState | null | undefined;
  picks?: readonly ReplyPick[] | undefined;
  /** For how old a pick is (ms since epoch); defaults to the newest pick's time. */
  now?: number | undefined;
  /** Other weights and threshold: for the development tools that choose them (test/bench/suggest-eval). */
  tuning?: SuggestTuning | undefined;
}

export interface ReplySuggestion {
  id: string;
  /** Between 0 and about 1.5; comparable within one call only. */
  score: number;
}

/** How the parts of a score add up, and when nothing is said. */
export interface SuggestTuning {
  weights: { example: number; head: number; text: number; intent: number; pick: number };
  /** Below this nothing is said. */
  threshold: number;
  /**
   * A phrase that answers none of the intents read in the message (shared words only) needs this
   * much: shared characters alone mislead more often (`收到` of `收到了 谢谢` is no missing parcel).
   */
  lexicalThreshold: number;
  /** A suggestion below this share of the best one is left out too. */
  relativeCut: number;
  /** A courtesy intent (greeting, thanks) said next to a question counts this much. */
  socialFactor: number;
  /** After the best, how much a phrase answering nothing new of a two-question message is held back (0: not at all). */
  diversity: number;
}

/**
 * Chosen by test/bench/suggest-eval/tune.ts on the development parts, mostly on how each part
 * fares against the intent table of before it was looked at (fresh.ts: wording nobody tuned on),
 * silent on at least 60 % of the no-fit questions; left-one-part-out, the choice moved the left-out
 * part's top-3 by +0.0 to +2.0 points (mean +0.9).
 */
export const SUGGEST_TUNING: Readonly<SuggestTuning> = {
  weights: { example: 0.3, head: 0.6, text: 0.3, intent: 0.75, pick: 0.6 },
  threshold: 0.06,
  lexicalThreshold: 0.1,
  relativeCut: 0.45,
  socialFactor: 0.2,
  diversity: 0.2,
};
/**
 * An intent a message says only through a shop synonym (`42码` → 尺码 → size) counts this much: the
 * word is often context (`42码还有吗` asks about stock), not the question.
 */
const SYNONYM_INTENT = 0.4;
/** Earlier messages count less than the latest one. */
const RECENCY = [1, 0.6, 0.45];
/** A pick counts fully for a question this similar, and not at all below `PICK_MIN`. */
const PICK_MIN = 0.45;
const PICK_HALF_LIFE_MS = 60 * 24 * 3600 * 1000;
/** The order state says the phrase is for another state: it is worth this much; for this state, this much. */
const WRONG_STATE = 0.5;
const RIGHT_STATE = 1.25;

const ORDER_STATE_WORDS: readonly [RegExp, OrderState][] = [
  [/退款|售后|退货|换货/, 'after-sale'],
  [/待付款|未付款|等待付款|待支付/, 'unpaid'],
  [/已签收|交易成功|已完成|已收货|交易完成/, 'received'],
  [/已发货|待收货|运输中|派送中|配送中|已揽收/, 'shipped'],
  [/待发货|未发货|已付款|待出库|备货中/, 'not-shipped'],
];

/** The order state a page's status text says (`待发货` → not-shipped), or null. */
export function orderStateOf(text: string | null | undefined): OrderState | null {
  if (!text) return null;
  const cut = text.slice(0, 40);
  for (const [words, state] of ORDER_STATE_WORDS) if (words.test(cut)) return state;
  return null;
}

interface Query {
  /** Known tokens: id and weight (recency, synonym, lone-character factors). */
  ids: number[];
  weights: number[];
  /** Sum of weight × idf over the message's own tokens (known or not): what a perfect match covers. */
  mass: number;
  intents: Map<number, number>;
}

function readQuery(index: ReplyIndex, buyerMessages: readonly string[], tuning: SuggestTuning): Query {
  const weightOf = new Map<number, number>();
  const intents = new Map<number, number>();
  let mass = 0;
  const latest = buyerMessages.slice(-MAX_MESSAGES).reverse();
  latest.forEach((message, age) => {
    const recency = RECENCY[age] ?? RECENCY[RECENCY.length - 1]!;
    // Invisible characters out first: `包\u200B邮吗` asks what `包邮吗` asks.
    const cut = withoutInvisibles(message.slice(0, MESSAGE_CHARS));
    const folded = foldForIntents(cut);
    for (const intent of index.intentsOf(folded)) intents.set(intent, Math.max(intents.get(intent) ?? 0, recency));
    const add = (token: string, weight: number, own: boolean) => {
      const id = index.tokens.get(token);
      if (own) mass += weight * (id === undefined ? index.unknownIdf : index.idf[id]!);
      if (id !== undefined && (weightOf.get(id) ?? 0) < weight) weightOf.set(id, weight);
    };
    for (const [token, weight] of tokensOf(plainWording(cut), true)) add(token, weight * recency, true);
    for (const [word, alternatives] of index.synonyms) {
      if (!folded.includes(word)) continue;
      for (const alt of alternatives) {
        for (const [token, weight] of tokensOf(alt)) add(token, weight * recency, false);
        // The owner's 小票 = 发票 makes 小票 ask what 发票 asks.
        for (const intent of index.intentsOf(alt)) if (!intents.has(intent)) intents.set(intent, recency * SYNONYM_INTENT);
      }
    }
  });
  if (tuning.socialFactor !== 1 && [...intents.keys()].some((k) => !index.socialIntent[k])) {
    for (const [k, weight] of intents) if (index.socialIntent[k]) intents.set(k, weight * tuning.socialFactor);
  }
  return { ids: [...weightOf.keys()], weights: [...weightOf.values()], mass, intents };
}

/** Each phrase's parts of the score (0–1 each), for one query: valid until the next call on the same index. */
interface ScoreParts {
  /** Positions of the phrases any part touched; only these have parts above 0. */
  touched: Int32Array;
  example: Float32Array;
  head: Float32Array;
  text: Float32Array;
  intent: Float32Array;
  /** The message's intents (courtesy ones included) and their weights. */
  intents: Map<number, number>;
}

/**
 * A token found in more phrases than this is skipped (its idf is low by then): at 10,000 phrases
 * such lists are most of the work and add nearly nothing. Libraries under this size never skip.
 */
const LONGEST_POSTINGS = 1000;

/** Work arrays of one index, reused by every call (zeroed again where touched). */
interface Scratch {
  headSum: Float32Array;
  textSum: Float32Array;
  intentSum: Float32Array;
  exampleSum: Float32Array;
  exampleTouched: Int32Array;
  mark: Uint8Array;
  touched: Int32Array;
  /** How many of `touched` the last call filled (their parts are cleared by the next call). */
  lastTouched: number;
  parts: Omit<ScoreParts, 'touched' | 'intents'>;
  /** Final scores, zero outside a call. */
  score: Float32Array;
}
const scratchOf = new WeakMap<ReplyIndex, Scratch>();
function scratchFor(index: ReplyIndex): Scratch {
  let s = scratchOf.get(index);
  if (!s) {
    const n = index.ids.length;
    const e = index.exampleOf.length;
    s = {
      headSum: new Float32Array(n),
      textSum: new Float32Array(n),
      intentSum: new Float32Array(n),
      exampleSum: new Float32Array(e),
      exampleTouched: new Int32Array(e),
      mark: new Uint8Array(n),
      touched: new Int32Array(n),
      lastTouched: 0,
      score: new Float32Array(n),
      parts: { example: new Float32Array(n), head: new Float32Array(n), text: new Float32Array(n), intent: new Float32Array(n) },
    };
    scratchOf.set(index, s);
  }
  return s;
}

/** How well each phrase's examples, title and tags, text and intents match the buyer's messages. */
function scoreParts(index: ReplyIndex, buyerMessages: readonly string[], tuning: SuggestTuning): ScoreParts | null {
  const n = index.ids.length;
  const query = readQuery(index, buyerMessages, tuning);
  if (n === 0 || (query.mass === 0 && query.intents.size === 0)) return null;
  const s = scratchFor(index);
  const { headSum, textSum, intentSum, exampleSum, exampleTouched, mark, touched } = s;
  const { example, head, text, intent } = s.parts;
  // Clear what the previous call left.
  for (let k = 0; k < s.lastTouched; k++) {
    const i = touched[k]!;
    mark[i] = 0;
    example[i] = head[i] = text[i] = intent[i] = 0;
  }
  let touchedCount = 0;
  const touch = (i: number) => {
    if (!mark[i]) {
      mark[i] = 1;
      touched[touchedCount++] = i;
    }
  };
  /** Adds `w` × each posting's weight to the phrases of `p` (intents are never skipped: they are few and telling). */
  const addTo = (sums: Float32Array, p: Postings | undefined, w: number, skipLong = true) => {
    if (!p || (skipLong && p.at.length > LONGEST_POSTINGS)) return;
    for (let j = 0; j < p.at.length; j++) {
      const at = p.at[j]!;
      touch(at);
      sums[at]! += w * p.weight[j]!;
    }
  };
  let examplesTouched = 0;

  query.ids.forEach((id, k) => {
    const w = query.weights[k]! * index.idf[id]!;
    addTo(headSum, index.head[id], w);
    addTo(textSum, index.text[id], w);
    // Examples sum per example (the best one of a phrase counts), touched apart.
    const e = index.examples[id];
    if (e && e.at.length <= LONGEST_POSTINGS) {
      for (let j = 0; j < e.at.length; j++) {
        const at = e.at[j]!;
        if (exampleSum[at] === 0) exampleTouched[examplesTouched++] = at;
        exampleSum[at]! += w * e.weight[j]!;
      }
    }
  });

  let intentTotal = 0;
  for (const [k, weight] of query.intents) intentTotal += weight * index.intentIdf[k]!;
  for (const [k, weight] of query.intents) addTo(intentSum, index.intentPhrases[k], weight * index.intentIdf[k]!, false);

  const mass = Math.max(query.mass, 1e-6);
  for (let k = 0; k < examplesTouched; k++) {
    const at = exampleTouched[k]!;
    const similarity = Math.min(1, exampleSum[at]! / Math.sqrt(mass * index.exampleMass[at]!));
    exampleSum[at] = 0;
    const phrase = index.exampleOf[at]!;
    touch(phrase);
    if (similarity > example[phrase]!) example[phrase] = similarity;
  }
  for (let k = 0; k < touchedCount; k++) {
    const i = touched[k]!;
    if (headSum[i]! > 0) head[i] = Math.min(1, headSum[i]! / Math.sqrt(mass * index.headMass[i]!));
    if (textSum[i]! > 0) text[i] = Math.min(1, textSum[i]! / mass);
    // A cosine: a phrase about exactly what was asked beats one about that and three other things.
    if (intentSum[i]! > 0) intent[i] = Math.min(1, intentSum[i]! / Math.sqrt(intentTotal * index.intentMass[i]!));
    headSum[i] = textSum[i] = intentSum[i] = 0;
  }
  s.lastTouched = touchedCount;
  return { touched: touched.subarray(0, touchedCount), example, head, text, intent, intents: query.intents };
}

/** The phrases most likely to answer `buyerMessages` (oldest first), best first; [] when none fits. */
export function suggestReplies(index: ReplyIndex, buyerMessages: readonly string[], limit = 3, context: SuggestContext = {}): ReplySuggestion[] {
  if (limit <= 0) return [];
  // 好的 / 谢谢 answers the agent and asks nothing: whatever came before, there is nothing to suggest.
  const latest = buyerMessages[buyerMessages.length - 1];
  if (latest === undefined || isAcknowledgement(latest)) return [];
  const tuning = context.tuning ?? SUGGEST_TUNING;
  const parts = scoreParts(index, buyerMessages, tuning);
  if (!parts) return [];
  const w = tuning.weights;
  const { score } = scratchFor(index);
  const scored = Array.from(parts.touched);
  for (const i of scored) {
    const value = w.example * parts.example[i]! + w.head * parts.head[i]! + w.text * parts.text[i]! + w.intent * parts.intent[i]!;
    score[i] = parts.intent[i] === 0 && value < tuning.lexicalThreshold ? 0 : value;
  }
  if (context.picks?.length) {
    for (const [i, boost] of pickBoosts(index, buyerMessages, context.picks, context.now)) {
      if (!parts.touched.includes(i)) scored.push(i);
      score[i]! += w.pick * boost;
    }
  }
  if (context.orderState) applyOrderState(index, score, scored, context.orderState);
  const top = topOf(index, score, scored, limit, tuning, parts.intents);
  for (const i of scored) score[i] = 0;
  return top;
}

/** A pick's question as tokens, read once per pick (picks stay the same between buyer messages). */
const pickTokens = new WeakMap<ReplyPick, Map<string, number>>();
function questionTokens(pick: ReplyPick): Map<string, number> {
  let tokens = pickTokens.get(pick);
  if (!tokens) {
    tokens = tokensOf(pick.question.slice(0, MESSAGE_CHARS * MAX_MESSAGES), true);
    pickTokens.set(pick, tokens);
  }
  return tokens;
}

/** How much to raise phrases this agent picked for a question like this one (old picks count less), by position. */
function pickBoosts(index: ReplyIndex, buyerMessages: readonly string[], picks: readonly ReplyPick[], now?: number): Map<number, number> {
  const own = tokensOf(buyerMessages.slice(-MAX_MESSAGES).map((m) => m.slice(0, MESSAGE_CHARS)).join('\n'), true);
  const idfOf = (token: string) => {
    const id = index.tokens.get(token);
    return id === undefined ? index.unknownIdf : index.idf[id]!;
  };
  let ownMass = 0;
  for (const [token, weight] of own) ownMass += weight * idfOf(token);
  const boost = new Map<number, number>();
  if (ownMass === 0) return boost;
  const position = positionsOf(index);
  const newest = now ?? picks.reduce((t, p) => Math.max(t, p.at), 0);
  for (const pick of picks) {
    const at = position.get(pick.phraseId);
    if (at === undefined) continue;
    const theirs = questionTokens(pick);
    let shared = 0;
    let theirMass = 0;
    for (const [token, weight] of theirs) {
      const idf = idfOf(token);
      theirMass += weight * idf;
      const mine = own.get(token);
      if (mine !== undefined) shared += Math.min(mine, weight) * idf;
    }
    const similarity = theirMass > 0 ? shared / Math.sqrt(ownMass * theirMass) : 0;
    if (similarity < PICK_MIN) continue;
    const age = Math.max(0, newest - pick.at);
    const strength = Math.min(1, 0.6 + 0.2 * pick.count) * Math.pow(0.5, age / PICK_HALF_LIFE_MS);
    boost.set(at, Math.max(boost.get(at) ?? 0, similarity * strength));
  }
  return boost;
}

const positionCache = new WeakMap<ReplyIndex, Map<string, number>>();
function positionsOf(index: ReplyIndex): Map<string, number> {
  let map = positionCache.get(index);
  if (!map) {
    map = new Map(index.ids.map((id, at) => [id, at]));
    positionCache.set(index, map);
  }
  return map;
}

function applyOrderState(index: ReplyIndex, score: Float32Array, scored: readonly number[], state: OrderState) {
  const shipped = state === 'shipped' || state === 'received';
  const notShipped = state === 'unpaid' || state === 'not-shipped';
  if (!shipped && !notShipped) return;
  const right = shipped ? SHIP_SHIPPED : SHIP_NOT_SHIPPED;
  const wrong = shipped ? SHIP_NOT_SHIPPED : SHIP_SHIPPED;
  for (const i of scored) {
    if (index.shipState[i] === wrong) score[i]! *= WRONG_STATE;
    else if (index.shipState[i] === right) score[i]! *= RIGHT_STATE;
  }
}

/** How many of the best candidates the second and third places are chosen from. */
const CANDIDATES = 8;

function topOf(index: ReplyIndex, score: Float32Array, scored: readonly number[], limit: number, tuning: SuggestTuning, intents: Map<number, number>): ReplySuggestion[] {
  const size = Math.max(limit, CANDIDATES);
  const top: number[] = [];
  for (const i of scored) {
    const value = score[i]!;
    if (value < tuning.threshold) continue;
    let k = top.length;
    // Equal scores keep library order.
    while (k > 0 && (score[top[k - 1]!]! < value || (score[top[k - 1]!] === value && top[k - 1]! > i))) k--;
    if (k < size) {
      top.splice(k, 0, i);
      if (top.length > size) top.pop();
    }
  }
  if (top.length === 0) return [];
  const bestScore = score[top[0]!]!;
  const chosen = tuning.diversity > 0 && intents.size > 1 ? diverse(index, score, top, limit, tuning, intents) : top.slice(0, limit);
  const covered = new Set<number>();
  const out: ReplySuggestion[] = [];
  for (const i of chosen) {
    // The relative cut drops weak alternatives to an answer already shown, not the answer to another question of the message.
    const answersAnother = tuning.diversity > 0 && intents.size > 1 && [...intents.keys()].some((k) => !covered.has(k) && strengthOn(index, k, i) > 0);
    if (score[i]! >= bestScore * tuning.relativeCut || (answersAnother && out.length > 0)) out.push({ id: index.ids[i]!, score: score[i]! });
    for (const k of intents.keys()) if (strengthOn(index, k, i) > 0) covered.add(k);
  }
  return out;
}

/** How strongly phrase `at` says intent `k` (0 when not): a binary search in the intent's postings. */
function strengthOn(index: ReplyIndex, k: number, at: number): number {
  const p = index.intentPhrases[k];
  if (!p) return 0;
  let lo = 0;
  let hi = p.at.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.at[mid]!;
    if (v === at) return p.weight[mid]!;
    if (v < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * A message that asks two things (`还没发货 我点了退款`) should not get three variants of one answer:
 * after the best phrase, a candidate that answers only what the chosen ones already answer counts
 * `1 - diversity` of its score against one that answers another of the message's intents.
 */
function diverse(index: ReplyIndex, score: Float32Array, candidates: readonly number[], limit: number, tuning: SuggestTuning, intents: Map<number, number>): number[] {
  const chosen = [candidates[0]!];
  const covered = new Map<number, number>();
  const cover = (i: number) => {
    for (const [k, w] of intents) covered.set(k, Math.max(covered.get(k) ?? 0, w * strengthOn(index, k, i)));
  };
  cover(candidates[0]!);
  while (chosen.length < Math.min(limit, candidates.length)) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of candidates) {
      if (chosen.includes(i)) continue;
      let all = 0;
      let fresh = 0;
      for (const [k, w] of intents) {
        const says = w * strengthOn(index, k, i);
        all += says;
        fresh += Math.max(0, says - (covered.get(k) ?? 0));
      }
      const novelty = all > 0 ? fresh / all : 0;
      const value = score[i]! * (1 - tuning.diversity + tuning.diversity * novelty);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    chosen.push(best);
    cover(best);
  }
  return chosen;
}
