import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from './backend';
import type { RecordInput } from './record-store';
import { RECEIPTS_KEPT, createReceiptBook, type WriteReceipt } from './write-receipts';
import { createFlakyBackend, createTestClock, createTestStore } from '../../test/helpers/store';

const receipt = (key: string, at: number): WriteReceipt => ({ key, at, value: { n: at }, ids: [`id_${at}`] });
const group = (id: string, name: string): RecordInput => ({ id, type: 'phraseGroup', scope: 'shop', name, order: 0, parentId: null });
const groupsIn = (rows: unknown[]) => rows.filter((r) => (r as { type?: string }).type === 'phraseGroup');

describe('receipt book (the idempotency key store)', () => {
  it('keeps the newest receipts and forgets the oldest in the same transaction as a new one', () => {
    const book = createReceiptBook(3);
    for (const at of [1, 2, 3]) book.committed(book.prepare(receipt(`k${at}`, at)));
    const next = book.prepare(receipt('k4', 4));
    expect(next.forget).toEqual(['k1']);
    expect(book.get('k1')).toBeDefined(); // nothing changes before the commit
    book.committed(next);
    expect(book.get('k1')).toBeUndefined();
    expect(book.get('k4')?.value).toEqual({ n: 4 });
    expect(book.size()).toBe(3);
  });

  it('loads stored receipts oldest first and ignores rows that are not receipts', () => {
    const book = createReceiptBook(2);
    book.load([receipt('late', 9), { key: 'no-ids', at: 1, value: 1 }, null, 'x', { key: 'bad key!', at: 1, value: 1, ids: [] }, receipt('early', 1)]);
    expect(book.size()).toBe(2);
    expect(book.prepare(receipt('new', 10)).forget).toEqual(['early']);
  });
});

describe('keyed writes in the record store', () => {
  it('applies a keyed write once: its retry gets the first value and writes nothing', async () => {
    const backend = createFlakyBackend();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    let made = 0;
    // A plan that makes a new id each time it runs, like saving a new phrase does.
    const save = () => store.update(() => ({ changes: [{ put: group(`grp_${++made}`, 'New') }], value: { id: `grp_${made}` } }));
    const first = await store.keyed('savePhrase:abc', save);
    const commits = backend.commits;
    const again = await store.keyed('savePhrase:abc', save);
    expect(again.value).toEqual(first.value);
    expect(again.written.map((r) => r.id)).toEqual(['grp_1']); // what it wrote, for the broadcast
    expect(backend.commits).toBe(commits);
    expect(groupsIn(backend.peek())).toHaveLength(1);
    // Another key is another request.
    await store.keyed('savePhrase:xyz', save);
    expect(groupsIn(backend.peek())).toHaveLength(2);
  });

  it('stores the receipt in the same commit as the write, or neither', async () => {
    const backend = createFlakyBackend();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    await store.open();
    backend.failCommits(true);
    await expect(store.keyed('k:1', () => store.write([{ put: group('grp_a', 'A') }]))).rejects.toMatchObject({ code: 'storage-failed' });
    expect(backend.peekReceipts()).toEqual([]);
    backend.failCommits(false);
    await store.keyed('k:1', () => store.write([{ put: group('grp_a', 'A') }]));
    expect(groupsIn(backend.peek())).toHaveLength(1);
    expect(backend.peekReceipts()).toEqual([expect.objectContaining({ key: 'k:1', ids: ['grp_a'] })]);
  });

  it('recognises a retry after the worker restarted (a new store over the same storage)', async () => {
    const backend = createMemoryBackend();
    const now = createTestClock();
    const before = createTestStore({ backend, now, actor: 'a' });
    await before.keyed('deletePhrase:k', () => before.write([{ put: group('grp_a', 'A') }]));
    const after = createTestStore({ backend, now, actor: 'a' });
    const retried = await after.keyed('deletePhrase:k', () => after.write([{ put: group('grp_a', 'A again') }]));
    expect(retried).toEqual([expect.objectContaining({ id: 'grp_a', name: 'A' })]);
    expect(groupsIn(backend.peek())).toEqual([expect.objectContaining({ name: 'A' })]);
  });

  it('keys each update a request starts, and only those it starts before returning', async () => {
    const backend = createMemoryBackend();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    const run = () =>
      store.keyed('two:k', () => {
        const a = store.write([{ put: group('grp_a', 'A') }]);
        const b = store.write([{ put: group('grp_b', 'B') }]);
        return Promise.all([a, b]);
      });
    await run();
    expect(backend.peekReceipts().map((r) => (r as WriteReceipt).key).sort()).toEqual(['two:k', 'two:k#1']);
    // An update begun outside `keyed` (after it returned) carries no key.
    await store.keyed('later:k', () => Promise.resolve()).then(() => store.write([{ put: group('grp_c', 'C') }]));
    expect(backend.peekReceipts()).toHaveLength(2);
  });

  it('writes no receipt for a keyed update that changes nothing, and keeps a bounded number', async () => {
    const backend = createMemoryBackend();
    const store = createTestStore({ backend, now: createTestClock(), actor: 'a' });
    await store.keyed('read:k', () => store.update(() => ({ changes: [], value: 1 })));
    expect(backend.peekReceipts()).toEqual([]);
    for (let i = 0; i < RECEIPTS_KEPT + 5; i++) await store.keyed(`w:${i}`, () => store.write([{ put: group('grp_a', `A${i}`) }]));
    const kept = backend.peekReceipts() as WriteReceipt[];
    expect(kept).toHaveLength(RECEIPTS_KEPT);
    expect(kept.some((r) => r.key === 'w:0')).toBe(false);
    expect(kept.some((r) => r.key === `w:${RECEIPTS_KEPT + 4}`)).toBe(true);
  });

  it('moves updatedAt forwards on every write, even within one millisecond', async () => {
    const store = createTestStore({ backend: createMemoryBackend(), now: () => 5000, actor: 'a' });
    const [a] = await store.write([{ put: group('grp_a', 'A') }]);
    const [b] = await store.write([{ put: group('grp_a', 'B') }]);
    const [c] = await store.write([{ delete: 'grp_a' }]);
    expect([a!.updatedAt, b!.updatedAt, c!.updatedAt]).toEqual([5000, 5001, 5002]);
  });
});
