import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './record';
import { createDataPack } from '../data-pack';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { STARTER_PHRASES } from '../phrases/starter-library';
import { createMemoryBackend } from './backend';
import { META_ID } from './record-types';
import { createFlakyBackend, createTestClock, REAL_REGISTRY, createTestStore } from '../../test/helpers/store';

// Data exactly as version 1 (issue 3) stored it: no stage/tags on phrases, no parentId on groups.
const base = { schemaVersion: 1, createdAt: 100, updatedAt: 200, updatedBy: 'local' };
const starter = STARTER_PHRASES.find((p) => p.tags && p.tags.length > 0)!;
const v1Records = [
  { ...base, id: 'grp_starter_shipping', type: 'phraseGroup', scope: 'shop', name: '发货物流', order: 0 },
  { ...base, id: 'grp_01JD0000000000000000000000', type: 'phraseGroup', scope: 'shop', name: '我的分组', order: 1 },
  { ...base, id: 'phr_01JD0000000000000000000001', type: 'phrase', scope: 'shop', title: '发货时间', text: '付款后48小时内发货', code: 'fh', groupId: 'grp_starter_shipping', order: 0 },
  { ...base, id: `phr_starter_${starter.key}`, type: 'phrase', scope: 'shop', title: '改过的标题', text: '我改过的话术', groupId: null, order: 0 },
  { ...base, id: 'phr_01JD0000000000000000000002', type: 'phrase', scope: 'shop', title: '旧的', text: '已删除', groupId: null, order: 1, deleted: true },
  { ...base, id: 'local:selectors:jd', type: 'selectorOverrides', scope: 'local', site: 'jd', overrides: { chatInput: '#editor' } },
];
const v1Meta = { id: META_ID, type: 'meta', scope: 'local', schemaVersion: 1, createdAt: 1, updatedAt: 1, updatedBy: 'local' };

describe('migration v1 → v2 (stage, tags, nested groups)', () => {
  it('a store opened on v1 data migrates every record and keeps the user’s words', async () => {
    const backend = createFlakyBackend([v1Meta, ...v1Records]);
    const now = createTestClock();
    const store = createTestStore({ backend, now, actor: 'a' });
    const library = createLibraryService({ store, newId: createIdMaker({ now }), lang: 'zh' });

    const snap = await library.view();
    expect(store.skipped()).toEqual([]);
    expect(snap.groups.map((g) => [g.id, g.parentId])).toEqual([
      ['grp_starter_shipping', null],
      ['grp_01JD0000000000000000000000', null],
    ]);
    const custom = snap.phrases.find((p) => p.id === 'phr_01JD0000000000000000000001')!;
    expect(custom).toMatchObject({ stage: null, tags: [], code: 'fh', text: '付款后48小时内发货', schemaVersion: SCHEMA_VERSION, createdAt: 100 });
    // A starter phrase gets the stage and tags the starter library gives it; the edited words stay.
    const edited = snap.phrases.find((p) => p.id === `phr_starter_${starter.key}`)!;
    expect(edited).toMatchObject({ stage: starter.stage, tags: [...starter.tags!], title: '改过的标题', text: '我改过的话术' });
    // Tombstones are migrated too (they still replicate), and stay deleted.
    expect(await store.get('phr_01JD0000000000000000000002')).toMatchObject({ deleted: true, stage: null, tags: [], schemaVersion: SCHEMA_VERSION });
    expect(snap.selectorOverrides).toEqual([expect.objectContaining({ overrides: { chatInput: '#editor' }, schemaVersion: SCHEMA_VERSION })]);

    // Written back in one commit, with the new version mark; a restart reads it without migrating.
    expect(backend.commits).toBe(1);
    const again = createTestStore({ backend, now, actor: 'a' });
    expect(await again.get(custom.id)).toMatchObject({ stage: null, tags: [] });
    expect(backend.commits).toBe(1);
    expect(backend.peek().find((r) => (r as { id: string }).id === META_ID)).toMatchObject({ schemaVersion: SCHEMA_VERSION });
  });

  it('v1 data without a version mark (the earliest builds) migrates the same way', async () => {
    const store = createTestStore({ backend: createMemoryBackend(v1Records), now: createTestClock(), actor: 'a' });
    expect(await store.get('grp_01JD0000000000000000000000')).toMatchObject({ parentId: null, schemaVersion: SCHEMA_VERSION });
  });

  it('a v1 backup file imports through the data pack, migrated and valid', async () => {
    const file = { format: 'kefu-sidebar-backup', schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', records: v1Records };
    const now = createTestClock();
    const store = createTestStore({ backend: createFlakyBackend(), now, actor: 'b', lang: 'en' });
    const newId = createIdMaker({ now });
    const pack = createDataPack({ ...REAL_REGISTRY, store, now, newId, lang: 'en' });
    const { value } = await pack.importAll(JSON.stringify(file), 'old-backup.json');
    // The file's tombstone of a record this store never had changes nothing, so it is not written.
    expect(value.written).toBe(v1Records.filter((r) => !('deleted' in r)).length);
    expect(await store.get('phr_01JD0000000000000000000001')).toMatchObject({ stage: null, tags: [], schemaVersion: SCHEMA_VERSION, groupId: 'grp_starter_shipping' });
    expect(await store.get('grp_starter_shipping')).toMatchObject({ parentId: null, schemaVersion: SCHEMA_VERSION });
    expect(await store.get(`phr_starter_${starter.key}`)).toMatchObject({ stage: starter.stage });
    // The imported data is editable with the v2 fields.
    const library = createLibraryService({ store, newId, lang: 'en' });
    await library.savePhrase({ id: 'phr_01JD0000000000000000000001', title: '发货时间', text: '付款后48小时内发货', groupId: 'grp_starter_shipping', stage: 'insale', tags: ['发货'] });
    expect(await store.get('phr_01JD0000000000000000000001')).toMatchObject({ stage: 'insale', tags: ['发货'] });
  });
});
