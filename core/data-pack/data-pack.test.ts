import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createSettingsService } from '../settings';
import { REPLY_PICKS_ID, createUsageService } from '../usage';
import { createMemoryBackend, MAX_DETAIL_LINES, SCHEMA_VERSION, UserFacingError, type Migration } from '../store';
import { createFlakyBackend, createTestClock, REAL_REGISTRY, createTestStore } from '../../test/helpers/store';
import type { Lang } from '../i18n';
import { BACKUP_FORMAT, backupFileName, createDataPack, type BackupFile } from './data-pack';

const starter = {
  groups: [{ key: 'ship', name: '发货物流' }],
  phrases: [{ key: 'ship-when', groupKey: 'ship', title: '发货时间', text: '48小时内发货', stage: 'insale' as const, examples: ['几天发货', '啥时候发'], publicReply: true }],
};

function setup(lang: Lang = 'zh', backend = createFlakyBackend()) {
  const now = createTestClock(Date.UTC(2026, 10, 25, 3, 0, 0));
  const store = createTestStore({ backend, now, actor: 'dev', lang });
  const newId = createIdMaker({ now });
  const library = createLibraryService({ store, newId, lang, starter });
  const settings = createSettingsService({ store, lang });
  const pack = createDataPack({ ...REAL_REGISTRY, store, now, newId, lang });
  return { store, library, settings, pack, backend };
}

async function exported(lang: Lang = 'zh') {
  const s = setup(lang);
  await s.library.seedStarterLibraryIfEmpty();
  await s.settings.saveSelectorOverrides('pinduoduo', { chatInput: 'textarea.reply' });
  const { value: doomed } = await s.library.savePhrase({ title: 'gone', text: 'gone', groupId: null });
  await s.library.deletePhrase(doomed.id);
  return { ...s, file: JSON.parse((await s.pack.exportAll()).json) as BackupFile };
}

async function importError(pack: { importAll(json: string): Promise<unknown> }, json: string): Promise<UserFacingError> {
  const error = await pack.importAll(json).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

describe('data pack', () => {
  it('exports live data as one versioned file with a dated name', async () => {
    const { pack, file } = await exported();
    expect(file).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: expect.stringMatching(/^2026-11-25T/) });
    expect(file.records.map((r) => r.id).sort()).toEqual(['grp_starter_ship', 'local:selectors:pinduoduo', 'phr_starter_ship-when', 'starter_library_state']);
    expect((await pack.exportAll()).fileName).toMatch(/^kefu-sidebar-2026-11-2\d\.json$/);
    expect(backupFileName(new Date(2026, 0, 5, 12).getTime())).toBe('kefu-sidebar-2026-01-05.json');
  });

  it('round-trips into an empty store', async () => {
    const { file } = await exported();
    const target = setup();
    const { value, written } = await target.pack.importAll(JSON.stringify(file));
    expect(value.written).toBe(4);
    // The four records (the starter version taken in is one), and the snapshot of the (empty) library taken before them.
    expect(written.filter((r) => r.type !== 'librarySnapshot')).toHaveLength(4);
    expect(written.filter((r) => r.type === 'librarySnapshot').map((r) => r.id)).toEqual([value.snapshotId]);
    const snap = await target.library.view();
    expect(snap.phrases).toEqual([
      expect.objectContaining({ id: 'phr_starter_ship-when', text: '48小时内发货', groupId: 'grp_starter_ship', examples: ['几天发货', '啥时候发'], publicReply: true }),
    ]);
    expect(snap.selectorOverrides[0]).toMatchObject({ overrides: { chatInput: 'textarea.reply' } });
    // The original creation time survives; the import is this machine's write.
    expect(snap.phrases[0]!.createdAt).toBe(file.records.find((r) => r.type === 'phrase')!.createdAt);
    expect(snap.phrases[0]!.updatedBy).toBe('dev');
  });

  it('refuses a file that is not JSON, changing nothing', async () => {
    const { pack, backend, store } = setup();
    await store.open();
    const before = backend.peek();
    const error = await importError(pack, '{"format": "kefu-sidebar-backup", ');
    expect(error.message).toContain('不是有效的 JSON 文件');
    expect(backend.peek()).toEqual(before);
  });

  it('refuses a file of another format and an incomplete one, each with its own message', async () => {
    const { pack } = setup('en');
    expect((await importError(pack, JSON.stringify({ format: 'other', records: [] }))).message).toMatch(/not a Kefu Sidebar backup or library file/);
    expect((await importError(pack, JSON.stringify([1, 2]))).message).toMatch(/not a Kefu Sidebar backup or library file/);
    expect((await importError(pack, JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 1 }))).message).toMatch(/incomplete/);
  });

  it('refuses a file from a newer version', async () => {
    const { pack } = setup('en');
    const error = await importError(pack, JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 99, exportedAt: '', records: [] }));
    expect(error.message).toMatch(/newer Kefu Sidebar \(data version 99/);
  });

  it('a record with empty text: names the record number, type, title and field, and nothing is written', async () => {
    const { file } = await exported();
    const bad = structuredClone(file);
    bad.records.unshift({ ...file.records[0]!, id: 'grp_new', name: '新分组', type: 'phraseGroup' });
    const phraseIndex = bad.records.findIndex((r) => r.type === 'phrase');
    bad.records[phraseIndex] = { ...bad.records[phraseIndex]!, text: '  ' };

    const zh = setup('zh');
    await zh.library.seedStarterLibraryIfEmpty();
    const before = zh.backend.peek();
    const error = await importError(zh.pack, JSON.stringify(bad));
    expect(error.code).toBe('invalid-data');
    expect(error.details).toEqual([`第 ${phraseIndex + 1} 条记录（phrase “发货时间”）的字段 text：不能为空`]);
    expect(zh.backend.peek()).toEqual(before);
    expect(await zh.store.get('grp_new')).toBeUndefined();

    const en = setup('en');
    const enError = await importError(en.pack, JSON.stringify(bad));
    expect(enError.details).toEqual([`Record ${phraseIndex + 1} (phrase "发货时间"), field text: must not be empty`]);
  });

  it('names unknown types, duplicate ids and missing groups; caps the detail lines', async () => {
    const { file } = await exported('en');
    const phrase = file.records.find((r) => r.type === 'phrase')!;
    const records = [
      { ...phrase, type: 'mystery' },
      phrase,
      phrase,
      { ...phrase, id: 'phr_orphan', groupId: 'grp_missing' },
    ];
    const { pack } = setup('en');
    const many = await importError(pack, JSON.stringify({ ...file, records }));
    expect(many.details).toEqual(['Record 1 (mystery "发货时间"), field type: unknown record type mystery', 'Record 3 (phrase "发货时间"), field id: same as record 2']);

    const orphan = await importError(pack, JSON.stringify({ ...file, records: records.slice(3) }));
    expect(orphan.details).toEqual(['Record 1 (phrase "发货时间"), field groupId: group grp_missing does not exist']);

    const flood = Array.from({ length: 30 }, (_, i) => ({ ...phrase, id: `phr_${i}`, text: '' }));
    const capped = await importError(pack, JSON.stringify({ ...file, records: flood }));
    expect(capped.details).toHaveLength(MAX_DETAIL_LINES + 1);
    expect(capped.details!.at(-1)).toBe('…and 10 more');
    expect(capped.message).toMatch(/30 problems/);
  });

  it('a storage failure during import writes nothing', async () => {
    const { file } = await exported();
    const target = setup();
    await target.store.open();
    target.backend.failCommits(true);
    await expect(target.pack.importAll(JSON.stringify(file))).rejects.toMatchObject({ code: 'storage-failed' });
    expect(await target.store.all()).toEqual([]);
  });

  it('older files go through the same migrations', async () => {
    // A test-only step after the current version: groups' `label` became `name`.
    const current = SCHEMA_VERSION;
    const next = current + 1;
    const old = {
      format: BACKUP_FORMAT,
      schemaVersion: current,
      exportedAt: '2026-01-01T00:00:00.000Z',
      records: [{ id: 'grp_a', type: 'phraseGroup', scope: 'shop', schemaVersion: current, createdAt: 1, updatedAt: 1, updatedBy: 'x', label: '售后', order: 0, parentId: null }],
    };
    const toNext: Migration = {
      from: current,
      to: next,
      migrate: (rs) => rs.map(({ label, ...r }) => (r.type === 'phraseGroup' ? { ...r, name: label } : r)),
    };
    const now = createTestClock();
    const migrations = [...REAL_REGISTRY.migrations, toNext];
    const store = createTestStore({ backend: createMemoryBackend(), now, actor: 'a', schemaVersion: next, migrations });
    const pack = createDataPack({ ...REAL_REGISTRY, store, now, newId: createIdMaker({ now }), lang: 'en', schemaVersion: next, migrations });
    await pack.importAll(JSON.stringify(old));
    expect(await store.get('grp_a')).toMatchObject({ name: '售后', schemaVersion: next });
  });

  it('reply picks go out with the full backup and come back (not in a library pack)', async () => {
    const source = setup('en');
    await source.library.seedStarterLibraryIfEmpty();
    const usage = createUsageService({ store: source.store, now: () => Date.UTC(2026, 10, 25, 4), lang: 'en' });
    await usage.recordUsage('phr_starter_ship-when', '几天发货？');
    await usage.recordUsage('phr_starter_ship-when', '几天发货?');
    const file = JSON.parse((await source.pack.exportAll()).json) as BackupFile;
    expect(file.records.find((r) => r.id === REPLY_PICKS_ID)).toMatchObject({
      type: 'replyPicks',
      picks: [{ question: '几天发货?', phraseId: 'phr_starter_ship-when', count: 2 }],
    });
    expect((JSON.parse((await source.pack.exportLibrary({ includePersonal: true })).json) as { phrases: unknown[]; groups: unknown[] }).phrases).not.toContainEqual(
      expect.objectContaining({ type: 'replyPicks' }),
    );

    const target = setup('en');
    await target.pack.importAll(JSON.stringify(file));
    expect((await target.library.view()).replyPicks).toEqual([{ question: '几天发货?', phraseId: 'phr_starter_ship-when', at: Date.UTC(2026, 10, 25, 4), count: 2 }]);
  });

  it('a malformed reply pick is refused with where it is, and nothing is imported', async () => {
    const source = setup('en');
    await source.library.seedStarterLibraryIfEmpty();
    const usage = createUsageService({ store: source.store, now: () => 1_764_000_000_000, lang: 'en' });
    await usage.recordUsage('phr_starter_ship-when', 'q1');
    await usage.recordUsage('phr_starter_ship-when', 'q2');
    const file = JSON.parse((await source.pack.exportAll()).json) as BackupFile;
    const at = file.records.findIndex((r) => r.id === REPLY_PICKS_ID);
    const bad = structuredClone(file);
    (bad.records[at]!.picks as { question: unknown }[])[1]!.question = '';
    (bad.records[at]!.picks as { count: unknown }[])[0]!.count = '<b>9</b>';

    const target = setup('en');
    await target.store.open();
    const before = target.backend.peek();
    const error = await importError(target.pack, JSON.stringify(bad));
    expect(error.details).toEqual([
      `Record ${at + 1} (replyPicks), field picks[0].count: missing or of the wrong type (expected number)`,
      `Record ${at + 1} (replyPicks), field picks[1].question: must not be empty`,
    ]);
    expect(target.backend.peek()).toEqual(before);
  });
});
