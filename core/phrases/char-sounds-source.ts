import { pinyin } from 'pinyin-pro';

/** The 3,755 characters of GB2312 level 1: the characters in everyday use, decoded from their codes. */
export function frequentCharacters(): string[] {
  const decoder = new TextDecoder('gb18030');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      out.push(decoder.decode(new Uint8Array([row, cell])));
    }
  }
  return out;
}

/**
 * `reading:characters` groups, space-separated, readings in alphabetical order (`bao:包宝保…`).
 * Each character under its everyday reading only: with every rare reading too (能 is also nài),
 * far too many characters would sound alike. Readings use `v` for ü, as buyers type it.
 */
export function charSoundGroups(chars: readonly string[] = frequentCharacters()): string {
  const byReading = new Map<string, string>();
  for (const c of chars) {
    const r = pinyin(c, { toneType: 'none', v: true });
    if (/^[a-z]+$/.test(r)) byReading.set(r, (byReading.get(r) ?? '') + c);
  }
  return [...byReading.keys()]
    .sort()
    .map((r) => `${r}:${byReading.get(r)}`)
    .join(' ');
}
