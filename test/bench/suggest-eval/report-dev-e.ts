/**
 * Development report on set E (not part of `npm run bench`): runs the ranker on DEV_E with the
 * starter library built as test/bench/suggest.bench.ts builds it, prints top-1 / top-3 where a
 * phrase fits, silence where none does, and every miss with what was expected and what came.
 * Run: npx tsx test/bench/suggest-eval/report-dev-e.ts
 */
import { STARTER_PHRASES, createReplyIndex, suggestReplies, type SuggestablePhrase } from '../../../core/phrases';
import { INTENTS, intentMatcher } from '../../../core/phrases/intents';
import { foldForIntents } from '../../../core/phrases/suggest-text';
import { DEV_E } from './dev-e';
import type { EvalQuestion } from './types';

const phrases: SuggestablePhrase[] = STARTER_PHRASES.map((p) => ({
  id: p.key,
  title: p.title,
  text: p.text,
  tags: p.tags,
  examples: p.examples,
  publicReply: p.publicReply,
}));
const index = createReplyIndex(phrases);
const intentsOf = intentMatcher();
/** The intents the table reads in each message: an empty list points at wording it lacks. */
const intentsSaid = (messages: readonly string[]) => messages.map((m) => intentsOf(foldForIntents(m)).map((i) => INTENTS[i]!.id).join(',') || '-').join(' / ');
const messagesOf = (q: EvalQuestion): readonly string[] => (typeof q.q === 'string' ? [q.q] : q.q);
const share = (part: number, whole: number) => (whole === 0 ? 'not available (none)' : `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`);

let fit = 0;
let top1 = 0;
let top3 = 0;
let none = 0;
let silent = 0;
const wrongFirst: string[] = [];
const missed: string[] = [];
const spoke: string[] = [];
for (const q of DEV_E) {
  const got = suggestReplies(index, messagesOf(q), 3).map((s) => `${s.id} ${s.score.toFixed(2)}`);
  const ids = got.map((g) => g.split(' ')[0]!);
  const line = `${JSON.stringify(q.q)}\n    expected ${q.fits.join(', ') || '(none)'}\n    got      ${got.join(' | ') || '(silent)'}\n    intents  ${intentsSaid(messagesOf(q))}`;
  if (q.fits.length === 0) {
    none++;
    if (ids.length === 0) silent++;
    else spoke.push(line);
    continue;
  }
  fit++;
  const first = ids[0] !== undefined && q.fits.includes(ids[0]);
  const any = ids.some((id) => q.fits.includes(id));
  if (first) top1++;
  if (any) top3++;
  if (!any) missed.push(line);
  else if (!first) wrongFirst.push(line);
}

console.log(`DEV_E: ${DEV_E.length} questions, ${fit} with a fitting phrase, ${none} without`);
console.log(`top-1  ${share(top1, fit)}`);
console.log(`top-3  ${share(top3, fit)}`);
console.log(`silent ${share(silent, none)}`);
console.log(`\n== not in the top 3 (${missed.length}) ==`);
for (const l of missed) console.log(l);
console.log(`\n== in the top 3 but not first (${wrongFirst.length}) ==`);
for (const l of wrongFirst) console.log(l);
console.log(`\n== suggested where nothing fits (${spoke.length}) ==`);
for (const l of spoke) console.log(l);
