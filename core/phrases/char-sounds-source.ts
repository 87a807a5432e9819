import { pinyin } from 'pinyin-pro';
import { GB2312_LEVEL1_COUNT, frequentCharacters } from './char-sounds-decode';

export { frequentCharacters };

/**
 * The table char-sounds.ts holds: each frequent character's everyday toneless reading, as the
 * readings (`a ai an …`, `v` for ü as buyers type it) and runs over the characters in GB2312
 * order, which is nearly pinyin order (`id*count`, base 36, comma-separated). Each character has
 * its everyday reading only: with every rare reading too (能 is also nài), far too many
 * characters would sound alike. A character pinyin-pro cannot read gets reading id 0 in a run of
 * its own marked `-` (none).
 */
export function charSoundTable(chars: readonly string[] = frequentCharacters()): { readings: string; runs: string } {
  if (chars.length !== GB2312_LEVEL1_COUNT) throw new Error(`expected ${GB2312_LEVEL1_COUNT} characters, got ${chars.length}`);
  const of = chars.map((c) => pinyin(c, { toneType: 'none', v: true }));
  const readings = [...new Set(of.filter((r) => /^[a-z]+$/.test(r)))].sort();
  const id = new Map(readings.map((r, i) => [r, i]));
  const runs: string[] = [];
  for (let i = 0; i < of.length; ) {
    let j = i;
    while (j < of.length && of[j] === of[i]) j++;
    const r = id.get(of[i]!);
    const head = r === undefined ? '-' : r.toString(36);
    runs.push(j - i > 1 ? `${head}*${(j - i).toString(36)}` : head);
    i = j;
  }
  return { readings: readings.join(' '), runs: runs.join(',') };
}
