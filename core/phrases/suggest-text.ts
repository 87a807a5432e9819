/**
 * How suggested replies read text: buyer messages and phrase fields become folded text (for the
 * intent table) and tokens (character bigrams, lone characters, Latin words) for the ranker.
 * Bounded: only the first `MESSAGE_CHARS` of a message are ever looked at.
 */
import { INTENTS } from './intents';
import { INTENT_READINGS } from './intent-readings';
import { foldText } from './normalize';
import { soundRepairer } from './sound-repair';
import { SHOP_SYNONYMS } from './synonyms';
import { toSimplified } from './traditional';

/** A message costs no more than this many characters, however long it is. */
export const MESSAGE_CHARS = 200;
/** Only the buyer's latest messages count. */
export const MAX_MESSAGES = 3;

/** Chat filler that says nothing about what the buyer wants (dropped from queries). */
const FILLER = new Set(['请问', '一下', '你们', '我们', '这个', '那个', '我想', '我要', '想问', '问下', '问一', '亲亲', '老板', '客服', '的话', '就是', '还是', '然后', '现在', '一个', '东西', '宝贝', '商品']);
/** Characters too common to mean anything alone (they still count inside bigrams). */
const COMMON_CHARS = new Set(Array.from('的了吗呢吧啊呀哦么嘛是我你他她它们这那个在有不就也都和与及或亲吧哈嗯还要会能可以想问请给把被让到去来说'));

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/** Colloquial and dialect spellings buyers type, and the plain words they stand for. */
const COLLOQUIAL: readonly [RegExp, string][] = [
  [/肿么|咋/g, '怎么'],
  // Dialects: Sichuan 啥子/莫得, northern 俺/嘎哈/不造, Cantonese 系唔系/咩/嘅/唔该.
  [/啥子|啥|神马/g, '什么'],
  [/莫得|没得/g, '没有'],
  [/嘎哈|干哈/g, '干什么'],
  [/不造/g, '不知道'],
  [/俺/g, '我'],
  [/系唔系|系咪|是咪/g, '是不是'],
  [/唔该/g, '谢谢'],
  [/唔/g, '不'],
  [/有咩/g, '有什么'],
  [/咩(?=$|[\s，,。!！?？~～])/g, '吗'],
  [/咩/g, '什么'],
  [/嘅/g, '的'],
  [/嘛时候/g, '什么时候'],
  [/木有|米有|冇/g, '没有'],
  [/介个/g, '这个'],
  [/酱紫/g, '这样'],
  [/伐$/g, '吗'],
  [/嘛(?=$|[\s，,。!！?？~～])/g, '吗'],
  // A phone, order or tracking number says nothing by its digits (and hides 12345 inside).
  [/\d{7,}/g, '#'],
  [/明儿个|明儿/g, '明天'],
  [/今儿个|今儿/g, '今天'],
  [/昨儿个|昨儿/g, '昨天'],
  [/一宿/g, '一夜'],
  [/瞅瞅/g, '看看'],
  [/(?<=我|先)在看看/g, '再看看'],
  [/搁/g, '放'],
  // Pinyin-IME slips on shop words: the same sounds, other characters.
  [/法货|fa货|发huo|发伙|发获/g, '发货'],
  [/(?<=能|几天|多久|哪天|明天|今天)dao/g, '到'],
  [/包由|包游/g, '包邮'],
  [/保休|包休/g, '保修'],
  [/维休/g, '维修'],
  [/(?<=安排|时候|几天|今天|明天|已经|还没|尽快|快点)法国/g, '发货'],
  [/快滴/g, '快递'],
  [/(?<!一路)顺风(?!车)/g, '顺丰'],
  [/有惠卷|优惠卷|优惠劵/g, '优惠券'],
  [/尺马/g, '尺码'],
  [/按装/g, '安装'],
  [/保治期|保值期|保制期/g, '保质期'],
  [/地制|地趾|地止/g, '地址'],
  [/退宽/g, '退款'],
  [/换获/g, '换货'],
  [/配建/g, '配件'],
  [/专漂/g, '专票'],
  [/发漂|发飘/g, '发票'],
  [/开漂|开飘/g, '开票'],
  [/价宝/g, '价保'],
  [/推款/g, '退款'],
  [/制保|质宝/g, '质保'],
  // Voice input and pinyin slips: 货 heard or typed as 或, 到 as 倒.
  [/(?<=[发退换到有缺])或(?![者许])/g, '货'],
  [/(?<=几天|多久|哪天|明天|今天|后天|几号|什么时候)(能|才能)?倒(?![过掉着了])/g, '$1到'],
];

/**
 * English shop words buyers mix into Chinese (`size偏大吗`, `refund多久`), as the Chinese words our
 * tables and phrases use. Longer wordings first (`free shipping` before `shipping`).
 */
const ENGLISH: readonly [RegExp, string][] = [
  [/\bfree ?shipping\b|\bfree ?delivery\b/g, '包邮'],
  [/\bshipping (?:fee|cost)s?\b|\bpostage\b|\bdelivery fee\b/g, '运费'],
  [/\btracking(?: number| no\.?)?\b/g, '物流单号'],
  [/\bship(?:ping|ped)?\b/g, '发货'],
  [/\bdeliver(?:y|ed)?\b|\barrive\b/g, '到货'],
  [/\bwarranty\b|\bguarantee\b/g, '保修'],
  [/\binvoices?\b|\breceipt\b/g, '发票'],
  [/\bout of stock\b|\bsold out\b/g, '缺货'],
  [/\bin stock\b|\bstock\b|\bavailable\b/g, '有货'],
  [/\brefund(?:ed)?\b/g, '退款'],
  [/\breturn\b/g, '退货'],
  [/\bexchange\b/g, '换货'],
  [/\bsizes?\b/g, '尺码'],
  [/\bcancel(?:led)?\b/g, '取消'],
  [/\borders?\b/g, '订单'],
  [/\baddress\b/g, '地址'],
  [/\bchange\b/g, '改'],
  [/\bcoupons?\b|\bvouchers?\b/g, '优惠券'],
  [/\bdiscount\b/g, '优惠'],
  [/\bcolou?rs?\b/g, '颜色'],
  [/\bbroken\b|\bdamaged\b/g, '坏了'],
  [/\bfake\b/g, '假货'],
  [/\b(?:authentic|genuine|original)\b/g, '正品'],
  [/\binstall(?:ation)?\b/g, '安装'],
  [/\bexpir(?:y|ation|e)(?: date)?\b|\bshelf life\b/g, '保质期'],
  [/\bspecs?\b/g, '参数'],
  [/\bcash on delivery\b|\bcod\b/g, '货到付款'],
  [/\bcredit card\b/g, '信用卡'],
];
const HAS_LATIN_WORD = /[a-z]{3}/i;

/**
 * Shop words buyers type as pinyin initials (`fh了吗`, `能by吗`, `有fp吗`), read as the words. Only
 * an initialism standing alone among Chinese: `by` in an English sentence stays English.
 */
const INITIALISMS: Readonly<Record<string, string>> = {
  kd: '快递', fh: '发货', by: '包邮', yf: '运费', tk: '退款', th: '退货', hh: '换货', sh: '售后', fp: '发票',
  zp: '正品', sf: '顺丰', jd: '京东', wl: '物流', yhq: '优惠券', xh: '现货', cp: '差评',
  kf: '客服', dh: '单号', zt: '自提', yfx: '运费险', qrsh: '确认收货',
};
const INITIALISM = new RegExp(`(?<![a-z])(${Object.keys(INITIALISMS).sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'gi');
const HAN = /\p{Script=Han}/u;
const LATIN_WORDS_BESIDE = /[a-z]{2,}\s+[a-z]{2,}/i;
function readInitialisms(text: string): string {
  if (!HAN.test(text) || LATIN_WORDS_BESIDE.test(text)) return text;
  return text.replace(INITIALISM, (found) => INITIALISMS[found.toLowerCase()] ?? found);
}

/**
 * Spaces, emoji and decorations next to a Chinese character: buyers put them between words and
 * even inside one (`包 邮 吗`, `发货😭了吗`), and they would split the word.
 */
const NOISE_BY_HAN = /(?<=\p{Script=Han})[\s\p{Extended_Pictographic}\uFE0F\u200D~～…·]+|[\s\p{Extended_Pictographic}\uFE0F\u200D~～…·]+(?=\p{Script=Han})/gu;

/** The shop words a slip is repaired to (the buyer words of our tables), built on first use. */
let repairBySound: ((text: string) => string) | null = null;
function soundRepair(text: string): string {
  if (!repairBySound) {
    const words = [...INTENTS.flatMap((i) => i.words), ...SHOP_SYNONYMS.flat()];
    const known = [...words, ...INTENTS.flatMap((i) => [...(i.pinyin ?? []), ...(i.latin ?? []), ...(i.answers ?? [])]), ...Object.values(INTENT_READINGS).flat()];
    repairBySound = soundRepairer(words, known);
  }
  return repairBySound(text);
}

/**
 * Buyer wording brought to the plain words our tables and phrases use (咋 → 怎么, 木有 → 没有,
 * 包 油 → 包邮, tui货 → 退货). `side: 'reply'` for a phrase's own title and text, written with care:
 * only the spelling folds, no repair by sound, spaces kept.
 */
export function plainWording(text: string, side: 'buyer' | 'reply' = 'buyer'): string {
  let out = toSimplified(text);
  for (const [from, to] of COLLOQUIAL) out = out.replace(from, to);
  if (side === 'buyer') out = readInitialisms(out);
  if (HAS_LATIN_WORD.test(out)) {
    const lower = out.toLowerCase();
    let english = lower;
    for (const [from, to] of ENGLISH) english = english.replace(from, to);
    if (english !== lower) out = english;
  }
  return side === 'buyer' ? soundRepair(out.replace(NOISE_BY_HAN, '')) : out;
}

/** A message as the intent table reads it: cut, plain wording, folded, without whitespace. */
export function foldForIntents(text: string, max = MESSAGE_CHARS, side: 'buyer' | 'reply' = 'buyer'): string {
  return plainWording(foldText(text.slice(0, max)), side).replace(/\s+/g, '');
}

/** Weight of a lone character against a bigram: it says less, and is found in more places. */
export const UNIGRAM_WEIGHT = 0.3;

/** Folds only when something needs folding (most shop text does not). */
const NEEDS_FOLD = /[A-Z\uff01-\uff5e\u3000]/;

/**
 * Calls `visit` with each token of a text: each bigram of a run of Han characters (weight 1),
 * each character of it that is not too common (`UNIGRAM_WEIGHT`), and each Latin/digit word of two
 * or more. A token may come more than once. `filler` drops chat filler (for buyer messages;
 * phrase fields keep every token).
 */
export function forEachToken(text: string, filler: boolean, visit: (token: string, weight: number) => void): void {
  // Phrase fields too: an owner in Hong Kong or Taiwan writes traditional characters.
  const folded = toSimplified(NEEDS_FOLD.test(text) ? foldText(text) : text);
  let runStart = -1;
  let latinStart = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    const han = isHan(code);
    if (runStart >= 0 && !han) {
      for (let k = runStart; k < i; k++) {
        const char = folded[k]!;
        if (!COMMON_CHARS.has(char)) visit(char, UNIGRAM_WEIGHT);
        if (k + 1 < i) {
          const bigram = folded.slice(k, k + 2);
          if (!filler || !FILLER.has(bigram)) visit(bigram, 1);
        }
      }
      runStart = -1;
    }
    const latin = isLatin(code);
    if (latinStart >= 0 && !latin) {
      if (i - latinStart >= 2) visit(folded.slice(latinStart, i), 1);
      latinStart = -1;
    }
    if (han && runStart < 0) runStart = i;
    else if (latin && latinStart < 0) latinStart = i;
  }
}

/** The tokens of a text with their weights (the best weight of a token met twice). */
export function tokensOf(text: string, filler = false): Map<string, number> {
  const tokens = new Map<string, number>();
  forEachToken(text, filler, (token, weight) => {
    if ((tokens.get(token) ?? 0) < weight) tokens.set(token, weight);
  });
  return tokens;
}
