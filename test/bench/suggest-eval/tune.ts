/**
 * Development aid: chooses the ranker's weights and threshold (SUGGEST_TUNING) and checks how
 * well the choice carries over, leaving one development part out at a time.
 *
 *   npx tsx test/bench/suggest-eval/tune.ts [--only=threshold,relativeCut] [--no-loo]
 *
 * A fold is a development part (A+B, lead, D–M). Each part is measured three ways: the
 * library without examples with the intent table of before that part was looked at (fresh.ts:
 * how wording nobody tuned on is met), and with this tree's table, without and with examples.
 * The choice maximises, over the parts it may see, the fresh top-3 plus half of each current
 * top-3 (top-1 breaks ties), on condition that it stays silent on at least `MIN_SILENT` of the
 * questions no phrase fits (with this tree's table: what ships). Coordinate ascent from the
 * shipped values. Leave-one-out: chosen on six parts, measured on the seventh.
 */
import * as core from '../../../core/phrases';
import { DEVELOPMENT_PARTS } from './development';
import { FRESH_PARTS, phrasesWithTableOf, total } from './fresh';
import { measure, pct, starterRanker, type Figures, type Rank } from './measure';
import type { EvalQuestion } from './types';

type Tuning = core.SuggestTuning;

/** A wrong suggestion costs more than none: never tune below this silence on no-fit questions. */
const MIN_SILENT = Number(process.env.MIN_SILENT ?? 0.6);
/** Nor below this share of fitting phrases among those shown where one fits (more shown is more to skip). */
const MIN_PRECISION = 0.5;

interface Knob {
  name: string;
  values: number[];
  get(t: Tuning): number;
  set(t: Tuning, v: number): Tuning;
}
const weight = (key: keyof Tuning['weights'], values: number[]): Knob => ({
  name: `weights.${key}`,
  values,
  get: (t) => t.weights[key],
  set: (t, v) => ({ ...t, weights: { ...t.weights, [key]: v } }),
});
const top = (key: 'threshold' | 'lexicalThreshold' | 'relativeCut' | 'socialFactor' | 'diversity', values: number[]): Knob => ({
  name: key,
  values,
  get: (t) => t[key],
  set: (t, v) => ({ ...t, [key]: v }),
});
const KNOBS: Knob[] = [
  top('threshold', [0.06, 0.08, 0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.18, 0.2]),
  top('lexicalThreshold', [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.23, 0.26, 0.3, 0.35]),
  top('relativeCut', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]),
  top('socialFactor', [0.2, 0.35, 0.5, 0.7, 1]),
  top('diversity', [0, 0.1, 0.2, 0.3, 0.45, 0.6]),
  weight('intent', [0.45, 0.55, 0.65, 0.75, 0.85, 0.95, 1.1]),
  weight('head', [0.3, 0.38, 0.45, 0.52, 0.6]),
  weight('text', [0.2, 0.25, 0.3, 0.35, 0.4]),
  weight('example', [0.2, 0.25, 0.3, 0.35, 0.4]),
];

/** One development part, measured three ways. */
interface Fold {
  name: string;
  fresh: { rankWith: (t: Tuning) => Rank; questions: readonly EvalQuestion[] }[];
  bare: { rankWith: (t: Tuning) => Rank; questions: readonly EvalQuestion[] };
  examples: { rankWith: (t: Tuning) => Rank; questions: readonly EvalQuestion[] };
}
interface FoldFigures {
  fresh: Figures;
  bare: Figures;
  examples: Figures;
}

async function folds(): Promise<Fold[]> {
  const bare = starterRanker(core, true);
  const examples = starterRanker(core, false);
  const out: Fold[] = [];
  for (const [name, questions] of Object.entries(DEVELOPMENT_PARTS)) {
    const fresh = [];
    for (const part of FRESH_PARTS.filter((p) => p.name === name || (name === 'lead' && p.name.startsWith('lead')))) {
      const ranker = starterRanker(await phrasesWithTableOf(part.commit), true);
      fresh.push({ rankWith: ranker.rankWith, questions: part.questions });
    }
    out.push({ name, fresh, bare: { rankWith: bare.rankWith, questions }, examples: { rankWith: examples.rankWith, questions } });
  }
  return out;
}

const cache = new Map<string, FoldFigures>();
function figuresOf(fold: Fold, t: Tuning): FoldFigures {
  const key = `${fold.name} ${JSON.stringify(t)}`;
  let f = cache.get(key);
  if (!f) {
    f = {
      fresh: total(fold.fresh.map((p) => measure(p.rankWith(t), p.questions, null))),
      bare: measure(fold.bare.rankWith(t), fold.bare.questions, null),
      examples: measure(fold.examples.rankWith(t), fold.examples.questions, null),
    };
    cache.set(key, f);
  }
  return f;
}

function pooled(list: readonly FoldFigures[]): FoldFigures {
  return { fresh: total(list.map((f) => f.fresh)), bare: total(list.map((f) => f.bare)), examples: total(list.map((f) => f.examples)) };
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
/** -Infinity when the silence condition fails. */
function objective(f: FoldFigures): number {
  if (rate(f.bare.silent, f.bare.none) < MIN_SILENT || rate(f.examples.silent, f.examples.none) < MIN_SILENT) return -Infinity;
  if (rate(f.bare.shownFit, f.bare.shown) < MIN_PRECISION || rate(f.examples.shownFit, f.examples.shown) < MIN_PRECISION) return -Infinity;
  const top3 = rate(f.fresh.top3, f.fresh.fit) + 0.5 * rate(f.bare.top3, f.bare.fit) + 0.5 * rate(f.examples.top3, f.examples.fit);
  const top1 = rate(f.fresh.top1, f.fresh.fit) + 0.5 * rate(f.bare.top1, f.bare.fit) + 0.5 * rate(f.examples.top1, f.examples.fit);
  return top3 + 0.1 * top1;
}

function choose(on: readonly Fold[], start: Tuning, knobs: readonly Knob[]): Tuning {
  let best = start;
  let bestScore = objective(pooled(on.map((fold) => figuresOf(fold, best))));
  for (let pass = 0; pass < 2; pass++) {
    let moved = false;
    for (const knob of knobs) {
      for (const v of knob.values) {
        const t = knob.set(best, v);
        const score = objective(pooled(on.map((fold) => figuresOf(fold, t))));
        if (score > bestScore + 1e-9) {
          best = t;
          bestScore = score;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return best;
}

function line(name: string, f: FoldFigures): string {
  const one = (x: Figures) => `${pct(x.top3, x.fit)}/${pct(x.top1, x.fit)}/${pct(x.silent, x.none)}`;
  return `${name.padEnd(10)} fresh ${one(f.fresh).padEnd(16)} bare ${one(f.bare).padEnd(16)} examples ${one(f.examples).padEnd(16)} shown ${(f.examples.shown / Math.max(1, f.examples.fit)).toFixed(2)} (${pct(f.examples.shownFit, f.examples.shown)} % fit)`;
}
const knobValues = (t: Tuning, knobs: readonly Knob[]) => knobs.map((k) => `${k.name}=${k.get(t)}`).join(' ');

const args = process.argv.slice(2);
const onlyNames = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const knobs = onlyNames ? KNOBS.filter((k) => onlyNames.includes(k.name)) : KNOBS;
const all = await folds();
const shipped: Tuning = core.SUGGEST_TUNING;

console.log('figures: top-3/top-1/silent (%)');
console.log(line('shipped', pooled(all.map((f) => figuresOf(f, shipped)))));
const chosen = choose(all, shipped, knobs);
console.log(`chosen on all parts: ${knobValues(chosen, knobs)}`);
console.log(line('chosen', pooled(all.map((f) => figuresOf(f, chosen)))));
for (const fold of all) console.log(line(`  ${fold.name}`, figuresOf(fold, chosen)));

if (!args.includes('--no-loo')) {
  console.log('\nleave one part out: chosen on the others, measured on the part (shipped values on it in brackets)');
  const gains: number[] = [];
  for (const left of all) {
    const t = choose(all.filter((f) => f !== left), shipped, knobs);
    const got = figuresOf(left, t);
    const was = figuresOf(left, shipped);
    gains.push(rate(got.fresh.top3, got.fresh.fit) - rate(was.fresh.top3, was.fresh.fit));
    console.log(`${line(left.name, got)}  [fresh ${pct(was.fresh.top3, was.fresh.fit)}]  ${knobValues(t, knobs)}`);
  }
  const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
  console.log(`fresh top-3 change on the left-out part: mean ${(100 * mean).toFixed(1)} pt, from ${(100 * Math.min(...gains)).toFixed(1)} to ${(100 * Math.max(...gains)).toFixed(1)} pt`);
}
