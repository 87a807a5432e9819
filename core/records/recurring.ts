/**
 * Recurring questions (DOMAIN §1: repeated questions are the source of new phrases): buyer
 * questions from saved conversations, grouped when they say nearly the same thing, and for each
 * frequent group no phrase answers, a suggested new phrase (title and buyer questions).
 *
 * Cheap on purpose (20,000 messages in well under a second): questions are normalised (width,
 * case, punctuation, traditional characters, colloquial spellings, greetings and particles), exact repeats counted once,
 * then grouped greedily, most asked first, by the idf-weighted Dice overlap of their character
 * bigrams; an inverted index from bigram to group leaders means each question is compared only
 * with the leaders it shares a bigram with.
 */
import { PHRASE_EXAMPLE_MAX, PHRASE_EXAMPLES_MAX, PHRASE_TITLE_MAX, plainWording, suggestReplies, toSimplified, type ReplyIndex } from '../phrases';

/** One buyer question, and the conversation it came from (groups count conversations, not repeats). */
export interface AskedQuestion {
  text: string;
  conversation: string;
}

export interface QuestionGroup {
  /** The most asked wording, as buyers wrote it: the suggested phrase's title. */
  title: string;
  /** Buyer questions of the group, most asked first, distinct, each ≤ 60 characters (the phrase's examples). */
  examples: string[];
  /** How many times the group's questions were asked, and in how many conversations. */
  count: number;
  conversations: number;
}

export interface RecurringOptions {
  /** A group is frequent when asked in at least this many conversations (default 2). */
  minConversations?: number;
  /** Dice similarity (idf-weighted, 0–1) from which a question joins a group (default 0.45). */
  threshold?: number;
  /** True when a phrase of the library already answers this question: the group is left out. */
  answered?: (question: string) => boolean;
  /** At most this many groups (default 50), the most asked first. */
  limit?: number;
}

export const RECURRING_DEFAULTS = { minConversations: 2, threshold: 0.45, limit: 50 } as const;
/** A bigram more group leaders than this share is common: it adds to a score but finds no candidates. */
const COMMON_POSTINGS = 64;
/** A question is read up to this many characters (longer text is rarely a question worth a phrase). */
const QUESTION_CHARS = 120;

/**
 * Greetings and fillers that say nothing about what is asked, and the frame of a question (when,
 * how, can, is there): `什么时候发货` and `多久能发货` ask the same, `什么时候发货` and
 * `什么时候到货` do not — without the frame, bigram overlap tells them apart. Particles go at the end.
 */
const FILLER =
  /请问|问一下|问下|你好|您好|在吗|在不在|亲亲|亲爱的|亲|老板|客服|掌柜|店家|这个|那个|一下|麻烦|谢谢|什么时候|什么时间|几时|多久|大概|一般|怎么样|怎么|如何|可以|可不可以|能不能|能否|有没有|是不是|会不会|是否/g;
const TRAILING = /[吗呢啊呀哈哦嘛吧么啦呗哇]+$/;
/** Colloquial spellings `plainWording` rewrites: most questions have none, and skip its replacements. */
const COLLOQUIAL_HINT = /肿么|咋|啥|神马|木有|米有|冇|介个|酱紫|伐/;

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isWordAscii = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** A question as grouping compares it: `亲，包邮吗？？` and `包邮嘛` both become `包邮`. */
export function normalizeQuestion(text: string): string {
  const cut = text.length > QUESTION_CHARS ? text.slice(0, QUESTION_CHARS) : text;
  // One pass: full-width to half-width, upper to lower case (as foldText does), and only Han
  // characters, Latin letters and digits kept (punctuation, spaces and emoji dropped).
  let kept = '';
  for (let i = 0; i < cut.length; i++) {
    let c = cut.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (isHan(c) || isWordAscii(c)) kept += String.fromCharCode(c);
  }
  // Traditional characters as simplified, as suggested replies read them: `運費多少` and `运费多少` are one question.
  kept = toSimplified(kept);
  if (COLLOQUIAL_HINT.test(kept)) kept = plainWording(kept);
  return kept.replace(FILLER, '').replace(TRAILING, '');
}

function bigramsOf(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length < 2) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** One distinct normalised question: its spellings as asked, and the conversations it came from. */
interface Distinct {
  key: string;
  count: number;
  conversations: Set<string>;
  spellings: Map<string, number>;
  grams: number[];
  mass: number;
}

/** The groups of near-duplicate questions, most asked first (see the file's comment for how). */
export function groupQuestions(questions: readonly AskedQuestion[], threshold: number = RECURRING_DEFAULTS.threshold): { key: string; members: Distinct[] }[] {
  const byKey = new Map<string, Distinct>();
  // Buyers repeat themselves word for word: each text is normalised once.
  const keyOf = new Map<string, string>();
  for (const q of questions) {
    let key = keyOf.get(q.text);
    if (key === undefined) keyOf.set(q.text, (key = normalizeQuestion(q.text)));
    if (Array.from(key).length < 2) continue; // a greeting, a sticker, `?`
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = { key, count: 0, conversations: new Set(), spellings: new Map(), grams: [], mass: 0 }));
    d.count++;
    d.conversations.add(q.conversation);
    const spelling = q.text.trim().replace(/\s+/g, ' ').slice(0, PHRASE_EXAMPLE_MAX);
    d.spellings.set(spelling, (d.spellings.get(spelling) ?? 0) + 1);
  }
  // Bigram ids and document frequencies over the distinct questions.
  const gramId = new Map<string, number>();
  const df: number[] = [];
  const distinct = [...byKey.values()];
  for (const d of distinct) {
    for (const g of bigramsOf(d.key)) {
      let id = gramId.get(g);
      if (id === undefined) {
        id = df.length;
        gramId.set(g, id);
        df.push(0);
      }
      df[id]!++;
      d.grams.push(id);
    }
  }
  const idf = df.map((n) => Math.log(1 + distinct.length / n));
  for (const d of distinct) d.mass = d.grams.reduce((sum, g) => sum + idf[g]!, 0);

  distinct.sort((a, b) => b.count - a.count || a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
  const groups: { key: string; leader: Distinct; grams: Set<number>; members: Distinct[] }[] = [];
  const leadersOf: number[][] = df.map(() => []);
  const shared = new Float64Array(distinct.length);
  const touched: number[] = [];
  const common: number[] = [];
  const add = (g: number) => {
    for (const at of leadersOf[g]!) {
      if (shared[at] === 0) touched.push(at);
      shared[at]! += idf[g]!;
    }
  };
  for (const d of distinct) {
    // Candidates come through the bigrams few leaders share; a common bigram (low idf, long list)
    // is only checked against those candidates, so a long list is never walked.
    for (const g of d.grams) {
      if (leadersOf[g]!.length > COMMON_POSTINGS) common.push(g);
      else add(g);
    }
    // A question made only of common bigrams takes its candidates from the shortest of their lists.
    if (touched.length === 0 && common.length > 0) {
      const rarest = common.reduce((a, b) => (leadersOf[a]!.length <= leadersOf[b]!.length ? a : b));
      common.splice(common.indexOf(rarest), 1);
      add(rarest);
    }
    let best = -1;
    let bestScore = threshold;
    for (const at of touched) {
      let overlap = shared[at]!;
      for (const g of common) if (groups[at]!.grams.has(g)) overlap += idf[g]!;
      const score = (2 * overlap) / (d.mass + groups[at]!.leader.mass);
      if (score >= bestScore) {
        best = at;
        bestScore = score;
      }
      shared[at] = 0;
    }
    touched.length = 0;
    common.length = 0;
    if (best >= 0) groups[best]!.members.push(d);
    else {
      for (const g of d.grams) leadersOf[g]!.push(groups.length);
      groups.push({ key: d.key, leader: d, grams: new Set(d.grams), members: [d] });
    }
  }
  return groups;
}

/**
 * The frequent groups of near-duplicate buyer questions that no phrase answers yet, most asked
 * first, each with what a new phrase for it would hold (title, example questions).
 */
export function recurringQuestions(questions: readonly AskedQuestion[], options: RecurringOptions = {}): QuestionGroup[] {
  const minConversations = options.minConversations ?? RECURRING_DEFAULTS.minConversations;
  const limit = options.limit ?? RECURRING_DEFAULTS.limit;
  const out: QuestionGroup[] = [];
  const groups = groupQuestions(questions, options.threshold)
    .map(({ members }) => {
      const conversations = new Set<string>();
      const spellings = new Map<string, number>();
      let count = 0;
      for (const m of members) {
        count += m.count;
        for (const c of m.conversations) conversations.add(c);
        for (const [s, n] of m.spellings) spellings.set(s, (spellings.get(s) ?? 0) + n);
      }
      // Most asked first; among equals, plain wording (`什么` over `啥`), then the shorter.
      const plain = (s: string) => (plainWording(s) === s ? 0 : 1);
      const ranked = [...spellings].sort((a, b) => b[1] - a[1] || plain(a[0]) - plain(b[0]) || a[0].length - b[0].length).map(([s]) => s);
      return { count, conversations: conversations.size, ranked };
    })
    .filter((g) => g.conversations >= minConversations)
    .sort((a, b) => b.conversations - a.conversations || b.count - a.count);
  for (const g of groups) {
    if (out.length >= limit) break;
    if (options.answered?.(g.ranked[0]!)) continue;
    out.push({ title: titleOf(g.ranked[0]!), examples: g.ranked.slice(0, PHRASE_EXAMPLES_MAX), count: g.count, conversations: g.conversations });
  }
  return out;
}

/** A title from the most asked wording: without a greeting before or punctuation after, within the title's length. */
function titleOf(question: string): string {
  const bare = question.replace(/^(亲亲|亲|你好|您好|请问|老板|在吗)[\s,，!！。~～?？]*/u, '').replace(/[\s?？!！。.,，~～]+$/u, '');
  return (bare || question).slice(0, PHRASE_TITLE_MAX);
}

/** "Has a phrase": the suggested replies' ranker finds a phrase above its threshold for the question. */
export function answeredBy(index: ReplyIndex): (question: string) => boolean {
  return (question) => suggestReplies(index, [question], 1).length > 0;
}
