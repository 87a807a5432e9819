// Issue 12 item 4: every kind of bad file, for every importer, is refused whole with a message
// naming what and where (zh and en), in bounded time, the store unchanged; nothing is read before
// the size check.
import { describe, expect, it } from 'vitest';
import { backupCorpus, phraseCorpus, relationCorpus, type BadFile } from '../helpers/malformed-corpus';
import { runImporter, type Importer } from '../helpers/malformed-run';

/**
 * Per file and language, generous for a shared 2-core machine running the whole suite: the worst
 * alone is the zip bomb lying about its sizes read as a relation table (~4–8 s: Node's stream
 * inflater counting up to the 256 MB limit; the browser's is faster), 17 s under full load.
 */
const TIME_LIMIT_MS = 30_000;

const CORPORA: Array<[Importer, BadFile[]]> = [
  ['phrases', phraseCorpus()],
  ['relations', relationCorpus()],
  ['backup', backupCorpus()],
];

describe.each(CORPORA)('malformed %s files', (importer, corpus) => {
  it('has at least 20 kinds', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((c) => c.kind)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.kind, c] as const))('refuses %s', async (_kind, bad) => {
    const file = await bad.file();
    let started = performance.now();
    const zh = await runImporter(importer, file, 'zh');
    expect(zh.refused).toBe(true);
    expect(zh.messages.join('\n')).toMatch(bad.says);
    expect(zh.after).toBe(zh.before);
    if ('reads' in file) expect(file.reads, 'read before the size check').toBe(0);
    expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);

    const again = await bad.file();
    started = performance.now();
    const en = await runImporter(importer, again, 'en');
    expect(en.refused).toBe(true);
    expect(en.messages.join('\n')).toMatch(/[a-z]{3,}/i);
    expect(en.messages.join('\n')).not.toBe(zh.messages.join('\n'));
    expect(en.after).toBe(en.before);
    expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  }, 120_000);
});

describe('routing count tables', () => {
  it('refuses a table over the size limit, naming the file, in both languages', async () => {
    const { COUNT_FILE_MAX_BYTES, readCountsFile } = await import('../../core/routing/measured');
    const bytes = new Uint8Array(COUNT_FILE_MAX_BYTES + 1).fill(0x61);
    expect(await readCountsFile(bytes, '接待.csv', 'zh')).toEqual({ ok: false, errors: [expect.stringMatching(/接待\.csv.*太大/)] });
    expect(await readCountsFile(bytes, 'counts.csv', 'en')).toEqual({ ok: false, errors: [expect.stringMatching(/counts\.csv.*too large/)] });
  });

  it('refuses a zip bomb named .xlsx', async () => {
    const { readCountsFile } = await import('../../core/routing/measured');
    const { zipBomb } = await import('../helpers/malformed-corpus');
    const result = await readCountsFile(await zipBomb(), 'bomb.xlsx', 'zh');
    expect(result.ok).toBe(false);
  }, 60_000);
});

describe('formulas in a phrase file', () => {
  it('are kept as text on import (not refused, never run) and written behind an apostrophe on export', async () => {
    const { parsePhraseFile, phrasesToCsv } = await import('../../core/phrase-files');
    const formula = "=cmd|' /C calc'!A0";
    const parsed = await parsePhraseFile(new TextEncoder().encode(`快捷短语\n"${formula}"\n`), 'f.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]!.text).toBe(formula);
    const csv = phrasesToCsv([{ id: 'p1', order: 0, title: 't', text: formula, code: '', groupId: null }], []);
    expect(csv).toContain(`'${formula}`);
    expect(csv).not.toMatch(/(^|,)"?=cmd/m);
  });
});
