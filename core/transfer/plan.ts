import type { ReasonCode, Relation, Roster } from '../relations';
import { reasonsByAccount, reasonsOf, validTargets } from './targets';

export const PLAN_MODES = ['even', 'chosen', 'capacity'] as const;
/** 平均分配给全部专属客服 / 分配给指定专属客服 / fill each chosen account up to a target load. */
export type PlanMode = (typeof PLAN_MODES)[number];
/** The back office takes at most this many relations per transfer. */
export const MAX_BATCH = 300;

export interface PlanOptions {
  mode: PlanMode;
  /** `chosen`: the accounts to spread over (invalid ones are refused). */
  targets?: readonly string[];
  /** `capacity`: per account, the number of relations it should hold in the end. */
  capacity?: Readonly<Record<string, number>>;
  /** Relations per batch; `MAX_BATCH` by default. */
  batchSize?: number;
  /** Move normal relations too (a rebalance); only abnormal ones by default. */
  includeNormal?: boolean;
}

export interface Assignment {
  buyerId: string;
  from: string | null;
  to: string;
}
export interface Batch {
  to: string;
  buyerIds: string[];
}
export interface RejectedTarget {
  accountId: string;
  reasons: ReasonCode[];
}
/** A relation the plan had to move but could not place (no valid target, or every target full). */
export interface UnplacedRelation {
  buyerId: string;
  from: string | null;
  /** Why it is abnormal where it is (`[]` for a normal relation of a rebalance). */
  reasons: ReasonCode[];
}
export interface PlanTarget {
  accountId: string;
  /** Relations bound to it now. */
  holding: number;
  /** Relations the plan moves to it. */
  incoming: number;
  /** Relations it holds after the plan (holding − moved away + incoming). */
  after: number;
  /** `capacity` mode: the load asked for. */
  capacity?: number;
}

export interface TransferPlan {
  assignments: Assignment[];
  /** Per target, its buyers in runs of at most `batchSize`, targets in plan order. */
  batches: Batch[];
  /** Chosen accounts that are not valid targets, with every reason. */
  rejected: RejectedTarget[];
  unplaced: UnplacedRelation[];
  /** The valid targets, in plan order. */
  targets: PlanTarget[];
  /** Relations the plan had to place: the abnormal ones (every one with `includeNormal`). */
  considered: number;
  /** Relations to place listed again under a buyer already seen: the first one counts. */
  duplicates: number;
}

interface AccountInfo {
  /** The bound account, null for none (or a blank id). */
  from: string | null;
  reasons: ReasonCode[];
  /** Its place among the targets, -1 when it is not one. */
  at: number;
}
const NO_ACCOUNT: AccountInfo = { from: null, reasons: ['no-dedicated-cs'], at: -1 };

/**
 * Plans a transfer of the relation set to valid dedicated accounts (DOMAIN §3). Pure and
 * deterministic: the same relations, roster and options give the same plan.
 *
 * - Targets are always valid: `even` takes every valid target of the roster; `chosen` and
 *   `capacity` refuse the invalid accounts they name (listed in `rejected` with their reasons).
 * - `even` and `chosen` balance the relations being moved (not the targets' other relations):
 *   each target ends with k or k+1 of them. Use `capacity` to take current loads into account.
 * - `capacity` fills each target up to its load, counting the relations it already holds, in
 *   proportion to the room each has left; what does not fit is `unplaced`.
 * - A relation never "moves" to the account it is on: with `includeNormal`, a relation already on
 *   a target stays there while the target's share allows.
 */
export function planTransfer(relations: readonly Relation[], roster: Roster, options: PlanOptions): TransferPlan {
  const batchSize = options.batchSize ?? MAX_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number ≥ 1, got ${batchSize}`);
  const byAccount = reasonsByAccount(roster);
  const { targets, rejected, capacity } = pickTargets(roster, byAccount, options);
  const index = new Map(targets.map((id, i) => [id, i]));

  // Per bound account, worked out once: the reasons, and which target it is (-1: none).
  const infos = new Map<string, AccountInfo>();
  const infoOf = (accountId: string | null): AccountInfo => {
    if (accountId === null) return NO_ACCOUNT;
    let info = infos.get(accountId);
    if (!info) {
      info = accountId.trim() === '' ? NO_ACCOUNT : { from: accountId, reasons: reasonsOf(byAccount, accountId), at: index.get(accountId) ?? -1 };
      infos.set(accountId, info);
    }
    return info;
  };

  // Sort every relation (by index): to place (pool), to place but already on a target (held), or staying (fixed).
  const t = targets.length;
  const held: number[][] = targets.map(() => []);
  const fixed = new Array<number>(t).fill(0);
  const pool: number[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let considered = 0;
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k]!;
    const { reasons, at } = infoOf(r.accountId);
    if (reasons.length === 0 && !options.includeNormal) {
      if (at >= 0) fixed[at]!++;
      continue;
    }
    // Only among the relations to place: a buyer must not be moved twice (cheaper than a set of all).
    if (seen.size === seen.add(r.buyerId).size) {
      duplicates++;
      continue;
    }
    considered++;
    if (at >= 0) held[at]!.push(k);
    else pool.push(k);
  }

  // Shares: how many of the placed relations each target keeps and receives.
  const keep = new Array<number>(t).fill(0);
  const give = new Array<number>(t).fill(0);
  if (options.mode === 'capacity') {
    const room = targets.map((_, i) => Math.max(0, capacity[i]! - fixed[i]!));
    for (let i = 0; i < t; i++) keep[i] = Math.min(held[i]!.length, room[i]!);
    const left = room.map((r, i) => r - keep[i]!);
    const waiting = pool.length + held.reduce((n, h, i) => n + h.length - keep[i]!, 0);
    share(waiting, left, give);
  } else if (t > 0) {
    const n = considered;
    const base = Math.floor(n / t);
    // The extra ones go to the targets already holding the most: fewer moves.
    const byHeld = targets.map((_, i) => i).sort((a, b) => held[b]!.length - held[a]!.length || a - b);
    const quota = new Array<number>(t).fill(base);
    for (let k = 0; k < n % t; k++) quota[byHeld[k]!]!++;
    for (let i = 0; i < t; i++) {
      keep[i] = Math.min(held[i]!.length, quota[i]!);
      give[i] = quota[i]! - keep[i]!;
    }
  }

  // What targets cannot keep joins the pool, after the relations from other accounts (placed last).
  for (let i = 0; i < t; i++) for (let k = keep[i]!; k < held[i]!.length; k++) pool.push(held[i]![k]!);

  const assignments: Assignment[] = [];
  const batches: Batch[] = [];
  const incoming = new Array<number>(t).fill(0);
  let next = 0;
  for (let i = 0; i < t; i++) {
    const to = targets[i]!;
    const count = Math.min(give[i]!, pool.length - next);
    let run: string[] = [];
    for (let k = 0; k < count; k++) {
      const r = relations[pool[next++]!]!;
      assignments.push({ buyerId: r.buyerId, from: infoOf(r.accountId).from, to });
      run.push(r.buyerId);
      if (run.length === batchSize) {
        batches.push({ to, buyerIds: run });
        run = [];
      }
    }
    if (run.length > 0) batches.push({ to, buyerIds: run });
    incoming[i] = count;
  }
  // Left over: a relation already on a target (over its load, no room elsewhere) simply stays there.
  const unplaced: UnplacedRelation[] = [];
  for (let k = next; k < pool.length; k++) {
    const r = relations[pool[k]!]!;
    const { from, reasons, at } = infoOf(r.accountId);
    if (at >= 0) keep[at]!++;
    else unplaced.push({ buyerId: r.buyerId, from, reasons: [...reasons] });
  }
  const planTargets = targets.map((accountId, i): PlanTarget => {
    const target: PlanTarget = { accountId, holding: fixed[i]! + held[i]!.length, incoming: incoming[i]!, after: fixed[i]! + keep[i]! + incoming[i]! };
    if (options.mode === 'capacity') target.capacity = capacity[i]!;
    return target;
  });
  return { assignments, batches, rejected, unplaced, targets: planTargets, considered, duplicates };
}

function pickTargets(
  roster: Roster,
  byAccount: ReadonlyMap<string, ReasonCode[]>,
  options: PlanOptions,
): { targets: string[]; rejected: RejectedTarget[]; capacity: number[] } {
  if (options.mode === 'even') return { targets: validTargets(roster).map((a) => a.id), rejected: [], capacity: [] };
  const asked = options.mode === 'chosen' ? [...(options.targets ?? [])] : Object.keys(options.capacity ?? {});
  const targets: string[] = [];
  const rejected: RejectedTarget[] = [];
  const capacity: number[] = [];
  for (const id of new Set(asked)) {
    const reasons = reasonsOf(byAccount, id);
    if (reasons.length > 0) {
      rejected.push({ accountId: id, reasons });
      continue;
    }
    if (options.mode === 'capacity') {
      const load = options.capacity![id]!;
      if (!Number.isInteger(load) || load < 0) throw new RangeError(`capacity of ${id} must be a whole number ≥ 0, got ${load}`);
      capacity.push(load);
    }
    targets.push(id);
  }
  return { targets, rejected, capacity };
}

/**
 * Splits `count` over slots in proportion to their room, never beyond it (largest remainder;
 * ties to the earlier slot). Writes the shares into `out`.
 */
function share(count: number, room: readonly number[], out: number[]): void {
  const total = room.reduce((a, b) => a + b, 0);
  if (count >= total) {
    room.forEach((r, i) => (out[i] = r));
    return;
  }
  let given = 0;
  const rest: { i: number; frac: number }[] = [];
  room.forEach((r, i) => {
    const exact = (count * r) / total;
    out[i] = Math.floor(exact);
    given += out[i]!;
    rest.push({ i, frac: exact - out[i]! });
  });
  rest.sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; given < count; k++) {
    const slot = rest[k % rest.length]!.i;
    if (out[slot]! < room[slot]!) {
      out[slot]!++;
      given++;
    }
  }
}
