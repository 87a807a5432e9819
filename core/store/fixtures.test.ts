import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createSnapshotService } from '../snapshots';
import { createMemoryBackend } from './backend';
import { SCHEMA_VERSION } from './record';
import { META_ID, type StoredRecord } from './record-types';
import { createTestClock, createTestStore } from '../../test/helpers/store';

// A dump of the records database as each schema version stored it (`fixtures/vN.json`), kept
// forever: every version ever shipped must still open, migrated, with every word kept.
const FIXTURES = join(__dirname, 'fixtures');
const fixture = (version: number): Array<Record<string, unknown>> => JSON.parse(readFileSync(join(FIXTURES, `v${version}.json`), 'utf8'));
const VERSIONS = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

async function openOn(rows: readonly unknown[]) {
  const backend = createMemoryBackend(rows);
  const now = createTestClock(1_765_000_000_000);
  const store = createTestStore({ backend, now, actor: 'dev_test' });
  await store.open();
  const all = (await store.all({ includeDeleted: true })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const byId = new Map(all.map((r) => [r.id, r]));
  return { store, backend, now, byId };
}

/** What a record says, apart from its version stamp (the one field a migration always changes). */
const words = (r: StoredRecord | Record<string, unknown>) => {
  const { schemaVersion: _v, ...rest } = r;
  return rest;
};
const dataRows = (version: number) => fixture(version).filter((r) => r.id !== META_ID);

/** What each version's data must look like after migrating to the current one. */
const EXPECTED: Record<number, (byId: Map<string, StoredRecord>) => void> = {
  1: (byId) => {
    // v1 → v2 gave phrases a stage and tags (a starter phrase the starter library's), groups a parent.
    expect(byId.get('phr_01JD3V7B2C4D6E8F0G1H2J3K4M')).toMatchObject({ title: '顺丰加价', code: 'sf', stage: null, tags: [], updatedAt: 1763886500000 });
    expect(byId.get('phr_starter_esc-pending')).toMatchObject({ title: '退货地址（改过）', stage: 'aftersale' });
    expect(byId.get('grp_01JD3V6Q0Z8T4K2M9N5P7R1S3A')).toMatchObject({ name: '我的常用', parentId: null });
    expect(byId.get('phr_01JD3V7B2C4D6E8F0G1H2J3K4N')).toMatchObject({ deleted: true, tags: [] });
    expect(byId.get('local:selectors:jd')).toMatchObject({ overrides: { chatInput: '#editArea .edit-box' } });
  },
  2: (byId) => {
    // v2 → v3 turned each snapshot's `records` array into one payload string, with counts.
    const snap = byId.get('local:snapshot:01JD9A0000000000000000000A')!;
    expect(snap).not.toHaveProperty('records');
    expect(snap).toMatchObject({ phraseCount: 1, groupCount: 1, label: '导入 话术.xlsx 之前' });
    const heldBefore = (dataRows(2).find((r) => r.id === snap.id) as { records: unknown[] }).records;
    expect(JSON.parse(snap.payload as string)).toEqual(heldBefore);
    expect(byId.get('local:snapshot:01JD9A0000000000000000000B')).toMatchObject({ phraseCount: 3, groupCount: 2 });
    expect(byId.get('local:settings:variables')).toMatchObject({ values: { 店铺: '小鹿家居旗舰店' } });
    expect(byId.get('local:usage:phr_starter_ship-when')).toMatchObject({ count: 37 });
  },
  3: (byId) => {
    expect(byId.get('phr_starter_ship-when')).toMatchObject({ examples: ['什么时候发货', '几天能发'] });
    expect(byId.get('local:snapshot:01JDQ10000000000000000000A')).toMatchObject({ phraseCount: 3, groupCount: 2 });
  },
};

describe('stored data of every schema version (fixtures/vN.json)', () => {
  it('has a fixture for every version up to the current one, and a check for each', () => {
    expect(readdirSync(FIXTURES).filter((f) => /^v\d+\.json$/.test(f)).sort()).toEqual(VERSIONS.map((v) => `v${v}.json`));
    expect(Object.keys(EXPECTED).map(Number)).toEqual(VERSIONS);
  });

  for (const version of VERSIONS) {
    it(`v${version} opens at version ${SCHEMA_VERSION}: every record valid, every word kept`, async () => {
      const { store, backend, byId } = await openOn(fixture(version));
      expect(store.skipped()).toEqual([]);
      expect(byId.size).toBe(dataRows(version).length);
      for (const record of byId.values()) expect(record.schemaVersion).toBe(SCHEMA_VERSION);
      EXPECTED[version]!(byId);
      // Written back with the version mark; a second open reads the same records unchanged.
      expect(backend.peek().find((r) => (r as { id: string }).id === META_ID)).toMatchObject({ schemaVersion: SCHEMA_VERSION });
      const again = await openOn(backend.peek());
      expect([...again.byId.values()]).toEqual([...byId.values()]);
    });

    it(`v${version} migrates the same without its meta record, with a broken one, or with one saying version 1`, async () => {
      const { byId: expected } = await openOn(fixture(version));
      const data = dataRows(version);
      const damaged = [
        data,
        [{ id: META_ID, type: 'meta', schemaVersion: 'three' }, ...data],
        [{ ...fixture(version)[0], schemaVersion: 1 }, ...data],
      ];
      for (const rows of damaged) {
        const { store, byId } = await openOn(rows);
        expect(store.skipped()).toEqual([]);
        expect([...byId.values()].map(words)).toEqual([...expected.values()].map(words));
      }
    });
  }

  it('rows without a version stamp and without a meta record are read by their shape, never as version 1', async () => {
    const unstamped = (version: number) => dataRows(version).map(({ schemaVersion: _v, ...rest }) => rest);
    for (const version of VERSIONS) {
      const { store, byId } = await openOn(unstamped(version));
      const { byId: expected } = await openOn(fixture(version));
      expect(store.skipped()).toEqual([]);
      expect([...byId.values()].map(words)).toEqual([...expected.values()].map(words));
    }
  });

  it('current data with its meta record lost keeps every snapshot restorable (never emptied to [])', async () => {
    const { store, now } = await openOn(dataRows(SCHEMA_VERSION));
    const snapshots = createSnapshotService({ store, newId: createIdMaker({ now }), lang: 'en' });
    const [listed] = (await snapshots.listSnapshots()).snapshots;
    expect(listed).toMatchObject({ phraseCount: 3, groupCount: 2 });
    const { value } = await snapshots.restoreSnapshot(listed!.id);
    expect(value).toMatchObject({ phrases: 3, groups: 2 });
    expect((await store.list('phrase')).map((p) => p.title).sort()).toEqual(['双11价保', '发货时间', '感谢好评']);
  });

  it('a row of unknown shape with no stamp is kept out of memory but left in storage untouched', async () => {
    const odd = { id: 'phr_odd', type: 'phrase', scope: 'shop', title: 42 };
    const { store, backend } = await openOn([...dataRows(SCHEMA_VERSION), odd]);
    expect(store.skipped()).toEqual([odd]);
    expect(backend.peek()).toContainEqual(odd);
  });
});
