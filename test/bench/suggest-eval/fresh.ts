/**
 * Development aid: how the ranker does on wording nobody widened the intent table for. Each
 * development part after A+B was written, measured, and then its misses widened the intent table;
 * so this tree's ranker is run here with the intent table (intents.ts, intent-readings.ts) as it
 * was just before that part's misses were looked at, on that part. This is how the held-out part
 * meets the table, so it is the figure to tune on for generalisation (the held-out part's
 * totals are read only through the bench).
 *
 *   npx tsx test/bench/suggest-eval/fresh.ts [--misses] [--spoke] [--part=G] [--with-examples]
 *
 * Works on a copy of this tree's core/ under node_modules/.cache/suggest-fresh/<commit>/ with the
 * two table files of <commit> (git show); everything else (ranker, text reading, library) is this
 * tree's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEV_D } from './dev-d';
import { DEV_E } from './dev-e';
import { DEV_F } from './dev-f';
import { DEV_G } from './dev-g';
import { DEV_H } from './dev-h';
import { DEV_I } from './dev-i';
import { DEV_J } from './dev-j';
import { DEV_K } from './dev-k';
import { DEV_L } from './dev-l';
import { DEV_M } from './dev-m';
import { DEV_LEAD, DEV_LEAD_2 } from './dev-lead';
import { figuresLine, measure, messagesOf, missCounts, starterRanker, type Figures } from './measure';
import type { EvalQuestion } from './types';

type Phrases = typeof import('../../../core/phrases');

/** A part and the commit whose intent table had not yet seen it (the parent of the commit that widened the table from its misses). */
export interface FreshPart {
  name: string;
  commit: string;
  questions: readonly EvalQuestion[];
}

export const FRESH_PARTS: readonly FreshPart[] = [
  { name: 'lead', commit: '154735b^', questions: DEV_LEAD },
  { name: 'lead2', commit: '08b0201^', questions: DEV_LEAD_2 },
  { name: 'D', commit: '655e647^', questions: DEV_D },
  { name: 'E', commit: '655e647^', questions: DEV_E },
  { name: 'F', commit: 'ef6b96c^', questions: DEV_F },
  { name: 'G', commit: '91d845c^', questions: DEV_G },
  { name: 'H', commit: '435bddf^', questions: DEV_H },
  { name: 'I', commit: 'c705139^', questions: DEV_I },
  // J: not yet seen by any table; its commit is the main it was written from.
  { name: 'J', commit: '8156327', questions: DEV_J },
  { name: 'K', commit: '8156327', questions: DEV_K },
  { name: 'L', commit: '5a3146b', questions: DEV_L },
  { name: 'M', commit: '5a3146b', questions: DEV_M },
];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TABLE_FILES = ['core/phrases/intents.ts', 'core/phrases/intent-readings.ts'];

const loaded = new Map<string, Promise<Phrases>>();

/** This tree's core/phrases with the intent table of `commit`. */
export function phrasesWithTableOf(commit: string): Promise<Phrases> {
  let p = loaded.get(commit);
  if (!p) {
    const dir = join(ROOT, 'node_modules', '.cache', 'suggest-fresh', commit.replace(/\W/g, '_'));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'core'), join(dir, 'core'), { recursive: true });
    for (const file of TABLE_FILES) {
      let text: string;
      try {
        text = execFileSync('git', ['show', `${commit}:${file}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        // Not there yet: that table had no pinyin readings (this tree's would leak newer words in).
        if (!file.endsWith('intent-readings.ts')) throw new Error(`no ${file} at ${commit}`);
        text = 'export const INTENT_READINGS: Readonly<Record<string, readonly string[]>> = {};\n';
      }
      writeFileSync(join(dir, file), text);
    }
    const entry = join(dir, 'core', 'phrases', 'index.ts');
    if (!existsSync(entry)) throw new Error(`no core/phrases/index.ts in ${dir}`);
    p = import(pathToFileURL(entry).href) as Promise<Phrases>;
    loaded.set(commit, p);
  }
  return p;
}

/** Each fresh part measured with its own old table. */
export async function measureFresh(bare: boolean, tuning?: import('../../../core/phrases').SuggestTuning, only?: string): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  for (const part of FRESH_PARTS) {
    if (only && part.name !== only) continue;
    const core = await phrasesWithTableOf(part.commit);
    const { rankWith, intentCount } = starterRanker(core, bare);
    out.set(part.name, measure(rankWith(tuning), part.questions, intentCount));
  }
  return out;
}

/** Sums of several parts' figures (misses and spoken lists joined). */
export function total(figures: Iterable<Figures>): Figures {
  const t: Figures = { fit: 0, none: 0, top1: 0, top3: 0, silent: 0, shown: 0, shownFit: 0, misses: [], spoke: [] };
  for (const f of figures) {
    t.shown += f.shown;
    t.shownFit += f.shownFit;
    t.fit += f.fit;
    t.none += f.none;
    t.top1 += f.top1;
    t.top3 += f.top3;
    t.silent += f.silent;
    t.misses.push(...f.misses);
    t.spoke.push(...f.spoke);
  }
  return t;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--part='))?.slice('--part='.length);
  const figures = await measureFresh(!args.includes('--with-examples'), undefined, only);
  for (const [name, f] of figures) {
    if (args.includes('--misses')) {
      for (const m of f.misses) console.log(`MISS [${m.kind}] ${messagesOf(m.question).join(' / ')}\n    want ${m.question.fits.join(',')}\n    got  ${m.got.map((s) => `${s.id} ${s.score.toFixed(2)}`).join(' | ') || '(silent)'}\n    loose ${m.loose.map((s) => `${s.id} ${s.score.toFixed(2)}`).join(' | ')}`);
    }
    if (args.includes('--spoke')) for (const s of f.spoke) console.log(`SPOKE ${messagesOf(s.question).join(' / ')}\n    got  ${s.got.map((g) => `${g.id} ${g.score.toFixed(2)}`).join(' | ')}`);
    console.log(figuresLine(`${name} (table of ${FRESH_PARTS.find((p) => p.name === name)!.commit})`, f));
  }
  const all = total(figures.values());
  console.log(figuresLine('all fresh parts', all));
  console.log(`misses: ${missCounts(all.misses).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
