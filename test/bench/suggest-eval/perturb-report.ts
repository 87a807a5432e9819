/**
 * Development aid (not part of `npm run bench`): top-3 on the development questions as written
 * beside the same questions perturbed the way buyers type (perturb.ts), per kind of perturbation,
 * against the starter library without its examples (an owner's library). Each kind counts only
 * the questions it changed, clean and perturbed on the same questions; no-fit questions count for
 * silence. Seeded: the same figures every run. Imports the development parts one by one: the
 * held-out part is never read.
 *
 *   npx tsx test/bench/suggest-eval/perturb-report.ts [--examples] [--show=homophone] [--seed=7]
 */
import { STARTER_PHRASES, createReplyIndex, suggestReplies } from '../../../core/phrases';
import { seededRandom } from '../../helpers/random';
import { DEV_D } from './dev-d';
import { DEV_E } from './dev-e';
import { DEV_F } from './dev-f';
import { DEV_G } from './dev-g';
import { DEV_H } from './dev-h';
import { DEV_LEAD, DEV_LEAD_2 } from './dev-lead';
import { PERTURBATIONS, perturb, type Perturbation } from './perturb';
import { QUESTIONS_A } from './questions-a';
import { QUESTIONS_B } from './questions-b';
import type { EvalQuestion } from './types';

const args = process.argv.slice(2);
const withExamples = args.includes('--examples');
const show = args.find((a) => a.startsWith('--show='))?.slice('--show='.length);
const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? 7);

const QUESTIONS: readonly EvalQuestion[] = [...QUESTIONS_A, ...QUESTIONS_B, ...DEV_LEAD, ...DEV_LEAD_2, ...DEV_D, ...DEV_E, ...DEV_F, ...DEV_G, ...DEV_H];

const index = createReplyIndex(
  STARTER_PHRASES.map((p) => ({ id: p.key, title: p.title, text: p.text, tags: p.tags, examples: withExamples ? p.examples : [], publicReply: p.publicReply })),
);
const top3 = (messages: readonly string[]) => suggestReplies(index, messages, 3).map((s) => s.id);
const pct = (part: number, whole: number) => (whole === 0 ? '—' : ((100 * part) / whole).toFixed(1));

interface Tally {
  fit: number;
  cleanHit: number;
  hit: number;
  none: number;
  cleanSilent: number;
  silent: number;
}

function measure(kind: Perturbation | 'clean'): Tally {
  const rnd = seededRandom(seed + PERTURBATIONS.indexOf(kind as Perturbation) * 1000);
  const t: Tally = { fit: 0, cleanHit: 0, hit: 0, none: 0, cleanSilent: 0, silent: 0 };
  for (const q of QUESTIONS) {
    const messages = typeof q.q === 'string' ? [q.q] : [...q.q];
    let changed = messages;
    if (kind !== 'clean') {
      const last = perturb(messages[messages.length - 1]!, kind, rnd);
      if (last === null || last === messages[messages.length - 1]) continue;
      changed = [...messages.slice(0, -1), last];
    }
    const clean = top3(messages);
    const got = kind === 'clean' ? clean : top3(changed);
    if (q.fits.length === 0) {
      t.none++;
      if (clean.length === 0) t.cleanSilent++;
      if (got.length === 0) t.silent++;
      else if (show === kind) console.log(`SPOKE ${changed.join(' / ')}  ← ${messages.join(' / ')}\n    got ${got.join(', ')}`);
      continue;
    }
    t.fit++;
    const cleanHit = clean.some((id) => q.fits.includes(id));
    const hit = got.some((id) => q.fits.includes(id));
    if (cleanHit) t.cleanHit++;
    if (hit) t.hit++;
    if (show === kind && cleanHit && !hit) console.log(`LOST  ${changed.join(' / ')}  ← ${messages.join(' / ')}\n    want ${q.fits.join(',')}\n    got  ${got.join(', ') || '(silent)'}`);
  }
  return t;
}

const rows = (['clean', ...PERTURBATIONS] as const).map((kind) => {
  const t = measure(kind);
  return {
    kind,
    'fit n': t.fit,
    'top-3 clean': pct(t.cleanHit, t.fit),
    'top-3 perturbed': pct(t.hit, t.fit),
    drop: (Number(pct(t.cleanHit, t.fit)) - Number(pct(t.hit, t.fit))).toFixed(1),
    'no-fit n': t.none,
    'silent clean': pct(t.cleanSilent, t.none),
    'silent perturbed': pct(t.silent, t.none),
  };
});
console.log(`library ${withExamples ? 'with' : 'without'} examples, seed ${seed}`);
console.table(rows);
