import { describe, expect, it } from 'vitest';
import { createIdMaker } from '../ids';
import { createLibraryService } from '../library';
import { createSettingsService } from '../settings';
import { createSnapshotService } from '../snapshots';
import { createUsageService } from '../usage';
import { createMemoryBackend, type CommitOptions, type StorageBackend, type StoredRecord } from '../store';
import { REAL_REGISTRY, createTestStore } from '../../test/helpers/store';
import type { Lang } from '../i18n';
import { createDataPack } from './data-pack';

const starter = {
  groups: [{ key: 'ship', name: '发货物流' }],
  phrases: [
    { key: 'ship-when', groupKey: 'ship', title: '发货时间', text: '48小时内发货', stage: 'insale' as const },
    { key: 'ship-how', groupKey: 'ship', title: '快递', text: '默认中通', stage: 'insale' as const },
  ],
};
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20);

/** A backend that notes the options of every commit (durability). */
function recordingBackend(): StorageBackend & { peek(): unknown[]; options: Array<CommitOptions | undefined> } {
  const inner = createMemoryBackend();
  const options: Array<CommitOptions | undefined> = [];
  return {
    loadAll: () => inner.loadAll(),
    commit: (puts, o) => (options.push(o), inner.commit(puts)),
    peek: () => inner.peek(),
    options,
  };
}

/** One machine: its own clock (set with `at`), services over one store. */
function machine(actor: string, lang: Lang = 'zh') {
  let t = T0;
  const now = () => (t += 1000);
  const backend = recordingBackend();
  const store = createTestStore({ backend, now, actor, lang });
  const newId = createIdMaker({ now });
  return {
    at: (time: number) => void (t = time),
    store,
    backend,
    library: createLibraryService({ store, newId, lang, starter }),
    settings: createSettingsService({ store, lang }),
    usage: createUsageService({ store, now, lang }),
    snapshots: createSnapshotService({ store, newId, lang }),
    pack: createDataPack({ ...REAL_REGISTRY, store, now, newId, lang }),
  };
}

/**
 * Every record but snapshots, byte for byte, in id order, apart from `updatedAt`/`updatedBy`: a
 * restore is a new write, stamped now, so open views and sync (which take only newer versions) see it.
 */
async function dataBytes(store: ReturnType<typeof machine>['store']): Promise<string> {
  const records = (await store.all({ includeDeleted: false })).filter((r) => r.type !== 'librarySnapshot');
  return JSON.stringify(records.sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ updatedAt: _u, updatedBy: _b, ...rest }) => rest));
}

/** Agent A's backup: the starter library with one starter phrase edited, a phrase of its own, and its settings. */
async function agentA() {
  const a = machine('agent_a');
  await a.library.seedStarterLibraryIfEmpty();
  a.at(T0 + 2 * DAY);
  await a.library.savePhrase({ id: 'phr_starter_ship-when', title: '发货时间（A店）', text: '24小时内发货', groupId: 'grp_starter_ship' });
  await a.library.savePhrase({ title: '顺丰', text: '补10元发顺丰', groupId: null });
  await a.settings.saveVariableSettings({ 店铺: 'A店' });
  await a.settings.saveSidebarCollapsed('pinduoduo', true);
  await a.settings.saveSynonymPairs([['顺风', '顺丰']]);
  await a.settings.saveSelectorOverrides('jd', { chatInput: '#a-input' });
  await a.usage.recordUsage('phr_starter_ship-when', '几天发货');
  return { a, json: (await a.pack.exportAll()).json };
}

describe('full-backup import: preview, choices, exact undo', () => {
  it('previews added / changed / unchanged per record type and lists local records newer than the file', async () => {
    const { json } = await agentA();
    const b = machine('agent_b');
    await b.library.seedStarterLibraryIfEmpty();
    b.at(T0 + 3 * DAY); // B's own edits come after A's backup
    await b.settings.saveVariableSettings({ 店铺: 'B店' });
    await b.library.savePhrase({ id: 'phr_starter_ship-how', title: '快递（B改）', text: '默认顺丰', groupId: 'grp_starter_ship' });
    const before = b.backend.peek();

    const preview = await b.pack.previewImport(json);
    expect(b.backend.peek()).toEqual(before); // a preview writes nothing
    const byType = Object.fromEntries(preview.types.map((t) => [t.type, t]));
    expect(byType.phrase).toEqual({ type: 'phrase', added: 1, changed: 1, removed: 0, unchanged: 0, newerHere: 1 });
    expect(byType.phraseGroup).toMatchObject({ unchanged: 1, added: 0, changed: 0 });
    expect(byType.variableSettings).toMatchObject({ newerHere: 1 });
    for (const type of ['uiPreferences', 'synonymSettings', 'selectorOverrides', 'phraseUsage', 'replyPicks']) expect(byType[type]).toMatchObject({ added: 1 });
    expect(preview.newerHere).toEqual([
      { id: 'phr_starter_ship-how', type: 'phrase', label: '快递', localUpdatedAt: expect.any(Number), importedUpdatedAt: expect.any(Number) },
      { id: 'local:settings:variables', type: 'variableSettings', label: 'local:settings:variables', localUpdatedAt: expect.any(Number), importedUpdatedAt: expect.any(Number) },
    ]);
    for (const n of preview.newerHere) expect(n.localUpdatedAt).toBeGreaterThan(n.importedUpdatedAt);
  });

  it('keeps local records newer than the file by default; takes the file’s only for the ids chosen', async () => {
    const { json } = await agentA();
    const b = machine('agent_b');
    await b.library.seedStarterLibraryIfEmpty();
    b.at(T0 + 3 * DAY);
    await b.settings.saveVariableSettings({ 店铺: 'B店' });
    await b.library.savePhrase({ id: 'phr_starter_ship-how', title: '快递（B改）', text: '默认顺丰', groupId: 'grp_starter_ship' });

    const { value } = await b.pack.importAll(json, 'a.json');
    expect(value).toMatchObject({ kept: 2 });
    expect(await b.store.get('local:settings:variables')).toMatchObject({ values: { 店铺: 'B店' } });
    expect(await b.store.get('phr_starter_ship-how')).toMatchObject({ title: '快递（B改）' });
    // The starter phrase B never touched takes A's edit (A's is newer).
    expect(await b.store.get('phr_starter_ship-when')).toMatchObject({ title: '发货时间（A店）', updatedBy: 'agent_a' });

    const again = await b.pack.importAll(json, 'a.json', { takeTheirs: ['local:settings:variables'] });
    expect(again.value).toMatchObject({ written: 1, kept: 1 });
    expect(await b.store.get('local:settings:variables')).toMatchObject({ values: { 店铺: 'A店' }, updatedBy: 'agent_b' });
    expect(await b.store.get('phr_starter_ship-how')).toMatchObject({ title: '快递（B改）' });
    // The variables now match the file; only the phrase kept on purpose is still listed.
    const third = await b.pack.previewImport(json);
    expect(third.newerHere.map((n) => n.id)).toEqual(['phr_starter_ship-how']);
  });

  it('restoring the import’s snapshot gives back byte-equal records of every type it overwrote', async () => {
    const { json } = await agentA();
    const b = machine('agent_b');
    await b.library.seedStarterLibraryIfEmpty();
    b.at(T0 + DAY); // B's settings are older than A's: the import replaces every one of them
    await b.settings.saveVariableSettings({ 店铺: 'B店', 客服: '小B' });
    await b.settings.saveSidebarCollapsed('pinduoduo', false);
    await b.settings.saveSynonymPairs([['包邮', '免运费']]);
    await b.settings.saveSelectorOverrides('jd', { chatInput: '#b-input' });
    await b.usage.recordUsage('phr_starter_ship-when', '什么时候发');
    await b.library.savePhrase({ title: 'B的话术', text: '只在B', groupId: null });
    const before = await dataBytes(b.store);

    const { value } = await b.pack.importAll(json, 'a.json');
    expect(value.kept).toBe(0);
    const afterImport = await dataBytes(b.store);
    expect(afterImport).not.toBe(before);
    expect(await b.store.get('local:settings:ui')).toMatchObject({ collapsed: { pinduoduo: true } });
    const [listed] = (await b.snapshots.listSnapshots()).snapshots;
    expect(listed).toMatchObject({ id: value.snapshotId, reason: 'import', otherCount: 6 });

    const importedAt = new Map((await b.store.all()).map((r) => [r.id, r.updatedAt]));
    const restored = await b.snapshots.restoreSnapshot(value.snapshotId!);
    expect(await dataBytes(b.store)).toBe(before);
    // Time never moves backwards: every record the restore wrote is at least as new as the import’s version.
    for (const r of restored.written.filter((w) => w.type !== 'librarySnapshot')) expect(r.updatedAt).toBeGreaterThanOrEqual(importedAt.get(r.id) ?? 0);
    // The restore is undoable too: its own snapshot puts the import back, byte for byte.
    await b.snapshots.restoreSnapshot(restored.value.snapshotId);
    expect(await dataBytes(b.store)).toBe(afterImport);
  });

  it('a file’s tombstone removes a live older record; the restore brings it back', async () => {
    const b = machine('agent_b', 'en');
    await b.library.seedStarterLibraryIfEmpty();
    const doomed = (await b.store.get('phr_starter_ship-how'))! as StoredRecord;
    const before = await dataBytes(b.store);
    const file = { format: 'kefu-sidebar-backup', schemaVersion: doomed.schemaVersion, exportedAt: '2026-11-30T00:00:00.000Z', records: [{ ...doomed, deleted: true, updatedAt: doomed.updatedAt + DAY }] };
    const preview = await b.pack.previewImport(JSON.stringify(file));
    expect(preview.types).toEqual([{ type: 'phrase', added: 0, changed: 0, removed: 1, unchanged: 0, newerHere: 0 }]);
    const { value } = await b.pack.importAll(JSON.stringify(file));
    expect(await b.store.get(doomed.id)).toMatchObject({ deleted: true });
    await b.snapshots.restoreSnapshot(value.snapshotId!);
    expect(await dataBytes(b.store)).toBe(before);
  });

  it('imports and restores commit with durability strict; ordinary saves do not ask for it', async () => {
    const { json } = await agentA();
    const b = machine('agent_b');
    await b.library.seedStarterLibraryIfEmpty();
    b.backend.options.length = 0;
    await b.settings.saveVariableSettings({ 店铺: 'B店' });
    expect(b.backend.options).toEqual([undefined]);
    b.backend.options.length = 0;
    const { value } = await b.pack.importAll(json, 'a.json');
    await b.snapshots.restoreSnapshot(value.snapshotId!);
    expect(b.backend.options).toEqual([{ durability: 'strict' }, { durability: 'strict' }]);
  });
});
