/**
 * Writes core/phrases/intent-readings.ts from the intent table (run after changing its words):
 *   npx tsx scripts/write-intent-readings.ts
 * A unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { INTENTS } from '../core/phrases/intents';
import { readingsOf } from '../core/phrases/intent-readings-source';

const readings = readingsOf(INTENTS);
const lines = Object.entries(readings).map(([id, list]) => `  '${id}': [${list.map((r) => `'${r}'`).join(', ')}],`);
writeFileSync(
  new URL('../core/phrases/intent-readings.ts', import.meta.url),
  `// Written by scripts/write-intent-readings.ts from intents.ts: do not edit by hand.
/** Toneless pinyin of the intent table's buyer words, by intent id (see intent-readings-source.ts). */
export const INTENT_READINGS: Readonly<Record<string, readonly string[]>> = {
${lines.join('\n')}
};
`,
);
console.log(`${Object.values(readings).flat().length} readings of ${Object.keys(readings).length} intents`);
