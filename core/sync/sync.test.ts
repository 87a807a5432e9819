import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../areas';
import type { StoredRecord } from '../store';
import { agentDatabaseName, classifySyncFailure, commonAncestor, describeSyncFailure, fromSyncDoc, mergeVersions, shopDesignDoc, toSyncDoc } from '.';

const phrase = (fields: Partial<StoredRecord> = {}): StoredRecord => ({
  id: 'p_01',
  type: 'phrase',
  schemaVersion: 1,
  createdAt: 1_000,
  updatedAt: 2_000,
  updatedBy: 'owner',
  scope: 'shop',
  title: '发货时间',
  text: '48小时内发货',
  groupId: null,
  order: 1,
  stage: null,
  tags: ['物流'],
  ...fields,
});

describe('records as PouchDB documents', () => {
  it('uses type:id as the document id and keeps every field', () => {
    const doc = toSyncDoc(phrase(), '3-abc');
    expect(doc._id).toBe('phrase:p_01');
    expect(doc._rev).toBe('3-abc');
    expect(doc.title).toBe('发货时间');
    expect(doc.updatedAt).toBe(2_000);
    expect(doc._deleted).toBeUndefined();
  });

  it('round-trips through the schema', () => {
    const back = fromSyncDoc({ ...toSyncDoc(phrase()), _rev: '1-x', _conflicts: ['1-y'] }, RECORD_SCHEMAS);
    expect(back).toEqual({ ok: true, record: phrase() });
  });

  it('turns a deleted record into a tombstone and back', () => {
    const doc = toSyncDoc(phrase({ deleted: true }));
    expect(doc._deleted).toBe(true);
    const back = fromSyncDoc(doc, RECORD_SCHEMAS);
    expect(back.ok && back.record.deleted).toBe(true);
  });

  it('refuses a field CouchDB keeps for itself, naming it', () => {
    expect(() => toSyncDoc(phrase({ _attachments: {} } as Partial<StoredRecord>))).toThrow(/_attachments/);
  });

  it('reports a document that fails its schema, by id and field, instead of storing it', () => {
    const bad = { ...toSyncDoc(phrase()), title: '' };
    const result = fromSyncDoc(bad, RECORD_SCHEMAS);
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/^phrase:p_01: field title/) });
  });

  it('reports an unknown type and an id that does not match', () => {
    expect(fromSyncDoc({ _id: 'x:1', id: '1', type: 'nosuch' }, RECORD_SCHEMAS)).toMatchObject({ ok: false, problem: expect.stringMatching(/unknown record type/) });
    expect(fromSyncDoc({ ...toSyncDoc(phrase()), _id: 'phrase:other' }, RECORD_SCHEMAS)).toMatchObject({ ok: false, problem: expect.stringMatching(/does not match/) });
  });
});

describe('field-by-field merge', () => {
  const base = phrase();

  it('keeps both edits when different fields changed', () => {
    const mine = phrase({ title: '发货时效', updatedAt: 3_000, updatedBy: 'a1' });
    const theirs = phrase({ text: '24小时内发货', updatedAt: 4_000, updatedBy: 'a2' });
    const result = mergeVersions(base, mine, theirs);
    expect(result).toEqual({ kind: 'merged', merged: { ...base, title: '发货时效', text: '24小时内发货', updatedAt: 4_000, updatedBy: 'a2' } });
  });

  it('reports the field when both changed it differently', () => {
    const result = mergeVersions(base, phrase({ title: 'A' }), phrase({ title: 'B', text: 'other' }));
    expect(result).toEqual({ kind: 'conflict', fields: ['title'] });
  });

  it('takes the same change made on both sides, without a conflict', () => {
    const result = mergeVersions(base, phrase({ tags: ['物流', '快递'] }), phrase({ tags: ['物流', '快递'], updatedAt: 9_000 }));
    expect(result).toMatchObject({ kind: 'same', merged: { tags: ['物流', '快递'], updatedAt: 9_000 } });
  });

  it('says "same" when only the bookkeeping differs', () => {
    expect(mergeVersions(base, phrase({ updatedAt: 5 }), phrase({ updatedAt: 6 })).kind).toBe('same');
  });

  it('without the common version, any difference goes to the owner', () => {
    expect(mergeVersions(undefined, phrase({ title: 'A' }), phrase())).toEqual({ kind: 'conflict', fields: ['title'] });
  });

  it('never resolves a delete against an edit quietly', () => {
    const result = mergeVersions(base, phrase({ deleted: true }), phrase({ text: 'edited' }));
    expect(result).toEqual({ kind: 'conflict', fields: ['deleted'] });
  });

  it('merges a field added on one side', () => {
    const result = mergeVersions(base, phrase({ examples: ['什么时候发货'] }), phrase({ order: 7 }));
    expect(result).toMatchObject({ kind: 'merged', merged: { examples: ['什么时候发货'], order: 7 } });
  });
});

describe('common ancestor of two revisions', () => {
  it('finds the newest shared revision', () => {
    expect(commonAncestor({ start: 3, ids: ['c', 'b', 'a'] }, { start: 3, ids: ['x', 'b', 'a'] })).toBe('2-b');
  });
  it('is undefined when the histories share nothing', () => {
    expect(commonAncestor({ start: 1, ids: ['a'] }, { start: 1, ids: ['b'] })).toBeUndefined();
  });
});

describe('team databases', () => {
  it('names an agent database after the user, lowercased', () => {
    expect(agentDatabaseName('Xiaomei_2')).toBe('agent-xiaomei_2');
  });
  it('refuses a name CouchDB cannot take, saying so', () => {
    expect(() => agentDatabaseName('小美')).toThrow(/lowercase letters/);
    expect(() => agentDatabaseName(' ')).toThrow(/agent id/);
  });
});

describe('the shop design document', () => {
  // The source runs on the CouchDB server; here it runs as CouchDB would call it.
  const validate = new Function(`return (${shopDesignDoc().validate_doc_update})`)() as (n: unknown, o: unknown, u: unknown) => void;
  it('lets owners, admins and server admins write', () => {
    for (const role of ['owner', 'admin', '_admin']) expect(() => validate({}, null, { name: 'x', roles: [role] })).not.toThrow();
  });
  it('refuses an agent, with a reason', () => {
    expect(() => validate({}, null, { name: 'a1', roles: ['agent'] })).toThrow();
    try {
      validate({}, null, { name: 'a1', roles: ['agent'] });
    } catch (e) {
      expect(e).toEqual({ forbidden: expect.stringMatching(/owner/) });
    }
  });
});

describe('why a sync failed, in seller words', () => {
  it('tells the kinds apart', () => {
    expect(classifySyncFailure(new TypeError('fetch failed'))).toBe('network');
    expect(classifySyncFailure({ status: 401, name: 'unauthorized' })).toBe('auth');
    expect(classifySyncFailure({ status: 403, name: 'forbidden' })).toBe('forbidden');
    expect(classifySyncFailure({ name: 'QuotaExceededError', message: 'disk full' })).toBe('quota');
    expect(classifySyncFailure({ status: 500, name: 'error' })).toBe('server');
    // A bug of ours is not blamed on the network.
    expect(classifySyncFailure(new ReferenceError('indexedDB is not defined'))).toBe('unexpected');
  });
  it('says each in Chinese and English', () => {
    for (const kind of ['network', 'auth', 'forbidden', 'quota', 'server', 'unexpected'] as const) {
      expect(describeSyncFailure(kind, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(describeSyncFailure(kind, 'en')).toMatch(/^[A-Z][^\u4e00-\u9fff]+\.$/);
    }
  });
});
