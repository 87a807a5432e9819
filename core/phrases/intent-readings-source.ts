import { pinyin } from 'pinyin-pro';
import type { Intent } from './intents';

/** Readings shorter than this match inside too many unrelated pinyin strings. */
const MIN_LETTERS = 5;

/**
 * Toneless pinyin of every buyer word of the intent table, as buyers type it without spaces
 * (`包邮` → `baoyou`), by intent id. A reading that two intents share, or that a table already
 * lists by hand, is left out. Used by `scripts/write-intent-readings.ts`, which writes the result
 * to `intent-readings.ts`: the sidebar frame gets the readings without the pinyin dictionary.
 */
export function readingsOf(table: readonly Intent[]): Record<string, string[]> {
  const listed = new Set(table.flatMap((intent) => [...(intent.pinyin ?? []), ...(intent.latin ?? [])]));
  const owners = new Map<string, Set<string>>();
  for (const intent of table) {
    for (const word of intent.words) {
      if (!/^\p{Script=Han}+$/u.test(word) || word.length < 2) continue;
      const reading = pinyin(word, { toneType: 'none', type: 'array', v: true }).join('');
      if (reading.length < MIN_LETTERS || listed.has(reading)) continue;
      const set = owners.get(reading) ?? new Set<string>();
      set.add(intent.id);
      owners.set(reading, set);
    }
  }
  const out: Record<string, string[]> = {};
  for (const intent of table) out[intent.id] = [];
  for (const [reading, ids] of owners) if (ids.size === 1) out[[...ids][0]!]!.push(reading);
  for (const id of Object.keys(out)) if (out[id]!.length === 0) delete out[id];
  return out;
}
