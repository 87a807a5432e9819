/**
 * The idempotency key store: what the record store remembers of the last keyed writes, so that a
 * request retried after the service worker died (between the commit and the reply) gets the first
 * write's answer and writes nothing. A receipt is stored in the same transaction as its write, so
 * there is never a write without its receipt, nor a receipt without its write.
 */

/** What one keyed write left: its key, when, the value its plan answered, the ids it stored. */
export interface WriteReceipt {
  key: string;
  at: number;
  value: unknown;
  ids: string[];
}

/** A receipt to store with a write, and the older receipts the same transaction forgets. */
export interface ReceiptWrite {
  put: WriteReceipt;
  forget: readonly string[];
}

/**
 * How many receipts are kept. A retry comes within seconds of its first try; a few hundred writes
 * cover every page retrying at once while costing little to load on each wake of the worker.
 */
export const RECEIPTS_KEPT = 200;

/** Keys as clients make them (`core/protocol/client.ts`), with the request kind and a write's index before. */
const KEY_PATTERN = /^[A-Za-z0-9_:#.-]{1,160}$/;

function isReceipt(row: unknown): row is WriteReceipt {
  const r = row as Partial<WriteReceipt> | null;
  return (
    typeof r?.key === 'string' &&
    KEY_PATTERN.test(r.key) &&
    typeof r.at === 'number' &&
    Array.isArray(r.ids) &&
    r.ids.every((id) => typeof id === 'string') &&
    'value' in r
  );
}

export interface ReceiptBook {
  /** Replaces what is known with stored rows (a row that is not a receipt is ignored). */
  load(rows: readonly unknown[]): void;
  get(key: string): WriteReceipt | undefined;
  /** The receipt for a new write, and the oldest receipts to forget in the same transaction. */
  prepare(receipt: WriteReceipt): ReceiptWrite;
  /** Called once the transaction holding `write` committed. */
  committed(write: ReceiptWrite): void;
  size(): number;
}

export function createReceiptBook(kept = RECEIPTS_KEPT): ReceiptBook {
  // Oldest first: Map keeps insertion order, and receipts are added in commit order.
  let byKey = new Map<string, WriteReceipt>();
  return {
    load(rows) {
      const receipts = rows.filter(isReceipt).sort((a, b) => a.at - b.at);
      byKey = new Map(receipts.map((r) => [r.key, r]));
    },
    get: (key) => byKey.get(key),
    prepare(receipt) {
      const excess = byKey.size + 1 - kept;
      const forget = excess > 0 ? [...byKey.keys()].slice(0, excess) : [];
      return { put: receipt, forget };
    },
    committed(write) {
      for (const key of write.forget) byKey.delete(key);
      byKey.set(write.put.key, write.put);
    },
    size: () => byKey.size,
  };
}

export function isReceiptKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
