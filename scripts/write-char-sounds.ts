/**
 * Writes core/phrases/char-sounds.ts: the toneless reading of each of the 3,755 most used
 * characters (GB2312 level 1), so suggested replies can tell a homophone slip (包油 for 包邮)
 * without bundling the pinyin dictionary. Run after upgrading pinyin-pro:
 *   npx tsx scripts/write-char-sounds.ts
 * A unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { charSoundTable } from '../core/phrases/char-sounds-source';

const { readings, runs } = charSoundTable();
writeFileSync(
  new URL('../core/phrases/char-sounds.ts', import.meta.url),
  `// Written by scripts/write-char-sounds.ts (see char-sounds-source.ts): do not edit by hand.
/** Toneless readings, space-separated, by id. */
export const CHAR_READINGS = '${readings}';
/** Reading id of each GB2312 level-1 character in code order, as runs \`id*count\` (base 36). */
export const CHAR_READING_RUNS = '${runs}';
`,
);
console.log(`${readings.split(' ').length} readings, ${runs.split(',').length} runs`);
