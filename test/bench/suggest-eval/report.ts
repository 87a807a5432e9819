/**
 * Development aid (not part of `npm run bench`): the ranker's figures and misses on the
 * development parts (A+B, the lead's, D–H), with the intents the table read in each missed
 * message ('-': none, wording the table lacks). Never run on the held-out part C.
 *
 *   npx tsx test/bench/suggest-eval/report.ts [--bare] [--quiet] [--part=D]
 *
 * `--bare`: the starter library without its example questions (an owner's library).
 */
import { STARTER_PHRASES, createReplyIndex, suggestReplies } from '../../../core/phrases';
import { INTENTS, intentMatcher } from '../../../core/phrases/intents';
import { foldForIntents } from '../../../core/phrases/suggest-text';
import { DEVELOPMENT_PARTS } from '.';

const args = process.argv.slice(2);
const bare = args.includes('--bare');
const quiet = args.includes('--quiet');
const only = args.find((a) => a.startsWith('--part='))?.slice('--part='.length);

const index = createReplyIndex(
  STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, tags: p.tags, examples: bare ? [] : p.examples, publicReply: p.publicReply })),
);
const intentsOf = intentMatcher();
const intentsSaid = (messages: readonly string[]) => messages.map((m) => intentsOf(foldForIntents(m)).map((i) => INTENTS[i]!.id).join(',') || '-').join(' / ');
const pct = (part: number, whole: number) => (whole === 0 ? '—' : ((100 * part) / whole).toFixed(1));

for (const [name, questions] of Object.entries(DEVELOPMENT_PARTS)) {
  if (only && only !== name) continue;
  let fit = 0, top1 = 0, top3 = 0, none = 0, silent = 0;
  for (const q of questions) {
    const messages = typeof q.q === 'string' ? [q.q] : q.q;
    const got = suggestReplies(index, messages, 3);
    const ids = got.map((s) => s.id);
    const line = () => `${messages.join(' / ')}\n    want ${q.fits.join(',') || '(none)'}\n    got  ${got.map((s) => `${s.id} ${s.score.toFixed(2)}`).join(' | ') || '(silent)'}\n    intents ${intentsSaid(messages)}`;
    if (q.fits.length === 0) {
      none++;
      if (ids.length === 0) silent++;
      else if (!quiet) console.log(`SPOKE ${line()}`);
      continue;
    }
    fit++;
    if (q.fits.includes(ids[0] ?? '')) top1++;
    if (ids.some((id) => q.fits.includes(id))) top3++;
    else if (!quiet) console.log(`MISS  ${line()}`);
  }
  console.log(`${name}: ${fit} + ${none}  top-3 ${pct(top3, fit)}  top-1 ${pct(top1, fit)}  silent ${pct(silent, none)}`);
}
