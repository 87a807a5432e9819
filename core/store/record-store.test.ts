import { describe, expect, it, vi } from 'vitest';
import { createMemoryBackend } from './backend';
import { UserFacingError } from '../errors';
import { type RecordInput } from './record-store';
import { SCHEMA_VERSION } from './record';
import { META_ID } from './record-types';
import { createFlakyBackend, createTestClock, createTestStore } from '../../test/helpers/store';

const group = (id: string, name: string, order = 0): RecordInput => ({ id, type: 'phraseGroup', scope: 'shop', name, order, parentId: null });
const phrase = (id: string, text: string, groupId: string | null = null): RecordInput => ({
  id,
  type: 'phrase',
  scope: 'shop',
  title: 'T ' + id,
  text,
  groupId,
  order: 0,
  stage: null,
  tags: [],
});

function byId(rows: unknown[]): Map<string, Record<string, unknown>> {
  return new Map(rows.map((r) => [(r as { id: string }).id, r as Record<string, unknown>]));
}

describe('record store', () => {
  it('stamps metadata on create and keeps createdAt on update', async () => {
    const backend = createMemoryBackend();
    const store = createTestStore({ backend, now: createTestClock(1000), actor: 'dev-1' });
    const [created] = await store.write([{ put: group('grp_a', 'A') }]);
    expect(created).toMatchObject({ id: 'grp_a', schemaVersion: SCHEMA_VERSION, updatedBy: 'dev-1', name: 'A' });
    expect(created!.createdAt).toBe(created!.updatedAt);

    const [updated] = await store.write([{ put: group('grp_a', 'A2') }]);
    expect(updated!.createdAt).toBe(created!.createdAt);
    expect(updated!.updatedAt).toBeGreaterThan(created!.updatedAt);
    expect(byId(backend.peek()).get('grp_a')).toMatchObject({ name: 'A2' });
    expect(byId(backend.peek()).get(META_ID)).toMatchObject({ type: 'meta', schemaVersion: SCHEMA_VERSION });
  });

  it('soft-deletes: the tombstone is stored, hidden from list, visible to get', async () => {
    const backend = createMemoryBackend();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    await store.write([{ put: group('grp_a', 'A') }, { put: group('grp_b', 'B') }]);
    const written = await store.write([{ delete: 'grp_a' }]);
    expect(written).toEqual([expect.objectContaining({ id: 'grp_a', deleted: true })]);
    expect((await store.list('phraseGroup')).map((g) => g.id)).toEqual(['grp_b']);
    expect((await store.list('phraseGroup', { includeDeleted: true })).map((g) => g.id).sort()).toEqual(['grp_a', 'grp_b']);
    expect(await store.get('grp_a')).toMatchObject({ deleted: true });
    expect(byId(backend.peek()).get('grp_a')).toMatchObject({ deleted: true, name: 'A' });
    // Deleting again writes nothing; deleting what never existed is an error.
    expect(await store.write([{ delete: 'grp_a' }])).toEqual([]);
    await expect(store.write([{ delete: 'grp_zzz' }])).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses invalid records before touching storage, naming record and field', async () => {
    const backend = createFlakyBackend();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a', lang: 'en' });
    await store.open();
    const commitsBefore = backend.commits;
    const error = await store.write([{ put: group('grp_ok', 'fine') }, { put: phrase('phr_bad', '   ') }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('invalid-data');
    expect((error as UserFacingError).details).toEqual(['phrase “T phr_bad”：field text: must not be empty']);
    expect(backend.commits).toBe(commitsBefore);
    expect(await store.get('grp_ok')).toBeUndefined();
  });

  it('refuses unknown types, type changes and writes to the meta record', async () => {
    const store = createTestStore({ backend: createMemoryBackend(), now: createTestClock(), actor: 'a' });
    await store.write([{ put: group('grp_a', 'A') }]);
    await expect(store.write([{ put: { id: 'x_1', type: 'mystery', scope: 'shop' } }])).rejects.toMatchObject({ code: 'invalid-data' });
    await expect(store.write([{ put: phrase('grp_a', 'text') }])).rejects.toMatchObject({ code: 'invalid-data' });
    await expect(store.write([{ put: { id: META_ID, type: 'meta', scope: 'local' } }])).rejects.toMatchObject({ code: 'invalid-data' });
    // A type named like a property every object has is still just an unknown type.
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      await expect(store.write([{ put: { id: 'x_2', type, scope: 'shop' } }])).rejects.toMatchObject({ code: 'invalid-data' });
    }
  });

  it('is all or nothing: a failing commit leaves memory and storage unchanged', async () => {
    const backend = createFlakyBackend();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    await store.write([{ put: group('grp_a', 'A') }]);
    const storedBefore = backend.peek();

    backend.failCommits(true);
    const error = await store.write([{ put: group('grp_a', 'renamed') }, { put: group('grp_b', 'B') }, { delete: 'grp_a' }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'storage-failed' });
    expect(backend.peek()).toEqual(storedBefore);
    expect(await store.get('grp_a')).toMatchObject({ name: 'A' });
    expect((await store.get('grp_a'))?.deleted).toBeUndefined();
    expect(await store.get('grp_b')).toBeUndefined();

    // The store keeps working once storage does.
    backend.failCommits(false);
    await store.write([{ put: group('grp_b', 'B') }]);
    expect(byId(backend.peek()).has('grp_b')).toBe(true);
  });

  it('serializes writes: a read-then-write is never interleaved with another write', async () => {
    const store = createTestStore({ backend: createMemoryBackend(), now: createTestClock(), actor: 'a' });
    // Each write counts the groups it sees and names its new group after that count.
    const add = () =>
      store.update((view) => {
        const n = view.list('phraseGroup').length;
        return { changes: [{ put: group(`grp_${n}`, `G${n}`) }], value: n };
      });
    const seen = await Promise.all([add(), add(), add(), add()]);
    expect(seen.map((s) => s.value)).toEqual([0, 1, 2, 3]);
    expect((await store.list('phraseGroup')).length).toBe(4);
  });

  it('loads once from storage and survives a restart (new store over the same backend)', async () => {
    const backend = createMemoryBackend();
    const first = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    await first.write([{ put: group('grp_a', 'A') }, { put: phrase('phr_a', 'hello', 'grp_a') }]);
    const loadAll = vi.spyOn(backend, 'loadAll');
    const second = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    // Reads at once and after each other, a write, and open() again: storage is read one time only.
    const [got] = await Promise.all([second.get('phr_a'), second.list('phrase'), second.open()]);
    expect(got).toMatchObject({ text: 'hello', groupId: 'grp_a' });
    await second.write([{ put: phrase('phr_b', 'bye', 'grp_a') }]);
    await second.open();
    expect(await second.all()).toHaveLength(3);
    expect(loadAll).toHaveBeenCalledTimes(1);
  });

  it('keeps stored rows that fail validation out of memory without overwriting them', async () => {
    const bad = { id: 'phr_x', type: 'phrase', text: '' };
    const backend = createMemoryBackend([bad]);
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    expect(await store.all()).toEqual([]);
    // (Data without a version mark counts as version 1, so the row went through the migrations.)
    expect(store.skipped()).toEqual([expect.objectContaining(bad)]);
    expect(byId(backend.peek()).get('phr_x')).toEqual(bad);
  });

  it('skips a stored row whose type is `constructor` and keeps answering', async () => {
    const odd = { id: 'x_odd', type: 'constructor', scope: 'shop' };
    const store = createTestStore({ backend: createMemoryBackend([odd]), now: createTestClock(), actor: 'a' });
    expect(await store.all()).toEqual([]);
    expect(store.skipped()).toEqual([expect.objectContaining(odd)]);
    await store.write([{ put: group('grp_a', 'A') }]);
    expect(await store.all()).toHaveLength(1);
  });
});
