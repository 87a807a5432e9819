/**
 * Development aid (not part of `npm run bench`): the ranker's figures and misses on the
 * development parts (A+B, the lead's, D–M), each miss sorted into a kind (measure.ts), with the
 * intents the table read in each missed message ('-': none, wording the table lacks). Never run
 * on the held-out part C.
 *
 *   npx tsx test/bench/suggest-eval/report.ts [--bare] [--quiet] [--part=D]
 *
 * `--bare`: the starter library without its example questions (an owner's library).
 */
import * as core from '../../../core/phrases';
import { INTENTS } from '../../../core/phrases/intents';
import { intentMatcher } from '../../../core/phrases/intent-matcher';
import { foldForIntents } from '../../../core/phrases/suggest-text';
import { DEVELOPMENT_PARTS } from './development';
import { figuresLine, measure, messagesOf, missCounts, type Miss } from './measure';
import { starterRanker } from './measure';

const args = process.argv.slice(2);
const bare = args.includes('--bare');
const quiet = args.includes('--quiet');
const only = args.find((a) => a.startsWith('--part='))?.slice('--part='.length);

const { rank, intentCount } = starterRanker(core, bare);
const intentsOf = intentMatcher();
const intentsSaid = (messages: readonly string[]) => messages.map((m) => intentsOf(foldForIntents(m)).map((i) => INTENTS[i]!.id).join(',') || '-').join(' / ');
const scores = (list: readonly core.ReplySuggestion[]) => list.map((s) => `${s.id} ${s.score.toFixed(2)}`).join(' | ');

const allMisses: Miss[] = [];
for (const [name, questions] of Object.entries(DEVELOPMENT_PARTS)) {
  if (only && only !== name) continue;
  const f = measure(rank, questions, intentCount);
  allMisses.push(...f.misses);
  if (!quiet) {
    for (const s of f.spoke) console.log(`SPOKE ${messagesOf(s.question).join(' / ')}\n    got  ${scores(s.got)}\n    intents ${intentsSaid(messagesOf(s.question))}`);
    for (const m of f.misses) {
      const messages = messagesOf(m.question);
      console.log(`MISS [${m.kind}] ${messages.join(' / ')}\n    want ${m.question.fits.join(',')}\n    got  ${scores(m.got) || '(silent)'}\n    loose ${scores(m.loose)}\n    intents ${intentsSaid(messages)}`);
    }
  }
  console.log(figuresLine(name, f));
}
console.log(`misses: ${missCounts(allMisses).map(([k, n]) => `${k} ${n}`).join(', ')}`);
