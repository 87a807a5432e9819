/** Highlight ranges: where in the field's characters the best hit of a phrase lies. */
import { Field, Kind } from './search-rank';
import type { Hydrated } from './search-columns';

/** Unit range covered by pinyin offsets [a, b) of a field. */
function pinyinToUnits(l: string, a: number, b: number): [number, number] {
  let acc = 0;
  let start = -1;
  let u = 0;
  for (; u < l.length; u++) {
    const len = l.charCodeAt(u) - 48;
    if (start < 0 && len > 0 && a < acc + len) start = u;
    acc += len;
    if (acc >= b && len > 0) break;
  }
  let end = u + 1;
  while (end < l.length && l.charCodeAt(end) === 48) end++;
  return [Math.max(start, 0), Math.min(end, l.length)];
}

export function rangesOf(h: Hydrated, pos: number): [number, number][] {
  const field = h.bestField[pos] as Field;
  const kind = h.bestKind[pos] as Kind;
  const a = h.bestA[pos]!;
  const b = h.bestB[pos]!;
  if (field === Field.Code) return [[a, b]];
  const phrase = h.index.phrases[pos]!;
  const keys = field === Field.Title ? phrase.title : field === Field.Text ? phrase.text : h.index.groups[phrase.group]!.keys;
  if (kind === Kind.Pinyin || kind === Kind.Typo) return [pinyinToUnits(keys.l, a, b)];
  if (kind === Kind.PinyinAlt) return [pinyinToUnits(keys.l2 ?? keys.l, a, b)];
  return [[a, b]];
}
