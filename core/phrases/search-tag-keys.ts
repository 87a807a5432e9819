/**
 * Pinyin keys for tags, so `cp` or `chaping` finds phrases tagged 差评. Made in the page, with no
 * dictionary: a tag's readings are copied from where the index already read its characters — the
 * whole tag where a title or text holds it (its reading in context: 差评 is cha ping, not chai),
 * else each character from its first occurrence in any title, text or group name. A character
 * found nowhere keeps no reading (the tag still matches as written): the index carries no keys of
 * its own for tags. Made once per packed index, on the first
 * query with letters.
 */
import { readingText } from './search-anchored';
import { candidatesOf, charPostingsOf, type FieldColumns, type Hydrated } from './search-columns';
import { mixedColumns } from './search-mixed-columns';
import { isAsciiAlnum } from './normalize';
import type { FieldKeys } from './search-types';

const cache = new WeakMap<Hydrated, (FieldKeys | null)[]>();

/** Per tag of the index (`Hydrated.tagNames` order), its keys, or null when none of its characters has a reading. */
export function tagKeysOf(h: Hydrated): (FieldKeys | null)[] {
  let made = cache.get(h);
  if (!made) {
    const phrases = h.index.phrases;
    const fields: { cols: FieldColumns; ids: Uint16Array | null }[] = [
      { cols: h.title, ids: mixedColumns(h.title, (pos) => phrases[pos]!.title).readings?.id ?? null },
      { cols: h.text, ids: mixedColumns(h.text, (pos) => phrases[pos]!.text).readings?.id ?? null },
    ];
    made = h.tagNames.map((name) => keysOf(name, readingsOf(name, fields, h.index.groups)));
    cache.set(h, made);
  }
  return made;
}

function readingsOf(name: string, fields: { cols: FieldColumns; ids: Uint16Array | null }[], groups: readonly { keys: FieldKeys }[]): string[] {
  // the whole tag in a title or text: its readings in context
  for (const { cols, ids } of fields) {
    if (!ids) continue;
    const { offsets, shift } = candidatesOf(cols.norm, name);
    for (let k = 0; k < offsets.length; k++) {
      const o = offsets[k]! - shift;
      if (o >= 0 && cols.norm.str.startsWith(name, o)) return Array.from({ length: name.length }, (_, u) => readingText(ids[o + u]!));
    }
  }
  // else character by character
  return Array.from({ length: name.length }, (_, u) => {
    const c = name.charCodeAt(u);
    if (isAsciiAlnum(c)) return name[u]!;
    for (const { cols, ids } of fields) {
      const at = ids ? charPostingsOf(cols.norm).runs.get(c)?.[0] : undefined;
      if (at !== undefined) return readingText(ids![at]!);
    }
    for (const { keys } of groups) {
      const at = keys.s.indexOf(name[u]!);
      if (at >= 0) return readingAt(keys, at);
    }
    return ' ';
  });
}

/** The reading of unit `u` of a field's keys. */
function readingAt(keys: FieldKeys, u: number): string {
  let at = 0;
  for (let k = 0; k < u; k++) at += keys.l.charCodeAt(k) - 48;
  return keys.p.slice(at, at + keys.l.charCodeAt(u) - 48) || (keys.l[u] === '0' ? '' : ' ');
}

function keysOf(name: string, readings: string[]): FieldKeys | null {
  if (!readings.some((r) => r !== ' ' && r !== '')) return null;
  let i = '';
  let l = '';
  for (const r of readings) {
    i += r === '' ? ' ' : r[0];
    l += String(r.length);
  }
  return { s: name, i, p: readings.join(''), l };
}
