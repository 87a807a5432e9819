/** Runs one bad file through an importer as the pages do, and says whether it was refused and why. */
import { createDataPack, readBackupBlob } from '../../core/data-pack';
import type { Lang } from '../../core/i18n';
import { createIdMaker } from '../../core/ids';
import { createLibraryService } from '../../core/library';
import { parsePhraseBlob, type FileLike } from '../../core/phrase-files';
import { createPhraseImport } from '../../core/phrase-import';
import { readTableCellsFromFile, readTableFile } from '../../core/table-import';
import { REAL_REGISTRY, createFlakyBackend, createTestClock, createTestStore } from './store';

export type Importer = 'phrases' | 'relations' | 'backup';
export interface Outcome {
  refused: boolean;
  messages: string[];
  /** Every record, before and after: the store must be unchanged. */
  before: string;
  after: string;
}

const sentence = (error: unknown) => {
  const e = error as { message?: string; details?: string[] };
  return [String(e?.message ?? error), ...(e?.details ?? [])];
};

export async function runImporter(importer: Importer, file: FileLike, lang: Lang): Promise<Outcome> {
  const now = createTestClock();
  const store = createTestStore({ backend: createFlakyBackend(), now, actor: 'dev', lang });
  const newId = createIdMaker({ now });
  const library = createLibraryService({ store, newId, lang });
  await library.savePhrase({ title: '发货时间', text: '付款后48小时内发货', groupId: null });
  const before = JSON.stringify(await store.all());
  const done = async (refused: boolean, messages: string[]): Promise<Outcome> => ({ refused, messages, before, after: JSON.stringify(await store.all()) });

  if (importer === 'phrases') {
    const parsed = await parsePhraseBlob(file, { lang });
    if (parsed.problems.length > 0) return done(true, parsed.problems.map((p) => p.message));
    try {
      await createPhraseImport({ store, newId, lang }).applyImport(parsed.rows, file.name);
      return done(false, []);
    } catch (error) {
      return done(true, sentence(error));
    }
  }
  if (importer === 'relations') {
    try {
      await readTableCellsFromFile(file, lang);
    } catch (error) {
      return done(true, sentence(error));
    }
    const read = await readTableFile(await file.arrayBuffer(), file.name, { table: 'relations', lang });
    return done(read.errors.length > 0, read.errors.map((e) => e.message));
  }
  try {
    const json = await readBackupBlob(file, lang);
    await createDataPack({ ...REAL_REGISTRY, store, now, newId, lang }).importAll(json, file.name);
    return done(false, []);
  } catch (error) {
    return done(true, sentence(error));
  }
}
