import type { Relation } from './model';

/** The columns of a chunk record (see `relationChunkRecordSchema`). */
export interface ChunkColumns {
  count: number;
  buyerIds: string;
  buyerNames: string;
  accounts: string;
  accountOf: string;
  boundAt: string;
}

/** A line break inside a text would split its column: stored as a space (tables never mean one there). */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

export function encodeChunk(relations: readonly Relation[]): ChunkColumns {
  const accountIndex = new Map<string, number>();
  const ids: string[] = [];
  const names: string[] = [];
  const of: string[] = [];
  const bound: string[] = [];
  for (const r of relations) {
    ids.push(oneLine(r.buyerId));
    names.push(r.buyerName ? oneLine(r.buyerName) : '');
    if (r.accountId === null) of.push('');
    else {
      const text = oneLine(r.accountId);
      let at = accountIndex.get(text);
      if (at === undefined) accountIndex.set(text, (at = accountIndex.size));
      of.push(at.toString(36));
    }
    bound.push(r.boundAt === undefined ? '' : r.boundAt.toString(36));
  }
  return {
    count: relations.length,
    buyerIds: ids.join('\n'),
    buyerNames: names.join('\n'),
    accounts: [...accountIndex.keys()].join('\n'),
    accountOf: of.join(','),
    boundAt: bound.join(','),
  };
}

/** The relations of a chunk, appended to `out`. Throws when the columns disagree on the count. */
export function decodeChunk(chunk: ChunkColumns, out: Relation[] = []): Relation[] {
  if (chunk.count === 0) return out;
  const ids = chunk.buyerIds.split('\n');
  const names = chunk.buyerNames.split('\n');
  const accounts = chunk.accounts.split('\n');
  const of = chunk.accountOf.split(',');
  const bound = chunk.boundAt.split(',');
  const n = chunk.count;
  if (ids.length !== n || names.length !== n || of.length !== n || bound.length !== n) throw new Error(`relation chunk columns disagree with its count ${n}`);
  for (let i = 0; i < n; i++) {
    const a = of[i]!;
    const relation: Relation = { buyerId: ids[i]!, accountId: a === '' ? null : (accounts[parseInt(a, 36)] ?? null) };
    if (names[i]) relation.buyerName = names[i];
    if (bound[i]) relation.boundAt = parseInt(bound[i]!, 36);
    out.push(relation);
  }
  return out;
}
