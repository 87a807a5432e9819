import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createSnapshotService } from '../snapshots';
import { META_ID } from './record-types';
import { REAL_REGISTRY, createFlakyBackend, createTestClock, createTestStore } from '../../test/helpers/store';

// Data exactly as version 2 stored it: a library snapshot holding its records as an array.
const base = { schemaVersion: 2, createdAt: 100, updatedAt: 200, updatedBy: 'local' };
const held = [
  { ...base, id: 'grp_a', type: 'phraseGroup', scope: 'shop', name: '售后', order: 0, parentId: null },
  { ...base, id: 'phr_a', type: 'phrase', scope: 'shop', title: '退货地址', text: '退货请寄到订单页的地址', groupId: 'grp_a', order: 0, stage: 'aftersale', tags: [] },
  { ...base, id: 'phr_b', type: 'phrase', scope: 'shop', title: '发货时间', text: '付款后48小时内发货', groupId: null, order: 1, stage: null, tags: [] },
];
const v2Records = [
  held[0],
  held[1],
  { ...base, id: 'local:snapshot:01JD0000000000000000000001', type: 'librarySnapshot', scope: 'local', reason: 'import', label: '导入前', records: held },
];
const v2Meta = { id: META_ID, type: 'meta', scope: 'local', schemaVersion: 2, createdAt: 1, updatedAt: 1, updatedBy: 'local' };

describe('migration v2 → v3 (snapshot contents as one string)', () => {
  it('keeps what a v2 snapshot held: listed with its counts, restorable exactly', async () => {
    const backend = createFlakyBackend([v2Meta, ...v2Records]);
    const now = createTestClock();
    const store = createTestStore({ backend, now, actor: 'a' });
    const newId = createIdMaker({ now });
    const library = createLibraryService({ store, newId, lang: 'zh' });
    const snapshots = createSnapshotService({ store, newId, lang: 'zh' });

    const [listed] = (await snapshots.listSnapshots()).snapshots;
    expect(store.skipped()).toEqual([]);
    expect(listed).toMatchObject({ label: '导入前', phraseCount: 2, groupCount: 1 });
    const stored = backend.peek().find((r) => (r as { id: string }).id === listed!.id) as Record<string, unknown>;
    expect(stored.records).toBeUndefined();
    expect(JSON.parse(stored.payload as string)).toEqual(held);

    await snapshots.restoreSnapshot(listed!.id);
    expect((await library.view()).phrases.map((p) => p.title).sort()).toEqual(['发货时间', '退货地址']);
  });
});

describe('migration v2 → v3 on data that is not v2', () => {
  const step = REAL_REGISTRY.migrations.find((m) => m.from === 2)!;
  it('leaves a snapshot that already holds its payload, or a damaged one, as it is (never emptied)', () => {
    const current = { ...base, schemaVersion: 3, id: 'local:snapshot:01JD0000000000000000000002', type: 'librarySnapshot', scope: 'local', reason: 'manual', label: '', payload: JSON.stringify(held), phraseCount: 2, groupCount: 1 };
    const damaged = { ...base, id: 'local:snapshot:01JD0000000000000000000003', type: 'librarySnapshot', scope: 'local', reason: 'manual', label: '', records: 'oops' };
    expect(step.migrate([current, damaged])).toEqual([current, damaged]);
  });
});
