/**
 * Writes core/phrases/char-sounds.ts: the toneless readings of the 3,755 most used characters
 * (GB2312 level 1), grouped by reading, so suggested replies can tell a homophone slip (包油 for
 * 包邮) without bundling the pinyin dictionary. Run after upgrading pinyin-pro:
 *   npx tsx scripts/write-char-sounds.ts
 * A unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { charSoundGroups } from '../core/phrases/char-sounds-source';

const groups = charSoundGroups();
writeFileSync(
  new URL('../core/phrases/char-sounds.ts', import.meta.url),
  `// Written by scripts/write-char-sounds.ts (see char-sounds-source.ts): do not edit by hand.
/** Toneless reading → the frequent characters read so (each under its everyday reading). */
export const CHAR_SOUNDS = '${groups}';
`,
);
console.log(`${groups.split(' ').length} readings`);
