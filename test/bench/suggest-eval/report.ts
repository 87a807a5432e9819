/**
 * Development aid (not part of the bench): the ranker's misses on the development parts, to see
 * which buyer wording the intent table lacks. Never run on the held-out part C.
 * `npx tsx test/bench/suggest-eval/report.ts [--bare] [--quiet]`
 */
import { STARTER_PHRASES, createReplyIndex, suggestReplies } from '../../../core/phrases';
import { DEVELOPMENT_QUESTIONS } from '.';
import { DEV_LEAD, DEV_LEAD_2 } from './dev-lead';
import type { EvalQuestion } from './types';

const bare = process.argv.includes('--bare');
const quiet = process.argv.includes('--quiet');
const phrases = STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, tags: p.tags, examples: bare ? [] : p.examples, publicReply: p.publicReply }));
const index = createReplyIndex(phrases);
const parts: Record<string, readonly EvalQuestion[]> = { 'A+B': DEVELOPMENT_QUESTIONS, lead: [...DEV_LEAD, ...DEV_LEAD_2] };

for (const [name, questions] of Object.entries(parts)) {
  let fit = 0, top1 = 0, top3 = 0, none = 0, silent = 0;
  for (const q of questions) {
    const messages = typeof q.q === 'string' ? [q.q] : q.q;
    const got = suggestReplies(index, messages, 3).map((s) => s.id);
    if (q.fits.length === 0) {
      none++;
      if (got.length === 0) silent++;
      else if (!quiet) console.log(`NOFIT  ${messages.join(' / ')}  got ${got.join(',')}`);
      continue;
    }
    fit++;
    if (q.fits.includes(got[0] ?? '')) top1++;
    if (got.some((g) => q.fits.includes(g))) top3++;
    else if (!quiet) console.log(`MISS   ${messages.join(' / ')}  want ${q.fits.join(',')}  got ${got.join(',') || '—'}`);
  }
  console.log(`${name}: ${fit}+${none}  top-3 ${((100 * top3) / fit).toFixed(1)}  top-1 ${((100 * top1) / fit).toFixed(1)}  silent ${((100 * silent) / Math.max(1, none)).toFixed(1)}`);
}
