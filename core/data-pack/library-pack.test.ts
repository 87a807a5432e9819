import { SCHEMA_VERSION } from '../store/record';
import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createSnapshotService } from '../snapshots';
import { type StoredRecord } from '../store';
import { createFlakyBackend, createTestClock, REAL_REGISTRY, createTestStore } from '../../test/helpers/store';
import { createSettingsService } from '../settings';
import { createUsageService } from '../usage';
import { LIBRARY_FORMAT, createDataPack, type BackupFile, type LibraryPackFile } from '.';

function setup() {
  const backend = createFlakyBackend();
  const now = createTestClock(Date.UTC(2026, 10, 25, 3));
  const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
  const newId = createIdMaker({ now });
  return {
    backend,
    store,
    library: createLibraryService({ store, newId, lang: 'en' }),
    settings: createSettingsService({ store, lang: 'en' }),
    pack: createDataPack({ ...REAL_REGISTRY, store, now, newId, lang: 'en' }),
    usage: createUsageService({ store, now, lang: 'en' }),
    snapshots: createSnapshotService({ store, newId, lang: 'en' }),
  };
}

const content = (records: StoredRecord[]) => records.map(({ updatedAt: _u, updatedBy: _b, ...rest }) => rest);

describe('library pack', () => {
  it('round-trips the shop library and carries nothing machine-local', async () => {
    const source = setup();
    const { value: g } = await source.library.saveGroup({ name: '售后' });
    const { value: sub } = await source.library.saveGroup({ name: '退货', parentId: g.id });
    const { value: p } = await source.library.savePhrase({ title: '退货', text: '七天无理由', code: 'th', groupId: sub.id, stage: 'aftersale', tags: ['退货'] });
    await source.library.savePhrase({ title: '我的', text: '个人话术', groupId: null, scope: 'agent' });
    await source.settings.saveSelectorOverrides('jd', { chatInput: '#x' });
    await source.usage.recordUsage(p.id);
    await source.snapshots.createSnapshot('s');

    const { json, fileName } = await source.pack.exportLibrary();
    expect(fileName).toMatch(/^kefu-sidebar-library-2026-11-2\d\.json$/);
    const file = JSON.parse(json) as LibraryPackFile;
    expect(file).toMatchObject({ format: LIBRARY_FORMAT, schemaVersion: SCHEMA_VERSION });
    expect(file.groups.map((r) => r.id)).toEqual([g.id, sub.id]);
    expect(file.phrases.map((r) => r.id)).toEqual([p.id]);
    expect(json).not.toMatch(/local:/);
    const withPersonal = JSON.parse((await source.pack.exportLibrary({ includePersonal: true })).json) as LibraryPackFile;
    expect(withPersonal.phrases.map((r) => r.text)).toEqual(['七天无理由', '个人话术']);

    const target = setup();
    const { value } = await target.pack.importAll(json, fileName);
    expect(value.written).toBe(3);
    const snap = await target.library.view();
    expect(content(snap.groups)).toEqual(content((await source.library.view()).groups));
    expect(content(snap.phrases)).toEqual(content([(await source.store.get(p.id))!]));
    expect(snap.selectorOverrides).toEqual([]);
    expect(snap.usage).toEqual({});
    // Importing a newer pack again updates in place (same ids), never duplicates.
    await source.library.savePhrase({ id: p.id, title: '退货', text: '七天无理由退货', code: 'th', groupId: sub.id });
    await target.pack.importAll((await source.pack.exportLibrary()).json, 'again.json');
    expect((await target.library.view()).phrases.map((x) => x.text)).toEqual(['七天无理由退货']);
    expect((await target.snapshots.listSnapshots()).snapshots.map((s) => s.label)).toEqual(['Before importing again.json', `Before importing ${fileName}`]);
  });

  it('refuses machine-local records in a library pack, writing nothing', async () => {
    const s = setup();
    await s.settings.saveSelectorOverrides('jd', { chatInput: '#x' });
    const backup = JSON.parse((await s.pack.exportAll()).json) as BackupFile;
    const local = backup.records.find((r) => r.id.startsWith('local:'))!;
    const pack = { format: LIBRARY_FORMAT, schemaVersion: 2, exportedAt: '', groups: [], phrases: [local] };
    const target = setup();
    await expect(target.pack.importAll(JSON.stringify(pack))).rejects.toMatchObject({
      details: ['Record 1 (selectorOverrides), field type: a library file holds phrases and groups only'],
    });
    expect(await target.store.all()).toEqual([]);
  });

  it('a pack without a schema version is sent to the phrase import, writing nothing', async () => {
    const s = setup();
    const pack = { format: LIBRARY_FORMAT, version: 1, groups: [], phrases: [{ text: 'x' }] };
    await expect(s.pack.importAll(JSON.stringify(pack))).rejects.toMatchObject({ message: expect.stringMatching(/Import phrase file/) });
    expect(await s.store.all()).toEqual([]);
  });

  it('a v1 library pack migrates on import', async () => {
    const base = { schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'x', scope: 'shop' };
    const v1 = {
      format: LIBRARY_FORMAT,
      schemaVersion: 1,
      exportedAt: '',
      groups: [{ ...base, id: 'grp_a', type: 'phraseGroup', name: 'A', order: 0 }],
      phrases: [{ ...base, id: 'phr_a', type: 'phrase', title: 't', text: 'x', groupId: 'grp_a', order: 0 }],
    };
    const s = setup();
    await s.pack.importAll(JSON.stringify(v1));
    expect(await s.store.get('grp_a')).toMatchObject({ parentId: null, schemaVersion: SCHEMA_VERSION });
    expect(await s.store.get('phr_a')).toMatchObject({ stage: null, tags: [], schemaVersion: SCHEMA_VERSION });
  });

  it('backups leave library snapshots out (each is a whole copy of the library)', async () => {
    const s = setup();
    await s.library.savePhrase({ title: 't', text: 'x', groupId: null });
    await s.snapshots.createSnapshot('s');
    const backup = JSON.parse((await s.pack.exportAll()).json) as BackupFile;
    expect(backup.records.map((r) => r.type)).toEqual(['phrase']);
  });
});
