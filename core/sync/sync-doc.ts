import type { RecordSchemas, StoredRecord } from '../store';
import { schemaOf } from '../store';

/**
 * A record as a PouchDB/CouchDB document. `_id` is `type:id`, so one database can hold every
 * record type without two types' ids colliding, and `_id` order groups a type's records together
 * (CouchDB's `_all_docs` ranges). The record's own fields travel unchanged beside it.
 */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

/** Fields CouchDB keeps for itself (a record field starting with `_` would be refused by the server). */
const isCouchField = (key: string) => key.startsWith('_');

/** `type:id`: the document id of a record. */
export function docIdOf(record: Pick<StoredRecord, 'type' | 'id'>): string {
  return `${record.type}:${record.id}`;
}

/**
 * The document for a record, with the revision it replaces when there is one. A record the store
 * marked `deleted` becomes a CouchDB tombstone (`_deleted`), so the delete replicates like an edit;
 * its fields stay in the tombstone so that an undo can bring it back from any copy.
 */
export function toSyncDoc(record: StoredRecord, rev?: string): SyncDoc {
  const reserved = Object.keys(record).filter(isCouchField);
  if (reserved.length > 0) {
    throw new Error(`record ${record.type} ${record.id}: field ${reserved[0]} starts with "_", which CouchDB keeps for itself`);
  }
  const doc: SyncDoc = { _id: docIdOf(record), ...structuredClone(record) };
  if (rev) doc._rev = rev;
  if (record.deleted) doc._deleted = true;
  return doc;
}

export type FromDocResult = { ok: true; record: StoredRecord } | { ok: false; problem: string };

/**
 * The record in a document that came from the server, checked against its type's schema: a
 * document is data from another machine, so a bad one is reported (by its `_id`) and never stored.
 */
export function fromSyncDoc(doc: SyncDoc, schemas: RecordSchemas): FromDocResult {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!isCouchField(key)) fields[key] = value;
  if (doc._deleted) fields.deleted = true;
  const schema = schemaOf(schemas, fields.type);
  if (!schema) return { ok: false, problem: `${doc._id}: unknown record type ${JSON.stringify(String(fields.type)).slice(0, 60)}` };
  if (docIdOf(fields as StoredRecord) !== doc._id) {
    return { ok: false, problem: `${doc._id}: the document id does not match its type and id` };
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${doc._id}: field ${issue?.path.join('.') || '(record)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, record: parsed.data };
}

/** The record fields of a document, without CouchDB's own (what a merge compares). */
export function recordFieldsOf(doc: SyncDoc): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!isCouchField(key)) fields[key] = value;
  return fields;
}
