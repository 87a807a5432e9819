/**
 * Buyer-typing perturbations of development questions (seeded), to measure how suggestions hold
 * up on wording no table lists item by item: an IME homophone slip, a shop word typed in pinyin
 * (whole, one character of it, or its initials), a dropped particle or character, spaces, emoji
 * and punctuation between words, repeated characters, dialect particles. Development aid only:
 * the held-out part is never perturbed (nor read).
 */
import { pinyin } from 'pinyin-pro';
import { INTENTS } from '../../../core/phrases/intents';
import { SHOP_SYNONYMS } from '../../../core/phrases/synonyms';
import { STARTER_PHRASES } from '../../../core/phrases/starter-library';

export const PERTURBATIONS = ['ime-slip', 'homophone', 'pinyin-word', 'pinyin-char', 'initials', 'drop', 'drop-in-word', 'noise', 'repeat', 'dialect'] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

type Random = () => number;
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const isHan = (c: string) => /^\p{Script=Han}$/u.test(c);

/** Slips pinyin IMEs and voice input make every day (each character → what it is typed as). */
const IME_SLIPS: Record<string, readonly string[]> = {
  在: ['再'], 再: ['在'], 的: ['得', '地'], 得: ['的'], 地: ['的'], 货: ['或', '获'], 到: ['倒', '道'],
  吗: ['嘛', '么', '马'], 么: ['嘛'], 己: ['已'], 已: ['己', '以'], 账: ['帐'], 帐: ['账'], 做: ['作'],
  那: ['哪'], 哪: ['那'], 像: ['象'], 带: ['代'], 候: ['后'], 发: ['法'], 邮: ['由', '油'], 块: ['快'],
  递: ['第'], 退: ['推'], 款: ['宽'], 票: ['漂'], 码: ['马'], 型: ['形'], 装: ['状'], 换: ['还'],
  修: ['休'], 费: ['废'], 量: ['亮'], 质: ['制'], 保: ['包', '宝'], 包: ['保'], 买: ['卖'], 卖: ['买'],
  几: ['机'], 期: ['其'], 件: ['建'], 送: ['松'], 能: ['嫩'], 没: ['美'], 还: ['换'], 多: ['都'],
};

/** Frequent characters: those our starter library and the buyer-word table use (IME candidates buyers pick). */
const FREQUENT: ReadonlySet<string> = new Set(
  [...STARTER_PHRASES.flatMap((p) => [p.title, p.text, ...(p.examples ?? [])]), ...INTENTS.flatMap((i) => i.words)].join('').split('').filter(isHan),
);
const readingsOf = (c: string) => pinyin(c, { toneType: 'none', multiple: true, type: 'array', v: true }) as string[];
/** Frequent characters by toneless reading. */
const BY_SOUND = new Map<string, string[]>();
for (const c of FREQUENT) {
  for (const r of readingsOf(c)) {
    const list = BY_SOUND.get(r) ?? [];
    list.push(c);
    BY_SOUND.set(r, list);
  }
}

/** Shop words a buyer may type in pinyin: the buyer words of the intent table and our synonym rows. */
const SHOP_WORDS = [...new Set([...INTENTS.flatMap((i) => i.words), ...SHOP_SYNONYMS.flat()])]
  .filter((w) => w.length >= 2 && w.length <= 4 && /^\p{Script=Han}+$/u.test(w))
  .sort((a, b) => b.length - a.length);

const PARTICLES = new Set(Array.from('吗呢吧啊呀的了么嘛哦哈啦'));
const NOISE = [' ', '  ', '😂', '🙏', '~', '，', '。。', '?', '！', '👍', '…'];
/** Particles of regional speech, in place of a question's 吗 or after it. */
const DIALECT_ENDINGS = ['不', '没', '撒', '咩', '伐', '噻', '嘞', '哈', '呗', '哇'];

/** The shop words `text` has (longest first, not overlapping). */
function shopWordsIn(text: string): { at: number; word: string }[] {
  const found: { at: number; word: string }[] = [];
  for (const word of SHOP_WORDS) {
    const at = text.indexOf(word);
    if (at >= 0 && !found.some((f) => at < f.at + f.word.length && f.at < at + word.length)) found.push({ at, word });
  }
  return found;
}
function shopWordIn(text: string, rnd: Random): { at: number; word: string } | null {
  const found = shopWordsIn(text);
  return found.length ? pick(rnd, found) : null;
}
/** Whether UTF-16 offset `i` is inside a shop word of `text` (not at its start). */
const insideWord = (words: { at: number; word: string }[], i: number) => words.some((w) => i > w.at && i < w.at + w.word.length);

const toneless = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[];

/** `text` as a buyer might have typed it instead, or null when this kind has nothing to change. */
export function perturb(text: string, kind: Perturbation, rnd: Random): string | null {
  const chars = Array.from(text);
  switch (kind) {
    case 'ime-slip': {
      const places = chars.flatMap((c, i) => (IME_SLIPS[c] ? [i] : []));
      if (!places.length) return null;
      const i = pick(rnd, places);
      chars[i] = pick(rnd, IME_SLIPS[chars[i]!]!);
      return chars.join('');
    }
    case 'homophone': {
      const places = chars.flatMap((c, i) => {
        if (!isHan(c) || PARTICLES.has(c)) return [];
        return readingsOf(c).some((r) => (BY_SOUND.get(r) ?? []).some((o) => o !== c)) ? [i] : [];
      });
      if (!places.length) return null;
      const i = pick(rnd, places);
      const c = chars[i]!;
      const others = readingsOf(c).flatMap((r) => (BY_SOUND.get(r) ?? []).filter((o) => o !== c));
      chars[i] = pick(rnd, others);
      return chars.join('');
    }
    case 'pinyin-word':
    case 'pinyin-char':
    case 'initials': {
      const found = shopWordIn(text, rnd);
      if (!found) return null;
      const syllables = toneless(found.word);
      let typed: string;
      if (kind === 'pinyin-word') typed = rnd() < 0.5 ? syllables.join('') : syllables.join(' ');
      else if (kind === 'initials') typed = syllables.map((s) => s[0]).join('');
      else {
        const k = Math.floor(rnd() * syllables.length);
        typed = Array.from(found.word).map((c, i) => (i === k ? syllables[i] : c)).join('');
      }
      return text.slice(0, found.at) + typed + text.slice(found.at + found.word.length);
    }
    case 'drop': {
      // A particle, or a character outside the shop words (the context around them).
      if (chars.length !== text.length) return null;
      const words = shopWordsIn(text);
      const outside = (i: number) => !words.some((w) => i >= w.at && i < w.at + w.word.length);
      const particles = chars.flatMap((c, i) => (PARTICLES.has(c) && outside(i) ? [i] : []));
      const han = chars.flatMap((c, i) => (isHan(c) && outside(i) ? [i] : []));
      const places = particles.length && rnd() < 0.5 ? particles : han;
      if (!places.length || chars.length < 3) return null;
      chars.splice(pick(rnd, places), 1);
      return chars.join('');
    }
    case 'drop-in-word': {
      // One character inside a shop word of three or more (什么时候发货 → 什么时发货).
      if (chars.length !== text.length) return null;
      const long = shopWordsIn(text).filter((w) => w.word.length >= 3);
      if (!long.length) return null;
      const w = pick(rnd, long);
      chars.splice(w.at + Math.floor(rnd() * w.word.length), 1);
      return chars.join('');
    }
    case 'noise': {
      // Spaces and emoji anywhere, punctuation between words (not inside a shop word).
      if (chars.length < 3 || chars.length !== text.length) return null;
      const words = shopWordsIn(text);
      const times = 1 + Math.floor(rnd() * 3);
      const inserts: [number, string][] = [];
      for (let t = 0; t < times; t++) {
        const at = 1 + Math.floor(rnd() * (chars.length - 1));
        const mark = pick(rnd, NOISE);
        if (/^[\s\p{Extended_Pictographic}]+$/u.test(mark) || !insideWord(words, at)) inserts.push([at, mark]);
      }
      if (!inserts.length) return null;
      for (const [at, mark] of inserts.sort((a, b) => b[0] - a[0])) chars.splice(at, 0, mark);
      return chars.join('');
    }
    case 'repeat': {
      const han = chars.flatMap((c, i) => (isHan(c) ? [i] : []));
      if (!han.length) return null;
      // Most often the last character (吗吗吗, 啊啊), else any.
      const i = rnd() < 0.5 ? han[han.length - 1]! : pick(rnd, han);
      chars.splice(i, 0, ...Array(1 + Math.floor(rnd() * 2)).fill(chars[i]));
      return chars.join('');
    }
    case 'dialect': {
      const ending = pick(rnd, DIALECT_ENDINGS);
      const last = chars.map((c, i) => [c, i] as const).filter(([c]) => c === '吗' || c === '么' || c === '嘛').pop();
      if (last && rnd() < 0.6) chars[last[1]] = ending;
      else chars.push(ending);
      return chars.join('');
    }
  }
}
