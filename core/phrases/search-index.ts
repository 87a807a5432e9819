/**
 * Builds the search index. This is the only module that imports pinyin-pro (its dictionary is
 * large): it runs in the background and in Node, and the index it returns is plain data that the
 * content script searches with `search.ts`.
 */
import { pinyin } from 'pinyin-pro';
import { foldText, foldUnit, isAsciiAlnum } from './normalize';
import { tagsOfPhrases } from './search-tags';
import {
  PHRASE_INDEX_VERSION,
  type FieldKeys,
  type IndexedPhrase,
  type PhraseIndex,
  type SearchablePhrase,
} from './search-types';

/**
 * Polyphones common enough in shop chat that both readings get indexed (contextual reading in `p`,
 * the other one in `p2`). A short list on purpose: indexing every rare reading (的 → di, 了 → liao)
 * would make short pinyin queries match noise.
 */
const POLYPHONES = new Set(
  Array.from(
    '行长重还藏差传调都发干好乐量便种和得地空少数只中着朝曾单降解率落难强曲散省说提相应载折正转作给背薄参称处弹当度分供号划会假间将角结觉看累奇亲区任识为血压要涨露系尽扁卡',
  ),
);

const altCache = new Map<string, string[]>();

function readingsOf(char: string): string[] {
  let cached = altCache.get(char);
  if (!cached) {
    cached = pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true }).map((r) => r.toLowerCase());
    altCache.set(char, cached);
  }
  return cached;
}

function alternateReading(char: string, reading: string): string | undefined {
  if (POLYPHONES.has(char)) {
    const other = readingsOf(char).find((r) => r !== reading && /^[a-z]+$/.test(r));
    if (other) return other;
  }
  // 绿 lv: people type both `lv` and `lu`.
  if (reading.includes('v')) return reading.replace(/v/g, 'u');
  return undefined;
}

interface Unit {
  reading: string;
  alt: string | undefined;
  /** Units the item spans in the source (2 for a surrogate pair). */
  width: number;
}

function unitsOf(text: string): Unit[] {
  const items = pinyin(text, { type: 'all', toneType: 'none', v: true });
  const units: Unit[] = [];
  let offset = 0;
  for (const item of items) {
    if (text.startsWith(item.origin, offset) && item.isZh && item.pinyin && item.origin.length <= 2) {
      const reading = item.pinyin.toLowerCase();
      units.push({ reading, alt: alternateReading(item.origin, reading), width: item.origin.length });
      offset += item.origin.length;
    } else if (text.startsWith(item.origin, offset)) {
      for (let k = 0; k < item.origin.length; k++) units.push(plainUnit(text.charCodeAt(offset + k)));
      offset += item.origin.length;
    } else {
      break; // should not happen; the tail is filled below
    }
  }
  for (; offset < text.length; offset++) units.push(plainUnit(text.charCodeAt(offset)));
  return units;
}

function plainUnit(code: number): Unit {
  const folded = foldUnit(code);
  return { reading: isAsciiAlnum(folded) ? String.fromCharCode(folded) : ' ', alt: undefined, width: 1 };
}

/**
 * Search keys of one field. `alternates` adds the polyphones' other readings (`p2`); phrase texts
 * go without, to keep the index small: their contextual reading is right nearly always, and a
 * title or code is what agents search by.
 */
export function fieldKeys(text: string, alternates = true): FieldKeys {
  const units = unitsOf(text);
  let i = '';
  let p = '';
  let l = '';
  let p2 = '';
  let l2 = '';
  let hasAlt = false;
  for (const u of units) {
    const alt = u.alt ?? u.reading;
    if (u.alt) hasAlt = true;
    i += u.reading[0] ?? ' ';
    p += u.reading;
    l += String(u.reading.length);
    p2 += alt;
    l2 += String(alt.length);
    for (let k = 1; k < u.width; k++) {
      i += ' ';
      l += '0';
      l2 += '0';
    }
  }
  const keys: FieldKeys = { s: foldText(text), i, p, l };
  if (hasAlt && alternates) {
    keys.p2 = p2;
    keys.l2 = l2;
  }
  return keys;
}

/** Search keys of one phrase; `groupIndex` is its position in the index's group list. */
export function indexPhrase(phrase: SearchablePhrase, groupIndex = -1): IndexedPhrase {
  return {
    id: phrase.id,
    code: phrase.code ? foldText(phrase.code.trim()) : '',
    title: fieldKeys(phrase.title),
    text: fieldKeys(phrase.text, false),
    group: groupIndex,
  };
}

/**
 * Builds a plain, JSON-serialisable index over `phrases` (pinyin computed here, once).
 * Search it with `searchPhrases`; order of `phrases` is the final tie-breaker.
 */
export function createPhraseIndex(phrases: readonly SearchablePhrase[]): PhraseIndex {
  const groups: PhraseIndex['groups'] = [];
  const groupPos = new Map<string, number>();
  const indexed = phrases.map((phrase) => {
    let g = -1;
    const name = phrase.group?.trim();
    if (name) {
      g = groupPos.get(name) ?? -1;
      if (g < 0) {
        g = groups.length;
        groups.push({ name, keys: fieldKeys(name) });
        groupPos.set(name, g);
      }
    }
    return indexPhrase(phrase, g);
  });
  return { version: PHRASE_INDEX_VERSION, phrases: indexed, groups, tags: tagsOfPhrases(phrases) };
}
