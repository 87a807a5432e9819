/**
 * What mixed input reads besides the packed columns (made once per packed field, on the first
 * query that needs it): the initials of the other readings, the reading lengths and the reading ids.
 */
import { readingColumns, type ReadingColumns } from './search-anchored';
import type { FieldColumns } from './search-columns';
import type { FieldKeys } from './search-types';

export interface MixedColumns {
  /** The initials column with each polyphone's other initial (from `p2`) in place of its own. */
  alt: string;
  /**
   * The per-unit reading lengths (`l`, and `l2` of the other reading, `l` where there is none)
   * of every field, at the folded text's offsets. '' when the keys do not fit the columns: then
   * every field is read from its keys.
   */
  l: string;
  l2: string;
  /** Per segment: its segment in the other readings' column (`py2`), -1 for none. */
  altSeg: Int32Array;
  /** Each unit's reading ids, for the fast matcher; null where `l` is ''. */
  readings: ReadingColumns | null;
}
const mixedCache = new WeakMap<FieldColumns, MixedColumns>();

/** What mixed input reads besides the packed columns, made once per packed field on the first mixed query. */
export function mixedColumns(cols: FieldColumns, pick: (pos: number) => FieldKeys): MixedColumns {
  let made = mixedCache.get(cols);
  if (made === undefined) {
    const { phrase } = cols.norm;
    const altSeg = new Int32Array(phrase.length).fill(-1);
    cols.py2.phrase.forEach((pos, seg2) => {
      if (pos < altSeg.length) altSeg[pos] = seg2; // norm segment k is phrase k
    });
    const alts: string[] = [];
    const lens: string[] = [];
    const lens2: string[] = [];
    for (let seg = 0; seg < phrase.length; seg++) {
      const keys = pick(phrase[seg]!);
      const withAlt = keys.p2 !== undefined && keys.l2 !== undefined;
      alts.push(withAlt ? altInitials(keys.p2!, keys.l2!) : keys.i);
      lens.push(keys.l);
      lens2.push(withAlt ? keys.l2! : keys.l);
      if (withAlt !== altSeg[seg]! >= 0) altSeg[seg] = -2; // columns and keys disagree
    }
    made = { alt: alts.join('\n'), l: lens.join('\n'), l2: lens2.join('\n'), altSeg, readings: null };
    const fits =
      made.alt.length === cols.ini.str.length && made.l.length === cols.norm.str.length && made.l2.length === made.l.length && !altSeg.includes(-2);
    if (!fits) made = { alt: cols.ini.str, l: '', l2: '', altSeg, readings: null };
    else made.readings = readingColumns(cols.norm, made.l, made.l2, cols.py, cols.py2, altSeg);
    mixedCache.set(cols, made);
  }
  return made;
}

function altInitials(p2: string, l2: string): string {
  let alt = '';
  for (let u = 0, at = 0; u < l2.length; u++) {
    const len = l2.charCodeAt(u) - 48;
    alt += len > 0 ? p2[at]! : ' ';
    at += len;
  }
  return alt;
}
