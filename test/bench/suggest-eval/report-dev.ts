/**
 * Reads a development set's misses (not part of `npm run bench`): runs the ranker as
 * test/bench/suggest.bench.ts builds it — the starter library with its examples, through
 * `createReplyIndex` + `suggestReplies` — on DEV_D and prints top-1 / top-3 where a phrase fits,
 * how often it stays silent where none does, and every miss with the keys expected and got.
 * Imports only the development set, never the held-out part.
 *
 *   npx tsx test/bench/suggest-eval/report-dev.ts            # DEV_D
 *   npx tsx test/bench/suggest-eval/report-dev.ts --bare     # the library without its examples
 */
import { STARTER_PHRASES, createReplyIndex, suggestReplies, type SuggestablePhrase } from '../../../core/phrases';
import { DEV_D } from './dev-d';
import type { EvalQuestion } from './types';

const withExamples = !process.argv.includes('--bare');
const phrases: SuggestablePhrase[] = STARTER_PHRASES.map((p) => ({
  id: p.key,
  title: p.title,
  text: p.text,
  tags: p.tags,
  examples: withExamples ? p.examples : [],
  publicReply: p.publicReply,
}));
const index = createReplyIndex(phrases);

const messagesOf = (q: EvalQuestion): readonly string[] => (typeof q.q === 'string' ? [q.q] : q.q);
const show = (q: EvalQuestion) => (typeof q.q === 'string' ? q.q : q.q.join(' ⏎ '));
const pct = (n: number, d: number) => (d === 0 ? 'not available (none)' : `${((n / d) * 100).toFixed(1)} %`);

let fit = 0;
let top1 = 0;
let top3 = 0;
let none = 0;
let silent = 0;
const missed: string[] = [];
const spoke: string[] = [];
const wrongFirst: string[] = [];
for (const q of DEV_D) {
  const got = suggestReplies(index, messagesOf(q), 3).map((s) => s.id);
  if (q.fits.length === 0) {
    none++;
    if (got.length === 0) silent++;
    else spoke.push(`${show(q)}  →  got [${got.join(', ')}]`);
    continue;
  }
  fit++;
  if (got[0] !== undefined && q.fits.includes(got[0])) top1++;
  else if (got.some((id) => q.fits.includes(id))) wrongFirst.push(`${show(q)}  expected [${q.fits.join(', ')}]  got [${got.join(', ')}]`);
  if (got.some((id) => q.fits.includes(id))) top3++;
  else missed.push(`${show(q)}  expected [${q.fits.join(', ')}]  got [${got.join(', ')}]`);
}

console.log(`DEV_D, starter library ${withExamples ? 'with' : 'without'} examples: ${DEV_D.length} questions, ${fit} with a fitting phrase, ${none} without`);
console.log(`top-1 ${pct(top1, fit)}   top-3 ${pct(top3, fit)}   silent ${pct(silent, none)}`);
console.log(`\nmisses in top 3 (${missed.length}):`);
for (const line of missed) console.log(`  ${line}`);
console.log(`\nin top 3 but not first (${wrongFirst.length}):`);
for (const line of wrongFirst) console.log(`  ${line}`);
console.log(`\nspoke where none fits (${spoke.length}):`);
for (const line of spoke) console.log(`  ${line}`);
