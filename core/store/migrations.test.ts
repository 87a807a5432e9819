import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from './backend';
import { runMigrations, type Migration } from './migrations';
import { SCHEMA_VERSION } from './record';
import { META_ID } from './record-types';
import { createFlakyBackend, createTestClock, REAL_REGISTRY, createTestStore } from '../../test/helpers/store';

// A test-only step: version 2 renamed groups' `label` to `name`.
const renameLabel: Migration = {
  from: 1,
  to: 2,
  migrate: (records) =>
    records.map((r) => {
      if (r.type !== 'phraseGroup') return r;
      const { label, ...rest } = r;
      return { ...rest, name: label };
    }),
};

// The same rename one version later, for the store's open path on data of the current shape.
const renameLabelLater: Migration = { ...renameLabel, from: 2, to: 3 };

const meta = (schemaVersion: number) => ({ id: META_ID, type: 'meta', scope: 'local', schemaVersion, createdAt: 1, updatedAt: 1, updatedBy: 'x' });
const v1Group = { id: 'grp_a', type: 'phraseGroup', scope: 'shop', schemaVersion: 1, createdAt: 5, updatedAt: 5, updatedBy: 'x', label: '售后', order: 0 };
const v2Group = { ...v1Group, schemaVersion: 2, parentId: null };

function byId(rows: unknown[]): Map<string, Record<string, unknown>> {
  return new Map(rows.map((r) => [(r as { id: string }).id, r as Record<string, unknown>]));
}

describe('migrations', () => {
  it('the real list chains from version 1 up to SCHEMA_VERSION', () => {
    let version = 1;
    for (const step of REAL_REGISTRY.migrations) {
      expect(step.from).toBe(version);
      expect(step.to).toBe(version + 1);
      version = step.to;
    }
    expect(version).toBe(SCHEMA_VERSION);
  });

  it('runMigrations applies each step in order and sets schemaVersion', () => {
    const v3: Migration = { from: 2, to: 3, migrate: (rs) => rs.map((r) => ({ ...r, order: 7 })) };
    const out = runMigrations([v1Group], 1, 3, [renameLabel, v3], 'en');
    const { label: _label, ...rest } = v1Group;
    expect(out).toEqual([{ ...rest, name: '售后', order: 7, schemaVersion: 3 }]);
  });

  it('refuses a gap in the chain', () => {
    expect(() => runMigrations([v1Group], 1, 3, [renameLabel], 'en')).toThrow(/version 2/);
  });

  it('on open, migrates older stored data and writes it with the new version in one commit', async () => {
    const backend = createFlakyBackend([meta(2), v2Group]);
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a', schemaVersion: 3, migrations: [renameLabelLater] });
    expect(await store.get('grp_a')).toMatchObject({ name: '售后', schemaVersion: 3, createdAt: 5 });
    expect(backend.commits).toBe(1);
    const stored = byId(backend.peek());
    expect(stored.get('grp_a')).toMatchObject({ name: '售后', schemaVersion: 3 });
    expect(stored.get('grp_a')).not.toHaveProperty('label');
    expect(stored.get(META_ID)).toMatchObject({ schemaVersion: 3 });
  });

  it('a failed migration commit changes nothing, and the next open tries again', async () => {
    const backend = createFlakyBackend([meta(2), v2Group]);
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a', schemaVersion: 3, migrations: [renameLabelLater] });
    backend.failCommits(true);
    await expect(store.open()).rejects.toMatchObject({ code: 'storage-failed' });
    expect(byId(backend.peek()).get('grp_a')).toEqual(v2Group);
    expect(byId(backend.peek()).get(META_ID)).toMatchObject({ schemaVersion: 2 });
    backend.failCommits(false);
    expect(await store.get('grp_a')).toMatchObject({ name: '售后' });
  });

  it('refuses data newer than the code, and never overwrites it', async () => {
    const newer = SCHEMA_VERSION + 1;
    const future = { ...v2Group, schemaVersion: newer, name: 'future' };
    const backend = createFlakyBackend([meta(newer), future]);
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a', lang: 'en' });
    await expect(store.open()).rejects.toThrow(new RegExp(`newer Kefu Sidebar \\(data version ${newer}, this extension knows up to ${SCHEMA_VERSION}\\)`));
    await expect(store.write([{ put: { id: 'grp_b', type: 'phraseGroup', scope: 'shop', name: 'B', order: 0, parentId: null } }])).rejects.toMatchObject({
      code: 'invalid-data',
    });
    expect(backend.commits).toBe(0);
    expect(byId(backend.peek()).get('grp_a')).toEqual(future);
  });

  it('marks fresh storage with the current version', async () => {
    const backend = createMemoryBackend();
    await createTestStore({ backend, now: createTestClock(), actor: 'a' }).open();
    expect(byId(backend.peek()).get(META_ID)).toMatchObject({ schemaVersion: SCHEMA_VERSION, type: 'meta' });
  });
});
