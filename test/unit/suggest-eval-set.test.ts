/**
 * The labelled evaluation set of suggested replies (test/bench/suggest-eval/questions-*.ts) is
 * sound: labels name real chat phrases, no question is (or reorders) an example a phrase was
 * given, no question is asked twice, and about one in seven has no fitting phrase.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STARTER_EXAMPLE_LIST, STARTER_PHRASES } from '../../core/phrases';
import type { EvalQuestion } from '../bench/suggest-eval/types';

const SET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'suggest-eval');

// One line per file of the set; a file present but not listed here fails the first test.
const SET_FILES: Record<string, Record<string, unknown>> = {
  'questions-a.ts': await import('../bench/suggest-eval/questions-a'),
  'questions-b.ts': await import('../bench/suggest-eval/questions-b'),
  'questions-c.ts': await import('../bench/suggest-eval/questions-c'),
};
// Development sets kept apart from the bench's figures, checked the same way (exports `DEV_*`).
const DEV_FILES: Record<string, Record<string, unknown>> = {
  'dev-d.ts': await import('../bench/suggest-eval/dev-d'),
  'dev-lead.ts': await import('../bench/suggest-eval/dev-lead'),
  'dev-e.ts': await import('../bench/suggest-eval/dev-e'),
  'dev-f.ts': await import('../bench/suggest-eval/dev-f'),
  'dev-g.ts': await import('../bench/suggest-eval/dev-g'),
  'dev-h.ts': await import('../bench/suggest-eval/dev-h'),
  'dev-i.ts': await import('../bench/suggest-eval/dev-i'),
  'dev-j.ts': await import('../bench/suggest-eval/dev-j'),
  'dev-k.ts': await import('../bench/suggest-eval/dev-k'),
  'dev-l.ts': await import('../bench/suggest-eval/dev-l'),
  'dev-m.ts': await import('../bench/suggest-eval/dev-m'),
};

interface Item extends EvalQuestion {
  file: string;
}

/** Every exported `QUESTIONS_*` list of every listed file, and every `DEV_*` list of the development files. */
const ITEMS: Item[] = Object.entries({ ...SET_FILES, ...DEV_FILES }).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([name]) => name.startsWith('QUESTIONS_') || (file in DEV_FILES && name.startsWith('DEV_')))
    .flatMap(([, list]) => (list as readonly EvalQuestion[]).map((question) => ({ ...question, file }))),
);

/** Trimmed, lower-cased, without spaces, punctuation or symbols. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

function messagesOf(item: EvalQuestion): readonly string[] {
  return typeof item.q === 'string' ? [item.q] : item.q;
}

function show(item: Item): string {
  return `${item.file}: ${JSON.stringify(item.q)}`;
}

/** The same characters in any order: a reordered copy. */
function sortedChars(text: string): string {
  return [...text].sort().join('');
}

describe('suggestion evaluation set', () => {
  it('reads every questions-*.ts file of the set, each with questions', () => {
    const present = readdirSync(SET_DIR).filter((name) => /^questions-.+\.ts$/.test(name)).sort();
    expect(Object.keys(SET_FILES).sort()).toEqual(present);
    for (const file of present) expect(ITEMS.filter((item) => item.file === file).length, file).toBeGreaterThan(0);
  });

  it('has one to three non-blank messages per question', () => {
    const bad = ITEMS.filter((item) => {
      const messages = messagesOf(item);
      return messages.length < 1 || messages.length > 3 || messages.some((m) => normalise(m) === '');
    });
    expect(bad.map(show)).toEqual([]);
  });

  it('labels only chat phrases of the starter library, each once', () => {
    const byKey = new Map(STARTER_PHRASES.map((p) => [p.key, p]));
    const problems: string[] = [];
    for (const item of ITEMS) {
      if (new Set(item.fits).size !== item.fits.length) problems.push(`${show(item)} repeats a key`);
      for (const key of item.fits) {
        const phrase = byKey.get(key);
        if (!phrase) problems.push(`${show(item)}: no starter phrase '${key}'`);
        else if (phrase.publicReply) problems.push(`${show(item)}: '${key}' is a public review reply`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never reuses or reorders an example of a starter phrase', () => {
    const examples = new Set(STARTER_EXAMPLE_LIST.map(normalise));
    const reordered = new Set(STARTER_EXAMPLE_LIST.map((e) => sortedChars(normalise(e))));
    const clashes = ITEMS.filter((item) => {
      const texts = [...messagesOf(item), messagesOf(item).join('')].map(normalise);
      return texts.some((t) => examples.has(t) || reordered.has(sortedChars(t)));
    });
    expect(clashes.map(show)).toEqual([]);
  });

  it('asks no question twice', () => {
    const seen = new Map<string, Item>();
    const twice: string[] = [];
    for (const item of ITEMS) {
      const key = normalise(messagesOf(item).join(''));
      const first = seen.get(key);
      if (first) twice.push(`${show(item)} repeats ${show(first)}`);
      else seen.set(key, item);
    }
    expect(twice).toEqual([]);
  });

  it('has between 10 % and 20 % questions that no phrase fits', () => {
    const none = ITEMS.filter((item) => item.fits.length === 0).length;
    const share = none / ITEMS.length;
    expect(share, `${none} of ${ITEMS.length}`).toBeGreaterThanOrEqual(0.1);
    expect(share, `${none} of ${ITEMS.length}`).toBeLessThanOrEqual(0.2);
  });
});
