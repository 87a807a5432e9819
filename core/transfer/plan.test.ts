import { describe, expect, it } from 'vitest';
import { classifyRelation, type Account, type Relation } from '../relations';
import { MAX_BATCH, planTransfer, validTargets, type PlanOptions, type TransferPlan } from '.';
import { seededRandom } from '../../test/helpers/random';

const acc = (id: string, over: Partial<Account> = {}): Account => ({ id, name: `name-${id}`, status: 'active', dedicated: true, inRouting: true, main: false, ...over });

/** Three valid targets and one invalid account per rule (F breaks several at once). */
const ROSTER: Account[] = [
  acc('A'),
  acc('R', { status: 'resigned' }),
  acc('B'),
  acc('N', { dedicated: false }),
  acc('X', { inRouting: false }),
  acc('M', { main: true }),
  acc('F', { status: 'frozen', dedicated: false, inRouting: false }),
  acc('C'),
];

const rel = (buyerId: string, accountId: string | null): Relation => ({ buyerId, accountId });
/** `n` relations on `accountId`, buyers `prefix0…`. */
const many = (prefix: string, accountId: string | null, n: number) => Array.from({ length: n }, (_, i) => rel(`${prefix}${i}`, accountId));

function countsByTarget(plan: TransferPlan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of plan.assignments) counts[a.to] = (counts[a.to] ?? 0) + 1;
  return counts;
}

/** Rules every plan keeps, whatever the mode. */
function expectSound(plan: TransferPlan, relations: readonly Relation[], roster: readonly Account[], options: PlanOptions) {
  const valid = new Set(validTargets(roster).map((a) => a.id));
  const where = new Map(relations.map((r) => [r.buyerId, r.accountId]));
  const buyers = new Set<string>();
  for (const a of plan.assignments) {
    expect(valid.has(a.to), `target ${a.to} is valid`).toBe(true);
    expect(a.to).not.toBe(a.from);
    expect(where.get(a.buyerId) ?? null).toBe(a.from);
    expect(buyers.has(a.buyerId), `${a.buyerId} once`).toBe(false);
    buyers.add(a.buyerId);
    if (!options.includeNormal) expect(classifyRelation({ buyerId: a.buyerId, accountId: a.from }, roster).length).toBeGreaterThan(0);
  }
  const size = options.batchSize ?? MAX_BATCH;
  for (const b of plan.batches) {
    expect(b.buyerIds.length).toBeGreaterThan(0);
    expect(b.buyerIds.length).toBeLessThanOrEqual(size);
  }
  // Batches are the assignments, in order, cut per target.
  expect(plan.batches.flatMap((b) => b.buyerIds.map((buyerId) => `${buyerId}>${b.to}`))).toEqual(plan.assignments.map((a) => `${a.buyerId}>${a.to}`));
}

describe('validTargets', () => {
  it('keeps only active, dedicated, in-routing, non-main accounts, in roster order, once each', () => {
    expect(validTargets([...ROSTER, acc('A', { status: 'disabled' })]).map((a) => a.id)).toEqual(['A', 'B', 'C']);
  });

  it('is empty for a roster without a valid account', () => {
    expect(validTargets([acc('M', { main: true }), acc('N', { dedicated: false })])).toEqual([]);
  });
});

describe('planTransfer: even', () => {
  const relations = [...many('r', 'R', 4), ...many('n', 'N', 3), ...many('m', 'M', 2), ...many('z', 'ghost', 2), ...many('none', null, 3), ...many('ok', 'A', 5)];

  it('moves only the abnormal relations, spread over every valid target within one of each other', () => {
    const options: PlanOptions = { mode: 'even' };
    const plan = planTransfer(relations, ROSTER, options);
    expectSound(plan, relations, ROSTER, options);
    expect(plan.considered).toBe(14);
    expect(plan.assignments).toHaveLength(14);
    expect(countsByTarget(plan)).toEqual({ A: 5, B: 5, C: 4 });
    expect(plan.assignments.some((a) => a.buyerId.startsWith('ok'))).toBe(false);
    expect(plan.rejected).toEqual([]);
    expect(plan.unplaced).toEqual([]);
    expect(plan.targets).toEqual([
      { accountId: 'A', holding: 5, incoming: 5, after: 10 },
      { accountId: 'B', holding: 0, incoming: 5, after: 5 },
      { accountId: 'C', holding: 0, incoming: 4, after: 4 },
    ]);
  });

  it('differs by at most one between targets for every count from 0 to 40', () => {
    for (let n = 0; n <= 40; n++) {
      const plan = planTransfer(many('b', 'R', n), ROSTER, { mode: 'even' });
      const counts = ['A', 'B', 'C'].map((id) => countsByTarget(plan)[id] ?? 0);
      expect(Math.max(...counts) - Math.min(...counts), `n=${n}`).toBeLessThanOrEqual(1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it('balances the moved relations, not the loads the targets already have', () => {
    const plan = planTransfer([...many('ok', 'A', 50), ...many('r', 'R', 6)], ROSTER, { mode: 'even' });
    expect(countsByTarget(plan)).toEqual({ A: 2, B: 2, C: 2 });
  });

  it('with no valid target, places nothing and lists every abnormal relation with its reasons', () => {
    const roster = [acc('R', { status: 'resigned' }), acc('M', { main: true })];
    const plan = planTransfer([rel('b1', 'R'), rel('b2', 'M'), rel('b3', null)], roster, { mode: 'even' });
    expect(plan.assignments).toEqual([]);
    expect(plan.batches).toEqual([]);
    expect(plan.unplaced).toEqual([
      { buyerId: 'b1', from: 'R', reasons: ['account-inactive'] },
      { buyerId: 'b2', from: 'M', reasons: ['bound-to-main'] },
      { buyerId: 'b3', from: null, reasons: ['no-dedicated-cs'] },
    ]);
  });

  it('treats a blank bound account as no dedicated CS, and counts a buyer listed twice once', () => {
    const plan = planTransfer([rel('b1', ''), rel('b1', 'R'), rel('b2', 'A')], ROSTER, { mode: 'even' });
    expect(plan.assignments).toEqual([{ buyerId: 'b1', from: null, to: 'A' }]);
    expect(plan.duplicates).toBe(1);
  });

  it('is deterministic', () => {
    const a = planTransfer(relations, ROSTER, { mode: 'even', batchSize: 3 });
    const b = planTransfer([...relations], [...ROSTER], { mode: 'even', batchSize: 3 });
    expect(b).toEqual(a);
  });
});

describe('planTransfer: chosen', () => {
  it('refuses every invalid chosen target with all of its reasons and never assigns to one', () => {
    const relations = many('r', 'R', 10);
    const options: PlanOptions = { mode: 'chosen', targets: ['A', 'R', 'N', 'X', 'M', 'F', 'ghost', 'B', 'A'] };
    const plan = planTransfer(relations, ROSTER, options);
    expectSound(plan, relations, ROSTER, options);
    expect(plan.rejected).toEqual([
      { accountId: 'R', reasons: ['account-inactive'] },
      { accountId: 'N', reasons: ['not-dedicated'] },
      { accountId: 'X', reasons: ['not-in-routing'] },
      { accountId: 'M', reasons: ['bound-to-main'] },
      { accountId: 'F', reasons: ['account-inactive', 'not-dedicated', 'not-in-routing'] },
      { accountId: 'ghost', reasons: ['unknown-account'] },
    ]);
    expect(countsByTarget(plan)).toEqual({ A: 5, B: 5 });
    expect(plan.targets.map((t) => t.accountId)).toEqual(['A', 'B']);
  });

  it('refuses the main account even when it is active, dedicated and in routing', () => {
    const plan = planTransfer([rel('b', 'R')], ROSTER, { mode: 'chosen', targets: ['M'] });
    expect(plan.rejected).toEqual([{ accountId: 'M', reasons: ['bound-to-main'] }]);
    expect(plan.assignments).toEqual([]);
    expect(plan.unplaced).toEqual([{ buyerId: 'b', from: 'R', reasons: ['account-inactive'] }]);
  });

  it('spreads over the chosen targets only, within one of each other', () => {
    const plan = planTransfer(many('b', 'N', 7), ROSTER, { mode: 'chosen', targets: ['C', 'A'] });
    expect(countsByTarget(plan)).toEqual({ C: 4, A: 3 });
    expect(plan.batches.map((b) => b.to)).toEqual(['C', 'A']);
  });
});

describe('planTransfer: batches', () => {
  it('cuts each target’s relations into batches of at most 300', () => {
    const plan = planTransfer(many('b', 'R', 1000), ROSTER, { mode: 'chosen', targets: ['A'] });
    expect(plan.batches.map((b) => [b.to, b.buyerIds.length])).toEqual([
      ['A', 300],
      ['A', 300],
      ['A', 300],
      ['A', 100],
    ]);
    expect(plan.batches[1]!.buyerIds[0]).toBe('b300');
  });

  it('never mixes targets in a batch', () => {
    const plan = planTransfer(many('b', 'R', 1000), ROSTER, { mode: 'even' });
    expect(plan.batches.map((b) => [b.to, b.buyerIds.length])).toEqual([
      ['A', 300],
      ['A', 34],
      ['B', 300],
      ['B', 33],
      ['C', 300],
      ['C', 33],
    ]);
  });

  it('takes a smaller batch size, and refuses one that is not a whole number ≥ 1', () => {
    expect(planTransfer(many('b', 'R', 7), ROSTER, { mode: 'chosen', targets: ['A'], batchSize: 3 }).batches.map((b) => b.buyerIds.length)).toEqual([3, 3, 1]);
    for (const batchSize of [0, -1, 2.5, Number.NaN]) expect(() => planTransfer([], ROSTER, { mode: 'even', batchSize })).toThrow(RangeError);
  });
});

describe('planTransfer: capacity', () => {
  it('fills each target up to its load, counting the relations it already holds, and says what did not fit', () => {
    const relations = [...many('ok', 'A', 5), ...many('r', 'R', 20)];
    const options: PlanOptions = { mode: 'capacity', capacity: { A: 8, B: 4, C: 0 } };
    const plan = planTransfer(relations, ROSTER, options);
    expectSound(plan, relations, ROSTER, options);
    expect(countsByTarget(plan)).toEqual({ A: 3, B: 4 });
    expect(plan.targets).toEqual([
      { accountId: 'A', holding: 5, incoming: 3, after: 8, capacity: 8 },
      { accountId: 'B', holding: 0, incoming: 4, after: 4, capacity: 4 },
      { accountId: 'C', holding: 0, incoming: 0, after: 0, capacity: 0 },
    ]);
    expect(plan.unplaced).toHaveLength(13);
    expect(plan.unplaced[0]).toEqual({ buyerId: 'r7', from: 'R', reasons: ['account-inactive'] });
  });

  it('gives a target already over its load nothing more', () => {
    const plan = planTransfer([...many('ok', 'A', 10), ...many('r', 'R', 3)], ROSTER, { mode: 'capacity', capacity: { A: 4, B: 10 } });
    expect(countsByTarget(plan)).toEqual({ B: 3 });
    expect(plan.targets[0]).toMatchObject({ accountId: 'A', holding: 10, incoming: 0, after: 10 });
  });

  it('shares out fewer relations than there is room in proportion to each target’s room', () => {
    const relations = [...many('ok', 'A', 10), ...many('r', 'R', 8)];
    const plan = planTransfer(relations, ROSTER, { mode: 'capacity', capacity: { A: 20, B: 30 } });
    expect(countsByTarget(plan)).toEqual({ A: 2, B: 6 });
    expect(plan.unplaced).toEqual([]);
  });

  it('refuses invalid accounts named in the capacities', () => {
    const plan = planTransfer(many('r', 'R', 4), ROSTER, { mode: 'capacity', capacity: { M: 100, N: 100, C: 100 } });
    expect(plan.rejected.map((r) => r.accountId)).toEqual(['M', 'N']);
    expect(countsByTarget(plan)).toEqual({ C: 4 });
  });

  it('refuses a load that is not a whole number ≥ 0', () => {
    expect(() => planTransfer([], ROSTER, { mode: 'capacity', capacity: { A: -1 } })).toThrow(RangeError);
  });
});

describe('planTransfer: includeNormal', () => {
  it('rebalances normal relations too, never moving one to the account it is on', () => {
    const relations = [...many('a', 'A', 6), ...many('r', 'R', 2)];
    const options: PlanOptions = { mode: 'chosen', targets: ['A', 'B'], includeNormal: true };
    const plan = planTransfer(relations, ROSTER, options);
    expectSound(plan, relations, ROSTER, options);
    expect(plan.targets).toEqual([
      { accountId: 'A', holding: 6, incoming: 0, after: 4 },
      { accountId: 'B', holding: 0, incoming: 4, after: 4 },
    ]);
    expect(plan.assignments.filter((a) => a.from === 'A')).toHaveLength(2);
  });

  it('leaves normal relations alone by default, however uneven the loads', () => {
    const plan = planTransfer([...many('a', 'A', 6), ...many('b', 'B', 1)], ROSTER, { mode: 'even' });
    expect(plan.assignments).toEqual([]);
    expect(plan.considered).toBe(0);
  });

  it('keeps what a target holds up to its load in capacity mode', () => {
    const relations = [...many('a', 'A', 6), ...many('n', 'N', 2)];
    const plan = planTransfer(relations, ROSTER, { mode: 'capacity', capacity: { A: 4, B: 10 }, includeNormal: true });
    expect(plan.targets.map((t) => [t.accountId, t.after])).toEqual([
      ['A', 4],
      ['B', 4],
    ]);
    expect(plan.assignments.every((a) => a.to === 'B')).toBe(true);
  });
});

describe('planTransfer: includeNormal over capacity', () => {
  it('leaves a normal relation where it is when no other target has room, and places abnormal ones first', () => {
    const relations = [...many('a', 'A', 6), rel('r0', 'R')];
    const plan = planTransfer(relations, ROSTER, { mode: 'capacity', capacity: { A: 4, B: 2 }, includeNormal: true });
    expect(plan.assignments).toEqual([
      { buyerId: 'r0', from: 'R', to: 'B' },
      { buyerId: 'a4', from: 'A', to: 'B' },
    ]);
    expect(plan.unplaced).toEqual([]);
    expect(plan.targets.map((t) => [t.accountId, t.after])).toEqual([
      ['A', 5],
      ['B', 2],
    ]);
  });
});

describe('planTransfer: invariants over generated data', () => {
  it('keeps every rule for 200 random rosters, relation sets and options', () => {
    const rnd = seededRandom(8);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    for (let round = 0; round < 200; round++) {
      const roster = Array.from({ length: 1 + Math.floor(rnd() * 8) }, (_, i) =>
        acc(`s${i}`, { status: rnd() < 0.8 ? 'active' : pick(['resigned', 'disabled', 'frozen'] as const), dedicated: rnd() < 0.8, inRouting: rnd() < 0.8, main: i === 0 }),
      );
      const ids = [...roster.map((a) => a.id), 'ghost', null];
      const relations = Array.from({ length: Math.floor(rnd() * 120) }, (_, i) => rel(`b${i}`, pick(ids)));
      const mode = pick(['even', 'chosen', 'capacity'] as const);
      const options: PlanOptions = {
        mode,
        targets: ids.filter((id): id is string => id !== null && rnd() < 0.5),
        capacity: Object.fromEntries(roster.filter(() => rnd() < 0.6).map((a) => [a.id, Math.floor(rnd() * 40)])),
        batchSize: 1 + Math.floor(rnd() * 20),
        includeNormal: rnd() < 0.3,
      };
      const plan = planTransfer(relations, roster, options);
      expectSound(plan, relations, roster, options);
      // Every relation to place is assigned, unplaced, or stays on a target; nothing else moves.
      const toPlace = relations.filter((r) => options.includeNormal || classifyRelation(r, roster).length > 0);
      const movedAway = new Map<string, number>();
      for (const a of plan.assignments) if (a.from !== null) movedAway.set(a.from, (movedAway.get(a.from) ?? 0) + 1);
      const staying = plan.targets.map((t) => toPlace.filter((r) => r.accountId === t.accountId).length - (movedAway.get(t.accountId) ?? 0));
      expect(plan.assignments.length + plan.unplaced.length + staying.reduce((a, b) => a + b, 0)).toBe(toPlace.length);
      if (mode !== 'capacity' && plan.targets.length > 0) {
        const finals = plan.targets.map((t, i) => t.incoming + staying[i]!);
        expect(Math.max(...finals) - Math.min(...finals), `round ${round}`).toBeLessThanOrEqual(1);
        expect(plan.unplaced).toEqual([]);
      }
      if (mode === 'capacity') for (const t of plan.targets) if (t.incoming > 0) expect(t.after).toBeLessThanOrEqual(t.capacity!);
    }
  });
});
