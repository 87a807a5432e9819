import { z } from 'zod';
import { recordMetaSchema } from '../store';
import { MAX_BATCH, PLAN_MODES, type Assignment } from './plan';

export const TRANSFER_TASK_ID_PREFIX = 'local:transfer:';
export const TASK_NAME_MAX = 120;
/** Long inputs arrive in chunks of at most this many rows per message (team contract). */
export const CHUNK_MAX = 5_000;
/** A task holds at most this many relations (a whole shop's worth). */
export const TASK_MAX_ASSIGNMENTS = 200_000;

const accountIdSchema = z.string().trim().min(1).max(200);
const epochSchema = z.number().int().nonnegative();

export const assignmentSchema = z.object({
  buyerId: z.string().trim().min(1).max(200),
  from: z.string().max(200).nullable(),
  to: accountIdSchema,
});

export const planOptionsSchema = z
  .object({
    mode: z.enum(PLAN_MODES),
    targets: z.array(accountIdSchema).max(2_000).optional(),
    capacity: z.record(accountIdSchema, z.number().int().min(0).max(10_000_000)).optional(),
    batchSize: z.number().int().min(1).max(MAX_BATCH).optional(),
    includeNormal: z.boolean().optional(),
  })
  .refine((o) => o.mode !== 'chosen' || (o.targets?.length ?? 0) > 0, { message: 'chosen mode needs targets', path: ['targets'] })
  .refine((o) => o.mode !== 'capacity' || Object.keys(o.capacity ?? {}).length > 0, { message: 'capacity mode needs capacity', path: ['capacity'] });

export const taskNameSchema = z.string().trim().min(1).max(TASK_NAME_MAX);

/**
 * One transfer the owner submitted in the back office, on this machine only (`local:` id). The
 * assignments are one JSON string (see `encodeAssignments`): the store loads every record on
 * each wake, and one string of 100,000 relations loads far faster than 100,000 objects.
 */
export const transferTaskRecordSchema = recordMetaSchema.extend({
  type: z.literal('transferTask'),
  scope: z.literal('local'),
  name: taskNameSchema,
  startedAt: epochSchema,
  completedAt: epochSchema.optional(),
  recheckedAt: epochSchema.optional(),
  count: z.number().int().nonnegative(),
  assignments: z.string(),
});
export type TransferTaskRecord = z.infer<typeof transferTaskRecordSchema>;

/** Columns, account ids once: `{ a: accounts, b: buyers, f: from index (-1 = none), t: to index }`. */
interface Packed {
  a: string[];
  b: string[];
  f: number[];
  t: number[];
}

export function encodeAssignments(assignments: readonly Assignment[]): string {
  const accounts = new Map<string, number>();
  const at = (id: string) => {
    let i = accounts.get(id);
    if (i === undefined) accounts.set(id, (i = accounts.size));
    return i;
  };
  const packed: Packed = { a: [], b: [], f: [], t: [] };
  for (const x of assignments) {
    packed.b.push(x.buyerId);
    packed.f.push(x.from === null ? -1 : at(x.from));
    packed.t.push(at(x.to));
  }
  packed.a = [...accounts.keys()];
  return JSON.stringify(packed);
}

/** The assignments of a stored task; a damaged payload reads as none rather than failing the page. */
export function decodeAssignments(text: string): Assignment[] {
  let packed: Partial<Packed>;
  try {
    packed = JSON.parse(text) as Partial<Packed>;
  } catch {
    return [];
  }
  const { a, b, f, t } = packed;
  if (!Array.isArray(a) || !Array.isArray(b) || !Array.isArray(f) || !Array.isArray(t)) return [];
  const out: Assignment[] = [];
  for (let i = 0; i < b.length; i++) {
    const to = a[t[i]!];
    const from = f[i] === -1 ? null : a[f[i]!];
    if (typeof b[i] !== 'string' || typeof to !== 'string' || (from !== null && typeof from !== 'string')) continue;
    out.push({ buyerId: b[i]!, from: from ?? null, to });
  }
  return out;
}

/** What a broadcast says about a task: that it changed, without its (possibly 100,000) relations. */
export function withoutTaskAssignments<R extends { type: string }>(records: readonly R[]): R[] {
  return records.map((r) => (r.type === 'transferTask' ? { ...r, assignments: '' } : r));
}
