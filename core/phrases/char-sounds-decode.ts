/**
 * The 3,755 characters of GB2312 level 1 (the characters in everyday use), decoded from their
 * codes: the table of sounds names them by position instead of carrying them (a bundle escapes
 * each Chinese character to six bytes).
 */
export const GB2312_LEVEL1_COUNT = 3755;

export function frequentCharacters(): string[] {
  const bytes = new Uint8Array(GB2312_LEVEL1_COUNT * 2);
  let n = 0;
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe && n < GB2312_LEVEL1_COUNT; cell++) {
      bytes[2 * n] = row;
      bytes[2 * n + 1] = cell;
      n++;
    }
  }
  return Array.from(new TextDecoder('gb18030').decode(bytes));
}

/** Character code → reading id, and the readings, from the table char-sounds.ts holds. */
export function decodeCharSounds(readings: string, runs: string): { ofChar: Map<number, number>; names: string[] } {
  const names = readings.split(' ');
  const chars = frequentCharacters();
  const ofChar = new Map<number, number>();
  let at = 0;
  for (const run of runs.split(',')) {
    const [head, count] = run.split('*');
    const length = count ? parseInt(count, 36) : 1;
    if (head !== '-') for (let k = 0; k < length; k++) ofChar.set(chars[at + k]!.charCodeAt(0), parseInt(head!, 36));
    at += length;
  }
  return { ofChar, names };
}
