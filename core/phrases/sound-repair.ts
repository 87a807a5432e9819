/**
 * Repairs buyer wording by sound: a shop word typed with a homophone slip (包油 for 包邮, 发或 for
 * 发货, 再吗 for 在吗) or with one of its characters in pinyin (tui货, 发piao) is written back as the
 * word, so the intent table and the ranker read what the buyer meant. No table lists the slips:
 * two characters slip when they share a toneless reading (char-sounds.ts, the frequent
 * characters only; no dictionary in the bundle).
 *
 * Careful by design: a word is repaired only where the text does not already hold a known word,
 * and with few characters changed (one of a word of two or three, two of a longer one), the
 * others typed exactly — a short word changed wholesale would find shop words in any chat.
 */
import { CHAR_READINGS, CHAR_READING_RUNS } from './char-sounds';
import { decodeCharSounds } from './char-sounds-decode';

/** Reading by character, and reading ids by toneless syllable (built on first use). */
interface Sounds {
  ofChar: Map<number, number>;
  syllable: Map<string, number>;
  /** Reading by id. */
  names: string[];
  /** The keys of a typed syllable, by id (one array each, shared). */
  keysOfSyllable: (readonly number[])[];
  longestSyllable: number;
}
let sounds: Sounds | null = null;
function soundTable(): Sounds {
  if (sounds) return sounds;
  const { ofChar, names } = decodeCharSounds(CHAR_READINGS, CHAR_READING_RUNS);
  sounds = {
    ofChar,
    syllable: new Map(names.map((name, id) => [name, id])),
    names,
    keysOfSyllable: names.map((_, id) => [id]),
    longestSyllable: Math.max(...names.map((name) => name.length)),
  };
  return sounds;
}

/** Keys a place in the text can match on: each reading, and the character itself. */
const LITERAL = 0x10000;
/** Keys of the known-slip groups, after the reading ids (a few hundred). */
const SLIP_KEY = 0x8000;
const literalKey = (code: number) => LITERAL + code;

/**
 * The places of a text: one character each, or a pinyin syllable typed in Latin letters (several
 * characters). Kept in arrays reused from call to call (no object per place).
 */
interface Units {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** The character (UTF-16 unit), or -1 for a typed syllable. */
  code: Int32Array;
  keys: (readonly number[])[];
}
const NO_KEYS: readonly number[] = [];
let scratch: Units = { count: 0, start: new Int32Array(256), end: new Int32Array(256), code: new Int32Array(256), keys: [] };
function pushUnit(units: Units, start: number, end: number, code: number, keys: readonly number[]) {
  if (units.count === units.start.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    units.start = grow(units.start);
    units.end = grow(units.end);
    units.code = grow(units.code);
  }
  units.start[units.count] = start;
  units.end[units.count] = end;
  units.code[units.count] = code;
  units.keys[units.count] = keys;
  units.count++;
}

const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
/** Syllables the split must not use alone: interjections pinyin-pro lists that no buyer means. */
const NOT_SYLLABLES = new Set(['m', 'n', 'ng', 'hm', 'hng', 'r', 'e', 'o', 'a', 'ei', 'ai', 'ao', 'ou', 'an', 'en', 'er', 'ang']);

/**
 * A run of Latin letters split into pinyin syllables (fewest syllables), or null when it is not
 * pinyin throughout (`ok`, `size` stay words). Syllables without an initial don't count alone, so
 * `xian` is one syllable and not `xi an`.
 */
function syllablesOf(run: string, table: Sounds): number[] | null {
  const n = run.length;
  if (n > 30) return null;
  // count[i]: fewest syllables covering run[0, i) (0 = not coverable, else count + 1); from[i]: where the last began.
  const count = new Int8Array(n + 1);
  const from = new Int8Array(n + 1);
  count[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!count[i]) continue;
    for (let len = 1; len <= table.longestSyllable && i + len <= n; len++) {
      const s = run.slice(i, i + len);
      if (NOT_SYLLABLES.has(s) || !table.syllable.has(s)) continue;
      if (!count[i + len] || count[i + len]! > count[i]! + 1) {
        count[i + len] = count[i]! + 1;
        from[i + len] = i;
      }
    }
  }
  if (!count[n]) return null;
  const ids: number[] = [];
  for (let end = n; end > 0; end = from[end]!) ids.push(table.syllable.get(run.slice(from[end]!, end))!);
  return ids.reverse();
}

/** Keys by Chinese character (bounded by the script's size). */
const keyCache = new Map<number, readonly number[]>();
/** What a Chinese character matches on: itself, its reading, and its groups of known IME slips. */
function keysOf(code: number, table: Sounds): readonly number[] {
  const cached = keyCache.get(code);
  if (cached) return cached;
  const reading = table.ofChar.get(code);
  const keys = reading === undefined ? [literalKey(code)] : [literalKey(code), reading];
  for (const group of SLIP_GROUPS.get(code) ?? []) keys.push(SLIP_KEY + group);
  keyCache.set(code, keys);
  return keys;
}

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** The places of `text` (in the reused scratch arrays). */
function unitsOf(text: string, table: Sounds): Units {
  const units = scratch;
  units.count = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (isLetter(code)) {
      let end = i;
      while (end < text.length && isLetter(text.charCodeAt(end))) end++;
      const split = syllablesOf(text.slice(i, end).toLowerCase(), table);
      if (split) {
        let at = i;
        for (const id of split) {
          const length = table.names[id]!.length;
          pushUnit(units, at, at + length, -1, table.keysOfSyllable[id]!);
          at += length;
        }
      } else for (let k = i; k < end; k++) pushUnit(units, k, k + 1, text.charCodeAt(k), NO_KEYS);
      i = end;
      continue;
    }
    pushUnit(units, i, i + 1, code, isHan(code) ? keysOf(code, table) : NO_KEYS);
    i++;
  }
  scratch = units;
  return units;
}

/** How many characters of a word of this length may be slips. */
const allowedSlips = (length: number) => (length >= 5 ? 2 : 1);

/**
 * Characters so common that, typed, they are nearly always meant (们 in 你们, 会 in 会不会): a word
 * of two is never repaired from them, a longer word only by a known IME slip.
 */
const COMMON = new Set(Array.from('的了吗呢吧啊呀哦么嘛是我你他她它们这那个在有不就也都和与及或还要会能可以想问请给把被让到去来说一上下大小多少好没人什时候里点看买卖用号直'));

/**
 * Pairs pinyin IMEs and voice input confuse all the time (each group reads alike): the only slips
 * a two-character word is repaired from, other than a syllable typed in pinyin (tui货).
 */
const IME_SLIP_GROUPS = ['在再', '的得地', '货或获伙', '到倒道', '吗嘛么马', '马码', '帐账', '邮油由游', '票漂飘', '款宽', '费废', '递第滴', '修休', '装状', '做作', '象像', '候后', '型形', '质制治', '价驾', '券劵卷', '址趾', '退推', '件建', '发法'];
/** Character → the slip groups it is in (马 is typed for 吗 and for 码). */
const SLIP_GROUPS = new Map<number, number[]>();
IME_SLIP_GROUPS.forEach((group, g) => {
  for (const c of group) SLIP_GROUPS.set(c.charCodeAt(0), [...(SLIP_GROUPS.get(c.charCodeAt(0)) ?? []), g]);
});
const knownSlip = (typed: number, meant: number) => (SLIP_GROUPS.get(typed) ?? []).some((g) => SLIP_GROUPS.get(meant)?.includes(g));

interface Cue {
  word: string;
  codes: number[];
  /** Per character: the keys it matches on (its readings and itself). */
  keys: Set<number>[];
}

/**
 * A repairer for `words` (the shop words it knows, Han characters only, two or more), checking
 * known words (`known`, any script: exact words of the intent table, pinyin readings) first.
 */
export function soundRepairer(words: readonly string[], known: readonly string[] = words): (text: string) => string {
  const table = soundTable();
  /** Words by the keys of their first and second character (nested: small integer keys stay fast). */
  const byPair = new Map<number, Map<number, Cue[]>>();
  for (const word of new Set(words)) {
    if (word.length < 2 || word.length > 8 || !/^\p{Script=Han}+$/u.test(word)) continue;
    const codes = Array.from(word, (c) => c.charCodeAt(0));
    const keys = codes.map((code) => new Set(keysOf(code, table)));
    const cue: Cue = { word, codes, keys };
    for (const a of keys[0]!) {
      const second = byPair.get(a) ?? new Map<number, Cue[]>();
      byPair.set(a, second);
      for (const b of keys[1]!) second.set(b, [...(second.get(b) ?? []), cue]);
    }
  }
  for (const second of byPair.values()) for (const list of second.values()) list.sort((x, y) => y.word.length - x.word.length);
  const knownWords = new Set(known.filter((w) => w.length >= 2));
  /** Known words by their first two UTF-16 units: the lengths to try. */
  const knownByStart = new Map<number, Map<number, number[]>>();
  for (const w of knownWords) {
    const second = knownByStart.get(w.charCodeAt(0)) ?? new Map<number, number[]>();
    knownByStart.set(w.charCodeAt(0), second);
    const lengths = second.get(w.charCodeAt(1)) ?? [];
    if (!lengths.includes(w.length)) lengths.push(w.length);
    second.set(w.charCodeAt(1), lengths);
  }

  /** Places of `text` inside a word typed exactly: never changed. */
  function coveredBy(text: string): Uint8Array {
    const covered = new Uint8Array(text.length);
    const lower = text.toLowerCase();
    for (let i = 0; i + 1 < lower.length; i++) {
      const lengths = knownByStart.get(lower.charCodeAt(i))?.get(lower.charCodeAt(i + 1));
      if (!lengths) continue;
      for (const length of lengths) if (knownWords.has(lower.slice(i, i + length))) covered.fill(1, i, i + length);
    }
    return covered;
  }

  const NO_CUES: readonly Cue[] = [];
  /** The last few texts repaired: a message is read twice (for the intent table and for tokens). */
  const recent = new Map<string, string>();
  return function repair(text: string): string {
    if (text.length < 2) return text;
    const seen = recent.get(text);
    if (seen !== undefined) return seen;
    const repaired = repairOnce(text);
    if (recent.size >= 8) recent.delete(recent.keys().next().value!);
    recent.set(text, repaired);
    return repaired;
  };

  function repairOnce(text: string): string {
    const covered = coveredBy(text);
    const units = unitsOf(text, table);
    let out = '';
    let copiedTo = 0;
    for (let u = 0; u + 1 < units.count; u++) {
      // Where two known words' characters meet, the text already reads right.
      if (covered[units.start[u]!] && covered[units.start[u + 1]!]) continue;
      let found: Cue | null = null;
      let foundSlips = 0;
      for (const a of units.keys[u]!) {
        const second = byPair.get(a);
        if (!second) continue;
        for (const b of units.keys[u + 1]!) {
          for (const cue of second.get(b) ?? NO_CUES) {
            if (found && (found.word.length > cue.word.length || (found.word.length === cue.word.length && foundSlips <= 1))) continue;
            const slips = slipsAt(units, u, cue, covered);
            if (slips > 0 && (!found || cue.word.length > found.word.length || slips < foundSlips)) {
              found = cue;
              foundSlips = slips;
            }
          }
        }
      }
      if (!found) continue;
      out += text.slice(copiedTo, units.start[u]!) + found.word;
      copiedTo = units.end[u + found.word.length - 1]!;
      u += found.word.length - 1;
    }
    return copiedTo === 0 ? text : out + text.slice(copiedTo);
  }
}

/**
 * How many characters of `cue` the units from `u` on have by sound only, or 0 when they are not
 * the word, are the word typed exactly, or differ in a way no buyer slips (see COMMON, knownSlip).
 */
function slipsAt(units: Units, u: number, cue: Cue, covered: Uint8Array): number {
  const length = cue.codes.length;
  if (u + length > units.count) return 0;
  let slips = 0;
  for (let k = 0; k < length; k++) {
    const code = units.code[u + k]!;
    const meant = cue.codes[k]!;
    if (code === meant) continue;
    if (covered[units.start[u + k]!] || !units.keys[u + k]!.some((key) => key < LITERAL && cue.keys[k]!.has(key))) return 0;
    if (++slips > allowedSlips(length)) return 0;
    // A syllable typed in pinyin is no slip of the ear: it says the sound outright.
    if (code < 0) continue;
    const known = knownSlip(code, meant);
    if (COMMON.has(String.fromCharCode(code))) {
      // Typed, the commonest characters are meant, but for a known slip inside a longer word (来的及).
      if (length === 2 || k === 0 || k === length - 1 || !known) return 0;
    } else if ((k === 0 || k === length - 1) && length <= 4) {
      // At a word's edge the typed character may belong to a word of the buyer's (普通款 is not
      // 同款, 快递非让我 not 快递费, 明天倒过来 not 明天到): only where a particle, a break or
      // the message's end is on its other side; and the rest of a word of two is no glue either,
      // unless the slip is a known one (再吗).
      const outside = k === 0 ? u - 1 : u + length;
      const outsideCode = outside >= 0 && outside < units.count ? units.code[outside]! : -1;
      if (outsideCode >= 0 && !PARTICLES.has(String.fromCharCode(outsideCode)) && !isBreak(outsideCode)) return 0;
      if (length === 2 && !known && COMMON.has(String.fromCharCode(cue.codes[1 - k]!))) return 0;
    }
  }
  return slips > 0 && slips < length ? slips : 0;
}

/** Sentence particles and question tails (包邮不, 发货没): a word ends before them. */
const PARTICLES = new Set(Array.from('的了吗呢吧啊呀哦么嘛啦哈呗不没'));

/** Punctuation, spaces and digits end a word. */
const isBreak = (code: number) => !((code >= 0x3400 && code <= 0x9fff) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));
