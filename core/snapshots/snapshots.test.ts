import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { type StoredRecord } from '../store';
import { createFlakyBackend, createTestClock, createTestStore } from '../../test/helpers/store';
import { SNAPSHOT_KEEP, createSnapshotService, withoutSnapshotContents } from '.';

function setup() {
  const backend = createFlakyBackend();
  const now = createTestClock();
  const store = createTestStore({ backend, now, actor: 'dev', lang: 'en' });
  const newId = createIdMaker({ now });
  const library = createLibraryService({ store, newId, lang: 'en' });
  const snapshots = createSnapshotService({ store, newId, lang: 'en' });
  return { backend, store, library, snapshots };
}

/** The library as a person sees it: every live phrase and group, without the bookkeeping. */
async function libraryContent(library: ReturnType<typeof setup>['library']) {
  const snap = await library.view();
  const strip = ({ updatedAt: _u, updatedBy: _b, schemaVersion: _v, ...rest }: StoredRecord) => rest;
  return { groups: snap.groups.map(strip), phrases: snap.phrases.map(strip) };
}

describe('library snapshots', () => {
  it('restore makes the library exactly what the snapshot held, in one commit', async () => {
    const { library, snapshots, store, backend } = setup();
    const { value: g } = await library.saveGroup({ name: 'G' });
    const { value: sub } = await library.saveGroup({ name: 'Sub', parentId: g.id });
    const { value: keep } = await library.savePhrase({ title: 'keep', text: 'keep', groupId: g.id, stage: 'presale', tags: ['a'] });
    const { value: edit } = await library.savePhrase({ title: 'edit', text: 'before', groupId: sub.id });
    const { value: gone } = await library.savePhrase({ title: 'gone', text: 'gone', groupId: null });
    const before = await libraryContent(library);
    const { value: snap } = await snapshots.createSnapshot('  before the mess  ');

    // The mess: an edit, a delete, an addition, a group deleted, a group added.
    await library.savePhrase({ id: edit.id, title: 'edit', text: 'after', groupId: sub.id, stage: 'closing' });
    await library.deletePhrase(gone.id);
    const { value: added } = await library.savePhrase({ title: 'new', text: 'new', groupId: null });
    await library.deleteGroup(sub.id);
    const { value: newGroup } = await library.saveGroup({ name: 'New group' });

    const commits = backend.commits;
    const { value } = await snapshots.restoreSnapshot(snap.id);
    expect(backend.commits).toBe(commits + 1);
    expect(value).toMatchObject({ phrases: 3, groups: 2 });
    expect(await libraryContent(library)).toEqual(before);
    expect(await store.get(added.id)).toMatchObject({ deleted: true });
    expect(await store.get(newGroup.id)).toMatchObject({ deleted: true });
    expect((await store.get(gone.id))?.deleted).toBeUndefined();
    expect(await store.get(keep.id)).toMatchObject({ stage: 'presale', tags: ['a'] });

    const list = (await snapshots.listSnapshots()).snapshots;
    expect(list.map((s) => [s.reason, s.label])).toEqual([
      ['restore', 'Before restoring a snapshot'],
      ['manual', 'before the mess'],
    ]);
    expect(list[1]).toMatchObject({ id: snap.id, phraseCount: 3, groupCount: 2 });
    expect(list[0]).toMatchObject({ id: value.snapshotId, phraseCount: 3, groupCount: 2 });
  });

  it('a restore can be undone by restoring the snapshot it took', async () => {
    const { library, snapshots } = setup();
    await library.savePhrase({ title: 'one', text: 'one', groupId: null });
    const { value: snap } = await snapshots.createSnapshot('one phrase');
    await library.savePhrase({ title: 'two', text: 'two', groupId: null });
    const { value: g } = await library.saveGroup({ name: 'G' });
    await library.savePhrase({ title: 'three', text: 'three', groupId: g.id });
    const later = await libraryContent(library);

    const { value: restored } = await snapshots.restoreSnapshot(snap.id);
    expect((await library.view()).phrases.map((p) => p.title)).toEqual(['one']);
    await snapshots.restoreSnapshot(restored.snapshotId);
    expect(await libraryContent(library)).toEqual(later);
  });

  it('keeps the newest ten; older ones become empty tombstones', async () => {
    const { library, snapshots, store } = setup();
    await library.savePhrase({ title: 'p', text: 'p', groupId: null });
    const ids: string[] = [];
    for (let i = 0; i < SNAPSHOT_KEEP + 3; i++) ids.push((await snapshots.createSnapshot(`s${i}`)).value.id);
    const list = (await snapshots.listSnapshots()).snapshots;
    expect(list).toHaveLength(SNAPSHOT_KEEP);
    expect(list.map((s) => s.label)).toEqual(Array.from({ length: SNAPSHOT_KEEP }, (_, i) => `s${SNAPSHOT_KEEP + 2 - i}`));
    expect(await store.get(ids[0]!)).toMatchObject({ deleted: true, payload: '[]', phraseCount: 0 });
    await expect(snapshots.restoreSnapshot(ids[0]!)).rejects.toMatchObject({ code: 'not-found' });

    // Restoring the oldest kept one: it is not the one dropped to make room.
    const oldest = list.at(-1)!.id;
    await snapshots.restoreSnapshot(oldest);
    const after = (await snapshots.listSnapshots()).snapshots;
    expect(after).toHaveLength(SNAPSHOT_KEEP);
    expect(after.map((s) => s.id)).toContain(oldest);
    expect(after[0]!.reason).toBe('restore');
  });

  it('a failed restore changes nothing', async () => {
    const { library, snapshots, store, backend } = setup();
    const { value: p } = await library.savePhrase({ title: 'p', text: 'p', groupId: null });
    const { value: snap } = await snapshots.createSnapshot('x');
    await library.deletePhrase(p.id);
    const before = await store.all({ includeDeleted: true });
    backend.failCommits(true);
    await expect(snapshots.restoreSnapshot(snap.id)).rejects.toMatchObject({ code: 'storage-failed' });
    expect(await store.all({ includeDeleted: true })).toEqual(before);
  });

  it('refuses a label too long; broadcasts leave the held records out', async () => {
    const { library, snapshots } = setup();
    await expect(snapshots.createSnapshot('x'.repeat(121))).rejects.toMatchObject({ code: 'invalid-data' });
    await library.savePhrase({ title: 'p', text: 'p', groupId: null });
    const { written } = await snapshots.createSnapshot('y');
    expect(JSON.parse(written[0]!.payload as string)).toHaveLength(1);
    expect(withoutSnapshotContents(written)[0]).toMatchObject({ id: written[0]!.id, payload: '[]' });
  });
});

describe('undo of one action (restore limited to ids)', () => {
  it('brings back deleted phrases and keeps what was added or edited since', async () => {
    const { library, snapshots } = setup();
    const ids = [];
    for (const t of ['a', 'b', 'c']) ids.push((await library.savePhrase({ title: t, text: t, groupId: null })).value.id);
    const { value } = await library.deletePhrases([ids[0]!, ids[1]!]);
    const added = (await library.savePhrase({ title: 'new', text: 'added after the delete', groupId: null })).value.id;
    await library.savePhrase({ id: ids[2]!, title: 'c2', text: 'edited after the delete', groupId: null });

    await snapshots.restoreSnapshot(value.snapshotId, [ids[0]!, ids[1]!]);
    const titles = (await library.view()).phrases.map((p) => p.title).sort();
    expect(titles).toEqual(['a', 'b', 'c2', 'new']);
    expect((await library.view()).phrases.find((p) => p.id === added)?.text).toBe('added after the delete');
  });

  it('removes a record the snapshot did not hold only when it is in scope', async () => {
    const { library, snapshots } = setup();
    const first = (await library.savePhrase({ title: 'a', text: 'a', groupId: null })).value.id;
    const { id: snapshotId } = (await snapshots.createSnapshot('before')).value;
    const imported = (await library.savePhrase({ title: 'imported', text: 'x', groupId: null })).value.id;
    const byHand = (await library.savePhrase({ title: 'by hand', text: 'y', groupId: null })).value.id;

    await snapshots.restoreSnapshot(snapshotId, [imported]);
    const ids = (await library.view()).phrases.map((p) => p.id).sort();
    expect(ids).toEqual([first, byHand].sort());
  });
});

describe('bulk phrase operations', () => {
  it('moves phrases to the end of a group in the order given; already there = not moved', async () => {
    const { library, store } = setup();
    const { value: g } = await library.saveGroup({ name: 'G' });
    const { value: inG } = await library.savePhrase({ title: 'in', text: 'in', groupId: g.id });
    const { value: a } = await library.savePhrase({ title: 'a', text: 'a', groupId: null });
    const { value: b } = await library.savePhrase({ title: 'b', text: 'b', groupId: null });
    const { value } = await library.movePhrases([b.id, inG.id, a.id], g.id);
    expect(value.moved).toBe(2);
    expect((await library.view()).phrases.map((p) => p.id)).toEqual([inG.id, b.id, a.id]);
    await expect(library.movePhrases([a.id, 'phr_missing'], null)).rejects.toMatchObject({ code: 'not-found', details: ['phr_missing'] });
    await expect(library.movePhrases([a.id], 'grp_missing')).rejects.toMatchObject({ code: 'invalid-data' });
    expect(await store.get(a.id)).toMatchObject({ groupId: g.id });
  });

  it('deletes phrases after a snapshot in the same commit; restoring the snapshot undoes it', async () => {
    const { library, snapshots, store, backend } = setup();
    const ids = [];
    for (const t of ['a', 'b', 'c']) ids.push((await library.savePhrase({ title: t, text: t, groupId: null })).value.id);
    const before = await libraryContent(library);
    const commits = backend.commits;
    const { value, written } = await library.deletePhrases([ids[0]!, ids[2]!]);
    expect(backend.commits).toBe(commits + 1);
    expect(value.deleted).toBe(2);
    expect(written.map((r) => r.type).sort()).toEqual(['librarySnapshot', 'phrase', 'phrase']);
    expect((await library.view()).phrases.map((p) => p.title)).toEqual(['b']);
    expect((await snapshots.listSnapshots()).snapshots[0]).toMatchObject({ id: value.snapshotId, reason: 'bulk-delete', label: 'Before deleting 2 phrases', phraseCount: 3 });

    await snapshots.restoreSnapshot(value.snapshotId);
    expect(await libraryContent(library)).toEqual(before);

    // All or nothing: one unknown id deletes none, and takes no snapshot.
    await expect(library.deletePhrases([ids[1]!, 'phr_nope'])).rejects.toMatchObject({ code: 'not-found' });
    expect((await store.get(ids[1]!))?.deleted).toBeUndefined();
    backend.failCommits(true);
    await expect(library.deletePhrases([ids[1]!])).rejects.toMatchObject({ code: 'storage-failed' });
    backend.failCommits(false);
    expect((await store.get(ids[1]!))?.deleted).toBeUndefined();
    expect((await snapshots.listSnapshots()).snapshots).toHaveLength(2);
  });

  it('reorders phrases in a group and groups under a parent; refuses ids from elsewhere', async () => {
    const { library } = setup();
    const { value: g } = await library.saveGroup({ name: 'G' });
    const ids = [];
    for (const t of ['a', 'b', 'c', 'd']) ids.push((await library.savePhrase({ title: t, text: t, groupId: g.id })).value.id);
    const { value: outside } = await library.savePhrase({ title: 'x', text: 'x', groupId: null });
    const { value } = await library.reorderPhrases(g.id, [ids[2]!, ids[0]!]);
    // Listed first, then the rest in their old order; only the ones whose place changed are written.
    expect((await library.view()).phrases.filter((p) => p.groupId === g.id).map((p) => p.title)).toEqual(['c', 'a', 'b', 'd']);
    expect(value.count).toBe(3);
    await expect(library.reorderPhrases(g.id, [outside.id])).rejects.toMatchObject({ code: 'invalid-data' });
    await expect(library.reorderPhrases(g.id, [ids[0]!, ids[0]!])).rejects.toMatchObject({ code: 'invalid-data' });

    const { value: c1 } = await library.saveGroup({ name: 'c1', parentId: g.id });
    const { value: c2 } = await library.saveGroup({ name: 'c2', parentId: g.id });
    const { value: top } = await library.saveGroup({ name: 'top' });
    expect((await library.reorderGroups(g.id, [c2.id, c1.id])).value.count).toBe(2);
    expect((await library.view()).groups.map((x) => x.name)).toEqual(['G', 'c2', 'c1', 'top']);
    await expect(library.reorderGroups(g.id, [top.id])).rejects.toMatchObject({ code: 'invalid-data' });
    expect((await library.reorderGroups(null, [top.id, g.id])).value.count).toBe(2);
    expect((await library.view()).groups.map((x) => x.name)).toEqual(['top', 'G', 'c2', 'c1']);
  });
});
