/**
 * Issue 12 item 4: the malformed-file corpus (test/helpers/malformed-corpus.ts) through every
 * importer — worst time and the largest heap + array-buffer growth over one file — plus a sheet
 * claiming `A1:XFD2000` read as before (SheetJS padding every row to 16,384 cells) and as now.
 */
import * as XLSX from '@e965/xlsx';
import { readSpreadsheet } from '../../core/phrase-files';
import { xlsx } from '../helpers/bad-files';
import { backupCorpus, phraseCorpus, relationCorpus } from '../helpers/malformed-corpus';
import { runImporter, type Importer } from '../helpers/malformed-run';
import { against, round, type BenchResult } from './run';

const mb = () => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let files = 0;
  let accepted = 0;
  for (const [importer, corpus] of [['phrases', phraseCorpus()], ['relations', relationCorpus()], ['backup', backupCorpus()]] as Array<[Importer, ReturnType<typeof phraseCorpus>]>) {
    let worstMs = 0;
    let worstKind = '';
    let worstMb = 0;
    for (const bad of corpus) {
      const file = await bad.file();
      gc();
      const base = mb();
      const started = performance.now();
      const outcome = await runImporter(importer, file, 'zh');
      const ms = performance.now() - started;
      worstMb = Math.max(worstMb, mb() - base);
      if (ms > worstMs) [worstMs, worstKind] = [ms, bad.kind];
      files++;
      if (!outcome.refused || outcome.after !== outcome.before) accepted++;
    }
    results.push({ name: `malformed ${importer}: worst time (${worstKind})`, unit: 'ms', value: round(worstMs) });
    results.push({ name: `malformed ${importer}: worst heap growth`, unit: 'MB', value: round(worstMb) });
  }
  results.push({ name: 'malformed files tried', unit: 'files', value: files });
  results.push({ name: 'malformed files accepted', unit: 'files', value: accepted });

  // The finding: a small sheet claiming A1:XFD2000, read the old way and now.
  const header = ['快捷短语编码', '快捷短语'];
  const bytes = xlsx([header, ...Array.from({ length: 1999 }, (_, i) => [`c${i}`, `话术 ${i}`])], { dimension: 'A1:XFD2000' });
  gc();
  let base = mb();
  let started = performance.now();
  const book = XLSX.read(bytes, { type: 'array', dense: true, sheetRows: 40_000 });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true, defval: '', blankrows: true });
  const oldMs = performance.now() - started;
  const oldMb = mb() - base;
  gc();
  base = mb();
  started = performance.now();
  await readSpreadsheet(bytes);
  const newMs = performance.now() - started;
  const newMb = mb() - base;
  results.push(against({ name: 'sheet claiming A1:XFD2000: read time', unit: 'ms', value: round(newMs) }, { name: 'unclamped (before)', value: round(oldMs) }));
  results.push(against({ name: 'sheet claiming A1:XFD2000: heap growth', unit: 'MB', value: round(newMb) }, { name: 'unclamped (before)', value: round(oldMb) }));
  return results;
}
